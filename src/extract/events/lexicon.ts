import { readdirSync } from "node:fs";
import { kbDir, readKbFile } from "../../kb/files.js";

/** "three" → 3, "a" → 1: the figures stage's number words, so both stages count alike. */
function numberWords(): Map<string, number> {
  const words = readKbFile<{ units: Record<string, number>; tens: Record<string, number>; indefinite: string[] }>("number-words.json");
  return new Map([...Object.entries(words.units), ...Object.entries(words.tens), ...words.indefinite.map((w): [string, number] => [w, 1])]);
}
import type { EventType } from "../../record/schema.js";
import { PhraseMatcher, phraseWords } from "./phrases.js";

/** One entry of a file in event-triggers/ (common.json '_comment'). */
export interface TriggerSpec {
  /** null: a blocker phrase that only stops shorter triggers inside it */
  type: EventType | null;
  mode?: string | null;
  phrases: string[];
  pos?: "noun" | "verb";
  needs?: TriggerNeed | TriggerNeed[];
  participants?: "all";
  modeFromObject?: boolean;
  governs?: EventType[];
  yieldsTo?: EventType[];
  modality?: string;
  transitive?: boolean;
  /** speaker: the doer is whoever says it ("The Front must return them, Brask said"); announcer: only when none is named */
  actor?: "speaker" | "announcer";
  /** words one of which must stand in the clause before the trigger ("the court ruled"); "cues": the domain's cues */
  subjects?: string[] | "cues";
  /** where the subject words may stand: the clause before the trigger (default) or the sentence but the trigger */
  cueScope?: "clause" | "sentence";
  /** set on loading: the file the entry comes from ("common", "labour", ...) */
  domain?: string;
  /** set on loading: `subjects` as phrases to find */
  subjectWords?: PhraseMatcher<true>;
}

/** A file of event-triggers/: the common one or one domain's. */
interface TriggerFile {
  cues?: string[];
  triggers: TriggerSpec[];
}

const TRIGGER_FOLDER = "event-triggers";
const COMMON_TRIGGERS = "common";

/** What a trigger needs to count as an event (event-triggers.json '_comment'). */
export type TriggerNeed = "actor" | "agent" | "object" | "terms" | "releasable" | "anchor" | "visitor" | "suspendable" | "proposal" | "proposalObject";

export type Modality = "asserted" | "future" | "hypothetical" | "negated" | "reported";
type CueScope = "near" | "clause" | "sentence" | "adjacent";

interface ModalityFile {
  nearWindow: number;
  contentTypes: string[];
  priority: Modality[];
  cues: { modality: Modality; scope: CueScope; weak?: boolean; phrases: string[] }[];
}

interface ParticipantsFile {
  clauseBreaks: string[];
  breaksUnlessDeterminer: string[];
  relativePronouns: string[];
  lightVerbs: string[];
  passiveAux: string[];
  agentMarkers: string[];
  objectIntro: string[];
  objectIntroRightAfter: string[];
  listJoiners: string[];
  objectStops: string[];
  modifierSuffixes: string[];
  headNouns: string[];
  speechVerbs: string[];
  attributionPhrases: string[];
  objectModes: Record<string, string[]>;
  complementModes: Partial<Record<EventType, string>>;
  dateBlockers: string[];
  anaphoricDeterminers: string[];
  reportingPronouns: string[];
  nominalAgentMarkers: string[];
  releasables: string[];
  suspendables: string[];
  proposalNouns: string[];
  membershipPrepositions: string[];
  representingPrepositions: string[];
  instrumentPrepositions: string[];
  stateVerbs: string[];
  responseVerbs: string[];
  readinessAdjectives: string[];
  sharedSubjectOpeners: string[];
  clauseJoiners: string[];
}

interface PlacesFile {
  window: number;
  prepositions: string[];
  visitVerbs: string[];
  modifiers: string[];
  connectors: string[];
  skip: string[];
  notPlaces: string[];
  placeNouns: string[];
}

interface TermsFile {
  units: Record<string, number>;
  ceasefireNouns: string[];
  permanent: { adjectives: string[]; phrases: string[] };
  phaseNouns: string[];
  ordinals: Record<string, number>;
  releaseWords: string[];
  releaseGroups: Record<string, string>;
  exchangeMarkers: string[];
  exchangeGoods: Record<string, string>;
}

interface AssessmentsFile {
  contrastOpeners: string[];
  topicWindow: number;
  negationWindow: number;
  negations: string[];
  topics: string[];
  positive: string[];
  negative: string[];
}

export interface ModalityCue {
  modality: Modality;
  scope: CueScope;
  /** counts only when no other cue does */
  weak: boolean;
}

/** Everything the events stage reads from src/kb/data, compiled once per process. */
export interface EventLexicon {
  triggers: PhraseMatcher<TriggerSpec>;
  /** the words that tell each loaded domain ("union" → labour), to choose between two domains' readings of one phrase */
  domainCues: PhraseMatcher<string>;
  /** loaded domains in the order that decides a tie (the folder's order) */
  domains: string[];
  /** first words of phrases two loaded domains read as different types ("struck"): only there is a domain chosen */
  ambiguousFirstWords: Set<string>;
  modality: { cues: PhraseMatcher<ModalityCue>; nearWindow: number; rank: Map<Modality, number>; contentTypes: Set<string> };
  participants: {
    clauseBreaks: Set<string>;
    breaksUnlessDeterminer: Set<string>;
    relativePronouns: Set<string>;
    lightVerbs: Set<string>;
    passiveAux: Set<string>;
    agentMarkers: Set<string>;
    objectIntro: Set<string>;
    objectIntroRightAfter: Set<string>;
    listJoiners: Set<string>;
    objectStops: Set<string>;
    modifierSuffix: RegExp;
    headNouns: Set<string>;
    speechVerbs: PhraseMatcher<"speech">;
    objectModes: PhraseMatcher<string>;
    complementModes: Partial<Record<EventType, string>>;
    dateBlockers: Set<string>;
    anaphoricDeterminers: Set<string>;
    reportingPronouns: Set<string>;
    nominalAgentMarkers: Set<string>;
    releasables: Set<string>;
    suspendables: Set<string>;
    proposalNouns: Set<string>;
    /** "X is among the delegations which oppose": X holds what the relative clause says */
    membershipPrepositions: Set<string>;
    representingPrepositions: Set<string>;
    instrumentPrepositions: Set<string>;
    /** "X is in talks with Y": a form of 'be' or 'remain' before 'in' carries a noun trigger */
    stateVerbs: Set<string>;
    responseVerbs: Set<string>;
    readinessAdjectives: Set<string>;
    sharedSubjectOpeners: Set<string>;
    clauseJoiners: Set<string>;
    /** one-word verbs of saying ("said", "announced"), for a quick test of a single token */
    speechVerbWords: Set<string>;
  };
  places: Omit<PlacesFile, "prepositions" | "visitVerbs" | "modifiers" | "connectors" | "skip" | "notPlaces" | "placeNouns"> & {
    prepositions: Set<string>;
    visitVerbs: PhraseMatcher<"visit">;
    modifiers: Set<string>;
    connectors: Set<string>;
    skip: Set<string>;
    notPlaces: Set<string>;
    placeNouns: Set<string>;
  };
  terms: {
    numbers: Map<string, number>;
    units: Map<string, number>;
    ordinals: Map<string, number>;
    ceasefireNouns: PhraseMatcher<"ceasefire">;
    permanentAdjectives: Set<string>;
    permanentPhrases: PhraseMatcher<"permanent">;
    phaseNouns: Set<string>;
    releaseWords: PhraseMatcher<"release">;
    releaseGroups: PhraseMatcher<string>;
    exchangeMarkers: PhraseMatcher<"exchange">;
    exchangeGoods: PhraseMatcher<string>;
    /** words without which a stretch states no term: a ceasefire, a phase, a release, a good exchanged */
    cues: Set<string>;
  };
  assessments: {
    phrases: PhraseMatcher<"positive" | "negative">;
    topics: PhraseMatcher<"topic">;
    contrastOpeners: PhraseMatcher<"contrast">;
    negations: Set<string>;
    topicWindow: number;
    negationWindow: number;
  };
}

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

function matcherOf<T>(phrases: string[], value: T): PhraseMatcher<T> {
  const m = new PhraseMatcher<T>();
  for (const p of phrases) m.add(p, value);
  return m;
}

function matcherFromRecord(record: Record<string, string[]>): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const [value, phrases] of Object.entries(record)) for (const p of phrases) m.add(p, value);
  return m;
}

function recordMatcher(record: Record<string, string>): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const [word, value] of Object.entries(record)) m.add(word, value);
  return m;
}

function compileTerms(t: TermsFile): EventLexicon["terms"] {
  const phaseNouns = lower(t.phaseNouns);
  const terms = {
    numbers: numberWords(),
    units: new Map(Object.entries(t.units)),
    ordinals: new Map(Object.entries(t.ordinals)),
    ceasefireNouns: matcherOf(t.ceasefireNouns, "ceasefire" as const),
    permanentAdjectives: lower(t.permanent.adjectives),
    permanentPhrases: matcherOf(t.permanent.phrases, "permanent" as const),
    phaseNouns,
    releaseWords: matcherOf(t.releaseWords, "release" as const),
    releaseGroups: recordMatcher(t.releaseGroups),
    exchangeMarkers: matcherOf(t.exchangeMarkers, "exchange" as const),
    exchangeGoods: recordMatcher(t.exchangeGoods),
  };
  // every term needs one of these: a ceasefire noun, a permanence phrase, a phase noun, a release word or a good
  const cues = new Set([...phaseNouns].flatMap((noun) => [noun, `${noun}s`]));
  for (const matcher of [terms.ceasefireNouns, terms.permanentPhrases, terms.releaseWords, terms.exchangeGoods]) {
    for (const word of matcher.firstWords()) cues.add(word);
  }
  return { ...terms, cues };
}

/** Every domain with a trigger file in the knowledge folder. */
function domainFiles(): string[] {
  const dir = kbDir().replace(/\/?$/, "/") + TRIGGER_FOLDER;
  return readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length)).filter((d) => d !== COMMON_TRIGGERS).sort();
}

/** The common triggers and those of `domains` (all domains when none are named), each entry tagged with its domain. */
function compileTriggers(domains: readonly string[] | undefined): Pick<EventLexicon, "triggers" | "domainCues" | "domains" | "ambiguousFirstWords"> {
  const chosen = domains ? [...domains] : domainFiles();
  const triggers = new PhraseMatcher<TriggerSpec>();
  const domainCues = new PhraseMatcher<string>();
  // phrase → the first domain and type that list it, to find the phrases two domains read differently
  const readings = new Map<string, { domain: string; type: EventType | null }>();
  const ambiguousFirstWords = new Set<string>();
  for (const domain of [COMMON_TRIGGERS, ...chosen]) {
    const file = readKbFile<TriggerFile>(`${TRIGGER_FOLDER}/${domain}.json`);
    for (const cue of file.cues ?? []) domainCues.add(cue, domain);
    for (const entry of file.triggers) {
      const subjects = entry.subjects === "cues" ? file.cues ?? [] : entry.subjects;
      const spec: TriggerSpec = { ...entry, domain, subjectWords: subjects ? matcherOf(subjects, true as const) : undefined };
      for (const p of spec.phrases) {
        triggers.add(p, spec);
        const words = phraseWords(p);
        const key = words.join(" ");
        const earlier = readings.get(key);
        if (!earlier) readings.set(key, { domain, type: spec.type });
        else if (earlier.domain !== domain && earlier.type !== spec.type && spec.type !== null && earlier.type !== null) ambiguousFirstWords.add(words[0]!);
      }
    }
  }
  return { triggers, domainCues, domains: chosen, ambiguousFirstWords };
}

function compile(domains: readonly string[] | undefined): EventLexicon {
  const { triggers, domainCues, domains: loaded, ambiguousFirstWords } = compileTriggers(domains);

  const modalityFile = readKbFile<ModalityFile>("event-modality.json");
  const cues = new PhraseMatcher<ModalityCue>();
  for (const c of modalityFile.cues) for (const p of c.phrases) cues.add(p, { modality: c.modality, scope: c.scope, weak: c.weak ?? false });

  const p = readKbFile<ParticipantsFile>("event-participants.json");
  const pl = readKbFile<PlacesFile>("event-places.json");
  const t = readKbFile<TermsFile>("event-terms.json");
  const a = readKbFile<AssessmentsFile>("assessments.json");


  return {
    triggers,
    domainCues,
    domains: loaded,
    ambiguousFirstWords,
    modality: {
      cues,
      nearWindow: modalityFile.nearWindow,
      contentTypes: new Set(modalityFile.contentTypes),
      rank: new Map(modalityFile.priority.map((m, i) => [m, i])),
    },
    participants: {
      complementModes: p.complementModes,
      clauseBreaks: lower(p.clauseBreaks),
      breaksUnlessDeterminer: lower(p.breaksUnlessDeterminer),
      relativePronouns: lower(p.relativePronouns),
      lightVerbs: lower(p.lightVerbs),
      passiveAux: lower(p.passiveAux),
      agentMarkers: lower(p.agentMarkers),
      objectIntro: lower(p.objectIntro),
      objectIntroRightAfter: lower(p.objectIntroRightAfter),
      listJoiners: lower(p.listJoiners),
      objectStops: lower(p.objectStops),
      modifierSuffix: new RegExp(`^-(?:${p.modifierSuffixes.join("|")})\\b`, "i"),
      headNouns: lower(p.headNouns),
      speechVerbs: matcherOf([...p.speechVerbs, ...p.attributionPhrases], "speech" as const),
      objectModes: matcherFromRecord(p.objectModes),
      dateBlockers: lower(p.dateBlockers),
      anaphoricDeterminers: lower(p.anaphoricDeterminers),
      reportingPronouns: lower(p.reportingPronouns),
      nominalAgentMarkers: lower(p.nominalAgentMarkers),
      releasables: lower(p.releasables),
      suspendables: lower(p.suspendables),
      proposalNouns: lower(p.proposalNouns),
      membershipPrepositions: lower(p.membershipPrepositions),
      representingPrepositions: lower(p.representingPrepositions),
      instrumentPrepositions: lower(p.instrumentPrepositions),
      stateVerbs: lower(p.stateVerbs),
      responseVerbs: lower(p.responseVerbs),
      readinessAdjectives: lower(p.readinessAdjectives),
      sharedSubjectOpeners: lower(p.sharedSubjectOpeners),
      clauseJoiners: lower(p.clauseJoiners),
      speechVerbWords: lower(p.speechVerbs.filter((v) => !v.includes(" "))),
    },
    places: {
      ...pl,
      prepositions: lower(pl.prepositions),
      visitVerbs: matcherOf(pl.visitVerbs, "visit" as const),
      modifiers: lower(pl.modifiers),
      connectors: lower(pl.connectors),
      skip: lower(pl.skip),
      notPlaces: lower(pl.notPlaces),
      placeNouns: lower(pl.placeNouns),
    },
    terms: compileTerms(t),
    assessments: {
      phrases: (() => {
        const m = new PhraseMatcher<"positive" | "negative">();
        for (const phrase of a.positive) m.add(phrase, "positive");
        for (const phrase of a.negative) m.add(phrase, "negative");
        return m;
      })(),
      topics: matcherOf(a.topics, "topic" as const),
      contrastOpeners: matcherOf(a.contrastOpeners, "contrast" as const),
      negations: new Set(a.negations.flatMap(phraseWords)),
      topicWindow: a.topicWindow,
      negationWindow: a.negationWindow,
    },
  };
}

const cached = new Map<string, EventLexicon>();

/** The lexicon for the trigger vocabularies of `domains` (a profile's), or of every domain when none are given. */
export function eventLexicon(domains?: readonly string[]): EventLexicon {
  const key = `${kbDir()}|${domains?.join(",") ?? "*"}`;
  let lex = cached.get(key);
  if (!lex) cached.set(key, (lex = compile(domains)));
  return lex;
}
