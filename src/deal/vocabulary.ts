import { z } from "zod";
import { readKbFile } from "../kb/files.js";
import { PhraseSet } from "./text/phrases.js";

/**
 * The deal vocabulary: src/kb/data/deal-*.json (or PARLEY_KB_DIR), validated once and compiled into
 * phrase sets. What each list means is written in the files' own _comment.
 */

const words = z.array(z.string().min(1));
const table = <T extends z.ZodType>(value: T) => z.record(z.string().min(1), value);

const TermsFile = z.object({
  units: table(z.number().positive()),
  ceasefireNouns: words,
  ceasefireVerbs: words,
  permanent: words,
  phaseNouns: words,
  ordinals: table(z.number().int()),
  phaseLength: words,
  categories: table(z.string().min(1)),
  poolNouns: words,
  releaseVerbs: words,
  exchangeMarkers: words,
  ratioMarkers: words,
  withdrawalVerbs: words,
  withdrawalSplitVerbs: words,
  withdrawalParticle: z.string().min(1),
  withdrawalDirections: words,
  deadlineWords: words,
  forces: table(z.string().min(1)),
  distanceUnits: table(z.number().positive()),
  aid: z.object({ phrases: words, units: table(z.string().min(1)), per: table(z.string().min(1)) }),
  notAid: words,
  placePrepositions: table(z.string().min(1)),
  areaStops: words,
  conditionCues: words,
  nextPhaseCues: words,
  heldAs: table(z.string().min(1)),
  listWords: words,
  subsetCues: words,
  extensionCues: words,
  conditionalCues: words,
});

const PassageFile = z.object({
  referenceCues: words,
  counterMarkers: words,
  contrastMarkers: words,
  negators: words,
  negationReach: z.number().int().nonnegative(),
  clauseBreaks: words,
  dealNouns: words,
  signWords: words,
  maxParagraphs: z.number().int().positive(),
  maxGapParagraphs: z.number().int().nonnegative(),
  planModals: words,
  stopCues: words,
  verbCues: words,
  notReleases: words,
  blockers: words,
  blockerReach: z.number().int().nonnegative(),
  agreementWindowDays: z.number().int().nonnegative(),
});

const MediatorRole = z.enum(["mediator", "monitor"]);
export type MediatorRole = z.infer<typeof MediatorRole>;

const PartiesFile = z.object({
  roles: table(words),
  governmentWords: words,
  bothSides: words,
  mediatorCues: z.array(z.object({
    phrase: z.string().min(1), role: MediatorRole, reach: z.number().int().nonnegative(), before: z.number().int().nonnegative().default(0),
  })),
  demonymHeads: words,
  offerVerbs: words,
  actorTypes: words,
  speechVerbs: words,
  partyReach: z.number().int().positive(),
});

const LedgerFile = z.object({
  effectiveCues: words,
  violationWords: words,
  delayWords: words,
  scheduledKinds: table(z.enum(["release", "withdrawal", "aid"])),
  dueCues: words,
  heldCues: words,
  futureCues: words,
  negators: words,
  negationReach: z.number().int().nonnegative(),
  releaseMeasures: table(z.string().min(1)),
  casualtyMeasures: words,
  violationTypes: words,
  observedModalities: words,
  attackWords: words,
  accuseTypes: words,
  aidDeliveredVerbs: words,
  aidBlockedVerbs: words,
  beforeDealCues: words,
});


function load<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(readKbFile<unknown>(name));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`knowledge file ${name}: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  return parsed.data;
}

const phrases = (list: string[]) => PhraseSet.of(list);
const valued = <V>(record: Record<string, V>) => new PhraseSet(Object.entries(record));

function compile() {
  const terms = load("deal-terms.json", TermsFile);
  const passage = load("deal-passage.json", PassageFile);
  const parties = load("deal-parties.json", PartiesFile);
  const ledger = load("deal-ledger.json", LedgerFile);
  return {
    units: new Map(Object.entries(terms.units)),
    ceasefireNouns: phrases(terms.ceasefireNouns),
    ceasefireVerbs: phrases(terms.ceasefireVerbs),
    permanent: phrases(terms.permanent),
    phaseNouns: new Set(terms.phaseNouns),
    ordinals: new Map(Object.entries(terms.ordinals)),
    phaseLength: phrases(terms.phaseLength),
    categories: valued(terms.categories),
    poolNouns: new Set(terms.poolNouns),
    releaseVerbs: phrases(terms.releaseVerbs),
    exchangeMarkers: phrases(terms.exchangeMarkers),
    ratioMarkers: phrases(terms.ratioMarkers),
    withdrawalVerbs: phrases(terms.withdrawalVerbs),
    withdrawalSplitVerbs: new Set(terms.withdrawalSplitVerbs),
    withdrawalParticle: terms.withdrawalParticle,
    withdrawalDirections: phrases(terms.withdrawalDirections),
    deadlineWords: new Set(terms.deadlineWords),
    forces: valued(terms.forces),
    distanceUnits: new Map(Object.entries(terms.distanceUnits)),
    aidPhrases: phrases(terms.aid.phrases),
    notAid: phrases(terms.notAid),
    aidUnits: new Map(Object.entries(terms.aid.units)),
    aidPer: valued(terms.aid.per),
    placePrepositions: new Map(Object.entries(terms.placePrepositions)),
    areaStops: new Set(terms.areaStops),
    conditionCues: phrases(terms.conditionCues),
    nextPhaseCues: phrases(terms.nextPhaseCues),
    heldAs: valued(terms.heldAs),
    listWords: new Set(terms.listWords),
    subsetCues: phrases(terms.subsetCues),
    extensionCues: phrases(terms.extensionCues),
    conditionalCues: phrases(terms.conditionalCues),
    referenceCues: phrases(passage.referenceCues),
    counterMarkers: phrases(passage.counterMarkers),
    contrastMarkers: phrases(passage.contrastMarkers),
    negators: phrases(passage.negators),
    negationReach: passage.negationReach,
    clauseBreaks: phrases(passage.clauseBreaks),
    dealNouns: phrases(passage.dealNouns),
    signWords: phrases(passage.signWords),
    maxParagraphs: passage.maxParagraphs,
    maxGapParagraphs: passage.maxGapParagraphs,
    planModals: phrases(passage.planModals),
    stopCues: phrases(passage.stopCues),
    verbCues: new Set(passage.verbCues),
    notReleases: phrases(passage.notReleases),
    blockers: phrases(passage.blockers),
    blockerReach: passage.blockerReach,
    agreementWindowDays: passage.agreementWindowDays,
    roles: new PhraseSet(Object.entries(parties.roles).flatMap(([role, list]) => list.map((p) => [p, role] as [string, string]))),
    governmentWords: new Set(parties.governmentWords),
    bothSides: phrases(parties.bothSides),
    mediatorCues: new PhraseSet(parties.mediatorCues.map((c) => [c.phrase, c] as [string, typeof c])),
    partyActorTypes: new Set(parties.actorTypes),
    demonymHeads: new Set(parties.demonymHeads),
    offerVerbs: phrases(parties.offerVerbs),
    speechVerbs: phrases(parties.speechVerbs),
    partyReach: parties.partyReach,
    effectiveCues: phrases(ledger.effectiveCues),
    violationWords: phrases(ledger.violationWords),
    delayWords: phrases(ledger.delayWords),
    scheduledKinds: valued(ledger.scheduledKinds),
    dueCues: phrases(ledger.dueCues),
    heldCues: phrases(ledger.heldCues),
    futureCues: phrases(ledger.futureCues),
    ledgerNegators: phrases(ledger.negators),
    ledgerNegationReach: ledger.negationReach,
    releaseMeasures: new Map(Object.entries(ledger.releaseMeasures)),
    casualtyMeasures: new Set(ledger.casualtyMeasures),
    violationTypes: new Set(ledger.violationTypes),
    observedModalities: new Set(ledger.observedModalities),
    attackWords: phrases(ledger.attackWords),
    accuseTypes: new Set(ledger.accuseTypes),
    aidDelivered: phrases(ledger.aidDeliveredVerbs),
    aidBlocked: phrases(ledger.aidBlockedVerbs),
    beforeDealCues: phrases(ledger.beforeDealCues),
  };
}

export type Vocabulary = ReturnType<typeof compile>;

let cached: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  cached ??= compile();
  return cached;
}
