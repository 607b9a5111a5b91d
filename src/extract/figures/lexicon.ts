import { readKbFile } from "../../kb/files.js";
import { PhraseMatcher } from "../../kb/phrases.js";
import type { Qualifier } from "../../record/schema.js";

/** What a countable noun says: its class, and for nouns like "deaths" what happened. */
export interface CountNoun {
  nounClass: string;
  impliedCue: string | null;
}

export interface MeasureRule {
  noun?: string;
  cue?: string;
  measure: string;
}

/** The figure stage's vocabulary, read once from the editable JSON files in src/kb/data. */
export interface FigureLexicon {
  units: Map<string, number>;
  tens: Map<string, number>;
  scales: Map<string, number>;
  counted: Map<string, number>;
  vague: PhraseMatcher<[number, number]>;
  vagueNeedingOf: Set<string>;
  indefinite: Set<string>;
  needNoun: Set<string>;
  /** words that may open a number written in words: a cheap first test for every token */
  numberStarts: Set<string>;

  qualifiersBefore: PhraseMatcher<Qualifier>;
  qualifiersAfter: PhraseMatcher<Qualifier>;
  rangeJoiners: Set<string>;
  rangeOpeners: Set<string>;
  rangeAnd: Set<string>;
  changeOpeners: Set<string>;
  numberWordQualifiers: Map<string, Qualifier>;
  negatedQualifiers: Map<Qualifier, Qualifier>;
  negationReach: number;

  nouns: PhraseMatcher<CountNoun>;
  demonymSuffixes: string[];
  cuesAfter: PhraseMatcher<string>;
  cuesBefore: PhraseMatcher<string>;
  cuesNominal: PhraseMatcher<string>;
  linkWords: Set<string>;
  relativeWords: Set<string>;
  modifierWords: Set<string>;
  determiners: Set<string>;
  partitiveWords: Set<string>;
  negators: Set<string>;
  complements: Set<string>;
  tolls: PhraseMatcher<string>;
  tollLinks: Set<string>;
  rules: MeasureRule[];
  entityCues: Set<string>;
  agentCues: Set<string>;
  inclusions: PhraseMatcher<true>;
  custody: Map<string, string>;
  custodyOpeners: Set<string>;
  postModifierPrepositions: Set<string>;
  gapSubjects: Set<string>;
  anaphoraReach: number;
  capacitySubjects: Set<string>;
  conjunctions: Set<string>;
  stateCues: Set<string>;
  remainWords: Set<string>;

  months: Set<string>;
  timeWords: Set<string>;
  asOf: PhraseMatcher<true>;

  unitsAfter: PhraseMatcher<true>;
  ratioAfter: PhraseMatcher<true>;
  currencyBefore: Set<string>;
  ageBefore: Set<string>;
  labelBefore: Set<string>;
  yearRange: [number, number];

  introducers: PhraseMatcher<true>;
  introducersAfterComma: Set<string>;
  sourceVerbs: Set<string>;
  clauseBreaks: PhraseMatcher<true>;
  tailWords: Set<string>;
  npInner: PhraseMatcher<true>;
  perfectAuxiliaries: Set<string>;
  possessedCounts: PhraseMatcher<true>;
  pronounSources: Set<string>;

  contextPrepositions: Set<string>;
  eventPrepositions: Set<string>;
  leftPrepositions: Set<string>;
  placeRelatives: Set<string>;
  eventNouns: PhraseMatcher<true>;
  contextSearchStops: Set<string>;
  contextPhraseStops: Set<string>;
  contextMaxTokens: number;

  modals: Set<string>;
  purposeNouns: Set<string>;
  evidentials: Set<string>;
  proposalWords: PhraseMatcher<true>;
  proposalWindow: number;
}

interface MeasuresFile {
  nouns: Record<string, string[]>;
  impliedCues: Record<string, string>;
  impliedClasses: Record<string, string>;
  demonymSuffixes: string[];
  cues: Record<string, { after?: string[]; before?: string[]; nominal?: string[] }>;
  linkWords: string[];
  relativeWords: string[];
  modifierWords: string[];
  determiners: string[];
  partitiveWords: string[];
  negators: string[];
  complements: string[];
  tolls: Record<string, string>;
  tollLinks: string[];
  rules: MeasureRule[];
  entityCues: string[];
  agentCues: string[];
  inclusions: string[];
  custody: Record<string, string>;
  custodyOpeners: string[];
  postModifierPrepositions: string[];
  gapSubjects: string[];
  anaphoraReach: number;
  capacitySubjects: string[];
  conjunctions: string[];
  stateCues: string[];
  remainWords: string[];
}

interface NumberWordsFile {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  counted: Record<string, number>;
  vague: Record<string, [number, number]>;
  vagueNeedingOf: string[];
  indefinite: string[];
  needNoun: string[];
}

interface QualifiersFile {
  before: Record<string, Qualifier>;
  after: Record<string, Qualifier>;
  rangeJoiners: string[];
  rangeOpeners: string[];
  rangeAnd: string[];
  changeOpeners: string[];
  numberWords: Record<string, Qualifier>;
  negated: Record<string, Qualifier>;
  negationReach: number;
}

interface TimeWordsFile {
  months: string[];
  weekdays: string[];
  relative: string[];
  asOf: string[];
}

interface NonFiguresFile {
  unitsAfter: string[];
  ratioAfter: string[];
  currencyBefore: string[];
  ageBefore: string[];
  labelBefore: string[];
  yearRange: [number, number];
}

interface SourcesFile {
  introducers: string[];
  introducersAfterComma: string[];
  verbs: string[];
  clauseBreaks: string[];
  tailWords: string[];
  npInnerPrepositions: string[];
  perfectAuxiliaries: string[];
  possessedCounts: string[];
  resolvedPronouns: string[];
}

interface ContextFile {
  prepositions: string[];
  eventPrepositions: string[];
  leftPrepositions: string[];
  relativeWords: string[];
  eventNouns: string[];
  searchStops: string[];
  phraseStops: string[];
  maxTokens: number;
}

interface ModalityFile {
  modals: string[];
  purposeNouns: string[];
  evidentials: string[];
  proposalWords: string[];
  proposalWindow: number;
}

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
const numberMap = (record: Record<string, number>) => new Map(Object.entries(record));

function matcherOf<T>(entries: Iterable<[string, T]>): PhraseMatcher<T> {
  const matcher = new PhraseMatcher<T>();
  for (const [phrase, value] of entries) matcher.add(phrase, value, false);
  return matcher;
}

const present = (list: string[]): Iterable<[string, true]> => list.map((p) => [p, true] as [string, true]);

function nounMatcher(file: MeasuresFile): PhraseMatcher<CountNoun> {
  const entries: [string, CountNoun][] = [];
  for (const [nounClass, nouns] of Object.entries(file.nouns)) {
    for (const noun of nouns) entries.push([noun, { nounClass, impliedCue: null }]);
  }
  for (const [noun, cue] of Object.entries(file.impliedCues)) {
    entries.push([noun, { nounClass: file.impliedClasses[noun] ?? "person", impliedCue: cue }]);
  }
  return matcherOf(entries);
}

function cueMatcher(file: MeasuresFile, form: "after" | "before" | "nominal"): PhraseMatcher<string> {
  const entries: [string, string][] = [];
  for (const [cueClass, forms] of Object.entries(file.cues)) {
    for (const phrase of forms[form] ?? []) entries.push([phrase, cueClass]);
  }
  return matcherOf(entries);
}

function load(): FigureLexicon {
  const measures = readKbFile<MeasuresFile>("measures.json");
  const numbers = readKbFile<NumberWordsFile>("number-words.json");
  const qualifiers = readKbFile<QualifiersFile>("figure-qualifiers.json");
  const time = readKbFile<TimeWordsFile>("figure-time-words.json");
  const nonFigures = readKbFile<NonFiguresFile>("figure-non-figures.json");
  const sources = readKbFile<SourcesFile>("figure-sources.json");
  const context = readKbFile<ContextFile>("figure-context.json");
  const modality = readKbFile<ModalityFile>("figure-modality.json");
  return {
    units: numberMap(numbers.units),
    tens: numberMap(numbers.tens),
    scales: numberMap(numbers.scales),
    counted: numberMap(numbers.counted),
    vague: matcherOf(Object.entries(numbers.vague)),
    vagueNeedingOf: lower(numbers.vagueNeedingOf),
    indefinite: lower(numbers.indefinite),
    needNoun: lower(numbers.needNoun),
    numberStarts: lower([
      ...Object.keys(numbers.units), ...Object.keys(numbers.tens), ...numbers.indefinite,
      ...Object.keys(numbers.vague).map((phrase) => phrase.split(" ")[0]!),
    ]),

    qualifiersBefore: matcherOf(Object.entries(qualifiers.before)),
    qualifiersAfter: matcherOf(Object.entries(qualifiers.after)),
    rangeJoiners: lower(qualifiers.rangeJoiners),
    rangeOpeners: lower(qualifiers.rangeOpeners),
    rangeAnd: lower(qualifiers.rangeAnd),
    changeOpeners: lower(qualifiers.changeOpeners),
    numberWordQualifiers: new Map(Object.entries(qualifiers.numberWords)),
    negatedQualifiers: new Map(Object.entries(qualifiers.negated) as [Qualifier, Qualifier][]),
    negationReach: qualifiers.negationReach,

    nouns: nounMatcher(measures),
    demonymSuffixes: measures.demonymSuffixes,
    cuesAfter: cueMatcher(measures, "after"),
    cuesBefore: cueMatcher(measures, "before"),
    cuesNominal: cueMatcher(measures, "nominal"),
    linkWords: lower(measures.linkWords),
    relativeWords: lower(measures.relativeWords),
    modifierWords: lower(measures.modifierWords),
    determiners: lower(measures.determiners),
    partitiveWords: lower(measures.partitiveWords),
    negators: lower(measures.negators),
    complements: lower(measures.complements),
    tolls: matcherOf(Object.entries(measures.tolls)),
    tollLinks: lower(measures.tollLinks),
    rules: measures.rules,
    entityCues: new Set(measures.entityCues),
    agentCues: new Set(measures.agentCues),
    inclusions: matcherOf(present(measures.inclusions)),
    custody: new Map(Object.entries(measures.custody)),
    custodyOpeners: lower(measures.custodyOpeners),
    postModifierPrepositions: lower(measures.postModifierPrepositions),
    gapSubjects: lower(measures.gapSubjects),
    anaphoraReach: measures.anaphoraReach,
    capacitySubjects: lower(measures.capacitySubjects),
    conjunctions: lower(measures.conjunctions),
    stateCues: new Set(measures.stateCues),
    remainWords: lower(measures.remainWords),

    months: lower(time.months),
    timeWords: lower([...time.months, ...time.weekdays, ...time.relative]),
    asOf: matcherOf(present(time.asOf)),

    unitsAfter: matcherOf(present(nonFigures.unitsAfter)),
    ratioAfter: matcherOf(present(nonFigures.ratioAfter)),
    currencyBefore: lower(nonFigures.currencyBefore),
    ageBefore: lower(nonFigures.ageBefore),
    labelBefore: lower(nonFigures.labelBefore),
    yearRange: nonFigures.yearRange,

    introducers: matcherOf(present(sources.introducers)),
    introducersAfterComma: lower(sources.introducersAfterComma),
    sourceVerbs: lower(sources.verbs),
    clauseBreaks: matcherOf(present(sources.clauseBreaks)),
    tailWords: lower(sources.tailWords),
    npInner: matcherOf(present(sources.npInnerPrepositions)),
    perfectAuxiliaries: lower(sources.perfectAuxiliaries),
    possessedCounts: matcherOf(present(sources.possessedCounts)),
    pronounSources: lower(sources.resolvedPronouns),

    contextPrepositions: lower(context.prepositions),
    eventPrepositions: lower(context.eventPrepositions),
    leftPrepositions: lower(context.leftPrepositions),
    placeRelatives: lower(context.relativeWords),
    eventNouns: matcherOf(present(context.eventNouns)),
    contextSearchStops: lower(context.searchStops),
    contextPhraseStops: lower(context.phraseStops),
    contextMaxTokens: context.maxTokens,

    modals: lower(modality.modals),
    purposeNouns: lower(modality.purposeNouns),
    evidentials: lower(modality.evidentials),
    proposalWords: matcherOf(present(modality.proposalWords)),
    proposalWindow: modality.proposalWindow,
  };
}

let lexicon: FigureLexicon | undefined;

export function figureLexicon(): FigureLexicon {
  lexicon ??= load();
  return lexicon;
}
