import anonymousSources from "../data/anonymous-sources.json" with { type: "json" };
import bylines from "../data/bylines.json" with { type: "json" };
import fragments from "../data/fragments.json" with { type: "json" };
import headlines from "../data/headlines.json" with { type: "json" };
import issues from "../data/issues.json" with { type: "json" };
import measures from "../data/measures.json" with { type: "json" };
import monthsAp from "../data/months-ap.json" with { type: "json" };
import numberWords from "../data/number-words.json" with { type: "json" };
import outlets from "../data/outlets.json" with { type: "json" };
import parties from "../data/parties.json" with { type: "json" };
import people from "../data/people.json" with { type: "json" };
import places from "../data/places.json" with { type: "json" };
import proposals from "../data/proposals.json" with { type: "json" };
import qualifiers from "../data/qualifiers.json" with { type: "json" };
import questions from "../data/questions.json" with { type: "json" };
import quotes from "../data/quotes.json" with { type: "json" };
import regions from "../data/regions.json" with { type: "json" };
import sentences from "../data/sentences.json" with { type: "json" };
import sources from "../data/sources.json" with { type: "json" };
import speechVerbs from "../data/speech-verbs.json" with { type: "json" };
import timePhrases from "../data/time-phrases.json" with { type: "json" };

/*
 * The benchmark's own word lists (src/bench/data), imported rather than read through readKbFile:
 * they describe a fictional negotiation for the synthetic corpus and must not leak into the
 * knowledge base that extraction uses.
 */

export interface Party {
  key: string;
  name: string;
  short: string;
  adjective: string;
  type: string;
}

export interface Person {
  name: string;
  surname: string;
  honorific: string;
  pronoun: string;
  party: string;
  titles: string[];
  appositives: string[];
  roleNoun: string;
}

export interface Measure {
  measure: string;
  range: number[];
  subjects: string[];
  predicates: string[];
  tolls: string[];
}

export interface QualifierStyle {
  qualifier: string;
  weight: number;
  round: boolean;
  forms: string[];
}

export interface SentenceKind {
  name: string;
  weight: number;
  sentences: number;
  templates: string[];
}

export interface Outlet {
  name: string;
  wire: boolean;
}

export const vocabulary = {
  sides: parties.sides as Party[],
  mediators: parties.mediators as Party[],
  agencies: parties.agencies as Party[],
  conflicts: parties.conflicts as [string, string][],
  people: people.people as Person[],
  places: places.places,
  regions: regions.regions,
  outlets: outlets.outlets as Outlet[],
  bylines: bylines.bylines,
  quotes: quotes.quotes,
  fragments: fragments.fragments,
  issues: issues.issues,
  proposals: proposals.proposals,
  measures: measures.measures as Measure[],
  qualifiers: qualifiers.qualifiers as QualifierStyle[],
  sources: sources.sources,
  anonymous: anonymousSources.anonymous,
  speechVerbs: speechVerbs.speechVerbs,
  headlines: headlines.headlines,
  questions: questions.questions,
  pastTimes: timePhrases.past,
  futureTimes: timePhrases.future,
  monthsAp: monthsAp.months,
  numberWords: numberWords.words,
  kinds: Object.entries(sentences.kinds).map(([name, kind]): SentenceKind => ({ name, ...kind })),
};

export type Vocabulary = typeof vocabulary;

export function sentenceKind(name: string): SentenceKind {
  const kind = vocabulary.kinds.find((k) => k.name === name);
  if (!kind) throw new Error(`no sentence kind '${name}' in src/bench/data/sentences.json`);
  return kind;
}
