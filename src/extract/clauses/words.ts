import { readKbFile } from "../../kb/files.js";

interface ClauseWordsFile {
  modals: Record<string, string>;
  futureModals: string[];
  conditionalModals: string[];
  pastAuxiliaries: string[];
  beForms: string[];
  negators: string[];
  negatorEndings: string[];
  pastForms: string[];
  relativePronouns: string[];
  clauseOpeners: string[];
  conditionOpeners: string[];
}

interface AttributionFile {
  verbs: string[];
}

/** The word lists of the clauses stage (src/kb/data/clause-words.json and the verbs of saying), read once. */
export interface ClauseWords {
  modals: Map<string, string>;
  futureModals: Set<string>;
  conditionalModals: Set<string>;
  pastAuxiliaries: Set<string>;
  beForms: Set<string>;
  negators: Set<string>;
  negatorEndings: string[];
  pastForms: Set<string>;
  relativePronouns: Set<string>;
  clauseOpeners: Set<string>;
  conditionOpeners: Set<string>;
  speechVerbs: Set<string>;
}

let words: ClauseWords | undefined;

export function clauseWords(): ClauseWords {
  if (words) return words;
  const file = readKbFile<ClauseWordsFile>("clause-words.json");
  words = {
    modals: new Map(Object.entries(file.modals)),
    futureModals: new Set(file.futureModals),
    conditionalModals: new Set(file.conditionalModals),
    pastAuxiliaries: new Set(file.pastAuxiliaries),
    beForms: new Set(file.beForms),
    negators: new Set(file.negators),
    negatorEndings: file.negatorEndings,
    pastForms: new Set(file.pastForms),
    relativePronouns: new Set(file.relativePronouns),
    clauseOpeners: new Set(file.clauseOpeners),
    conditionOpeners: new Set(file.conditionOpeners),
    speechVerbs: new Set(readKbFile<AttributionFile>("attribution-verbs.json").verbs),
  };
  return words;
}
