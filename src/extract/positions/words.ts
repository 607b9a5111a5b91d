import { readKbFile } from "../../kb/files.js";

/** The word lists of the positions stage (src/kb/data/stance-*.json), read once and kept as sets. */

type Stance = "demand" | "reject" | "accept" | "support" | "oppose";

export interface VerbCueEntry {
  cue: string;
  stance: Stance;
  negated: Stance | null;
  links?: string[];
  forms?: string[];
  /** "to": an object and 'to' with a verb must follow the verb or its link */
  object?: "to";
  verbOnly?: boolean;
  firstPerson?: boolean;
}
export interface NounCueEntry {
  cue: string;
  stance: Stance;
  links: string[];
  /** the noun names its holder: 'X is a supporter of Y' */
  predicate?: boolean;
}
export interface AdjectiveCueEntry {
  cue: string;
  stance: Stance;
  negated: Stance | null;
}
/** A verdict after 'be' ('is unacceptable'): the same shape as an adjective cue. */
export type VerdictEntry = AdjectiveCueEntry;

/** What an anaphor can refer to: actor types and, for he/she, the gender it needs when one is known. */
export interface AnaphorTarget {
  types: Set<string>;
  gender?: "male" | "female";
  /** 'its', 'their': owns a position noun, never the subject of a verb */
  possessive: boolean;
  /** a definite description ('the rebels'): may refer to the one compatible actor of the whole document so far */
  definite: boolean;
  /** 'they', 'their': may refer to a collective subject no actor stands for ('consumers insisted they') */
  plural: boolean;
}

export interface StanceWords {
  verbCues: VerbCueEntry[];
  nounCues: NounCueEntry[];
  adjectiveCues: AdjectiveCueEntry[];
  refusals: string[][];
  auxiliaries: Set<string>;
  /** modals whose negation is the subject's own refusal ('could not approve') */
  negatedModals: Set<string>;
  /** verbs whose subject holds the position noun they take as object ('gave support to') */
  lightVerbs: Set<string>;
  beForms: Set<string>;
  negators: Set<string>;
  pending: Set<string>;
  control: Set<string>;
  anaphors: Map<string, AnaphorTarget>;
  speakerWords: Set<string>;
  sideWords: Set<string>;
  /** boundary phrases by their first word */
  boundaries: Map<string, string[][]>;
  procedural: Set<string>;
  placeHeads: Set<string>;
  proxies: Set<string>;
  hypothetical: Set<string>;
  clauseVerbs: Set<string>;
  timeCore: Set<string>;
  timeJoiners: Set<string>;
  secondaryPredicates: Set<string>;
  obligations: string[][];
  addressedObligations: string[][];
  denials: string[][];
  verdicts: VerdictEntry[];
  /** verbs whose subject gives the verdict after their object ('found the prorogation to be unlawful') */
  judgingVerbs: Set<string>;
  retractions: string[][];
  ownSideBodies: string[][];
  stateOffices: string[];
  mannerPhrases: string[][];
  occasionPrepositions: Set<string>;
  contentNouns: Set<string>;
  documents: Set<string>;
  documentVerbs: string[][];
}

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const phrases = (list: string[]) => list.map((p) => p.toLowerCase().split(/\s+/));

function byFirstWord(list: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of list) map.set(phrase[0]!, [...(map.get(phrase[0]!) ?? []), phrase]);
  return map;
}

let loaded: StanceWords | undefined;

export function stanceWords(): StanceWords {
  if (loaded) return loaded;
  const anaphors = readKbFile<{ anaphors: Record<string, { types: string[]; gender?: "male" | "female"; possessive?: boolean; definite?: boolean; plural?: boolean }> }>(
    "stance-anaphors.json",
  ).anaphors;
  const firstPerson = readKbFile<{ speaker: string[]; side: string[] }>("stance-first-person.json");
  const negation = readKbFile<{ negators: string[]; pending: string[] }>("stance-negators.json");
  const time = readKbFile<{ core: string[]; joiners: string[] }>("stance-time-words.json");
  const obligations = readKbFile<{ phrases: string[]; addressed: string[]; denials: string[] }>("stance-obligations.json");
  const manner = readKbFile<{ phrases: string[]; occasionPrepositions: string[] }>("stance-manner-phrases.json");
  const documents = readKbFile<{ nouns: string[]; verbs: string[] }>("stance-documents.json");
  const ownSide = readKbFile<{ bodies: string[]; offices: string[] }>("stance-own-side-bodies.json");
  const words = (file: string) => lower(readKbFile<{ words: string[] }>(file).words);
  loaded = {
    verbCues: readKbFile<{ cues: VerbCueEntry[] }>("stance-verb-cues.json").cues,
    nounCues: readKbFile<{ cues: NounCueEntry[] }>("stance-noun-cues.json").cues,
    adjectiveCues: readKbFile<{ cues: AdjectiveCueEntry[] }>("stance-adjective-cues.json").cues,
    refusals: phrases(readKbFile<{ phrases: string[] }>("stance-refusal-cues.json").phrases),
    auxiliaries: words("stance-auxiliaries.json"),
    negatedModals: words("stance-negated-modals.json"),
    lightVerbs: words("stance-light-verbs.json"),
    beForms: words("stance-be-forms.json"),
    negators: lower(negation.negators),
    pending: lower(negation.pending),
    control: words("stance-control-words.json"),
    anaphors: new Map(Object.entries(anaphors).map(([word, a]) => [word.toLowerCase(), { types: new Set(a.types), gender: a.gender, possessive: a.possessive ?? false, definite: a.definite ?? false, plural: a.plural ?? false }])),
    speakerWords: lower(firstPerson.speaker),
    sideWords: lower(firstPerson.side),
    boundaries: byFirstWord(phrases(readKbFile<{ phrases: string[] }>("stance-boundaries.json").phrases)),
    procedural: lower(readKbFile<{ verbs: string[] }>("stance-procedural-verbs.json").verbs),
    placeHeads: lower(readKbFile<{ nouns: string[] }>("stance-place-heads.json").nouns),
    proxies: lower(readKbFile<{ nouns: string[] }>("stance-proxies.json").nouns),
    hypothetical: words("stance-hypothetical.json"),
    clauseVerbs: words("stance-clause-verbs.json"),
    timeCore: lower(time.core),
    timeJoiners: lower(time.joiners),
    secondaryPredicates: words("stance-secondary-predicates.json"),
    obligations: phrases(obligations.phrases),
    addressedObligations: phrases(obligations.addressed),
    denials: phrases(obligations.denials),
    verdicts: readKbFile<{ cues: VerdictEntry[] }>("stance-verdicts.json").cues,
    judgingVerbs: words("stance-judging-verbs.json"),
    retractions: phrases(readKbFile<{ phrases: string[] }>("stance-retractions.json").phrases),
    ownSideBodies: phrases(ownSide.bodies),
    stateOffices: ownSide.offices.map((o) => o.toLowerCase()),
    mannerPhrases: phrases(manner.phrases),
    occasionPrepositions: lower(manner.occasionPrepositions),
    contentNouns: lower(readKbFile<{ nouns: string[] }>("stance-content-nouns.json").nouns),
    documents: lower(documents.nouns),
    documentVerbs: phrases(documents.verbs),
  };
  return loaded;
}
