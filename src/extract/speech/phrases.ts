import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import type { TokenRange } from "../actors/roles.js";
import { POSSESSIVE, isCapitalised, joined } from "../actors/words.js";

const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);
const SKIPPABLE = new Set(["also", "later", "then", "previously", "earlier", "again", "further", "separately", "once", "has", "had", "have", "is", "was", "would", "will", "recently", "repeatedly", "publicly", "privately", "reportedly"]);
const CLAUSE_WORDS = new Set(["that", "which", "who", "whom", "whose", "where", "when", "there"]);
const NP_TAGS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON"]);

/** Verbs are written in lower case mid-sentence: "States" in "Coastal States Union" is no verb. */
export function isSpeechVerb(kb: ActorKnowledge, words: string[], k: number): boolean {
  return kb.speechVerbs.has(words[k] ?? "");
}

const RELATIVES = new Set(["who", "which", "whose", "that"]);
const APPOSITION_STARTS = new Set(["who", "which", "whose", "a", "an", "the", "its", "his", "her", "their"]);

/**
 * Skips a clause set off by commas between a subject and its verb: "Marek, who is not related
 * to ..., said", "Hallworth, a Valdoria analyst at ..., said". Returns the index after the subject.
 */
function beforeInterruption(doc: Doc, words: string[], verb: number, floor: number): number {
  if (words[verb - 1] !== ",") return verb;
  for (let k = verb - 2; k > floor && verb - k < 30; k--) {
    if (words[k] === "." || words[k] === ";" || words[k] === '"' || /^[“”]$/.test(words[k]!)) return verb;
    const opener = words[k + 1]!;
    if (words[k] === "," && (APPOSITION_STARTS.has(opener.toLowerCase()) || /^[a-z]/.test(opener)) && npToken(doc, words, k - 1)) return k;
  }
  return verb;
}

/** A subject inside a relative clause ("an official who was in the room described") is the noun before "who". */
function beforeRelative(words: string[], first: number, floor: number): number {
  for (let k = first - 1; k > floor && first - k < 10; k--) {
    const w = words[k]!.toLowerCase();
    if (RELATIVES.has(w) && w !== "that") return k;
    if ([",", ".", ";", ":"].includes(w)) return -1;
  }
  return -1;
}

function npToken(doc: Doc, words: string[], k: number): boolean {
  const tok = doc.tokens[k];
  if (!tok) return false;
  const w = words[k]!;
  if (CLAUSE_WORDS.has(w.toLowerCase())) return false;
  return NP_TAGS.has(tok.pos) || isCapitalised(tok) || POSSESSIVE.has(w) || (w === "-" && joined(doc.tokens[k - 1], tok)) || w === "of" || w === "for";
}

/**
 * The subject written before a speech verb: "White House national security spokesman John Kirby"
 * in "... John Kirby said", "he" in "he added", "the prime minister's office" in "... office said".
 * Adverbs between subject and verb ("also", "later") are skipped.
 */
export function subjectBefore(doc: Doc, words: string[], verb: number): TokenRange | null {
  const sentence = doc.sentences[doc.tokens[verb]!.sentence]!;
  let end = beforeInterruption(doc, words, verb, sentence.firstToken);
  while (end > sentence.firstToken && SKIPPABLE.has(words[end - 1]!.toLowerCase())) end--;
  let first = end;
  while (first > sentence.firstToken && first - end < 14 && npToken(doc, words, first - 1)) {
    first--;
    if (PRONOUNS.has(words[first]!.toLowerCase())) break;
  }
  while (first < end && ["of", "for", "'s", "'"].includes(words[first]!)) first++;
  if (first >= end) return null;
  const relative = beforeRelative(words, first, sentence.firstToken);
  if (relative > sentence.firstToken) return subjectBefore(doc, words, relative);
  return [first, end];
}

/** The subject written after the verb in an inverted attribution: "said Kirby", "said the official". */
export function subjectAfter(doc: Doc, words: string[], verb: number): TokenRange | null {
  const sentence = doc.sentences[doc.tokens[verb]!.sentence]!;
  const first = verb + 1;
  let end = first;
  while (end < sentence.endToken && end - first < 12 && npToken(doc, words, end) && !PRONOUNS.has(words[end]!.toLowerCase())) end++;
  while (end > first && ["of", "for"].includes(words[end - 1]!)) end--;
  return end > first ? [first, end] : null;
}

/**
 * The subject of an inverted attribution only: `..., said Kirby.`, `“...,” said the official`,
 * `Said Kirby: “...”`. After an ordinary verb the noun phrase is its object ("said the government
 * had come"), so the phrase must stand between the verb and a punctuation mark or the sentence end.
 */
export function invertedSubject(doc: Doc, words: string[], verb: number): TokenRange | null {
  const sentence = doc.sentences[doc.tokens[verb]!.sentence]!;
  const before = words[verb - 1] ?? "";
  if (verb > sentence.firstToken && ![",", "\u201D", '"', "'", "\u2019"].includes(before)) return null;
  const subject = subjectAfter(doc, words, verb);
  if (!subject) return null;
  const next = words[subject[1]];
  return subject[1] >= sentence.endToken || [",", ".", ":", ";", "on", "in", "at"].includes(next ?? "") ? subject : null;
}

export function isPronoun(words: string[], range: TokenRange): string | null {
  if (range[1] - range[0] !== 1) return null;
  const w = words[range[0]]!.toLowerCase();
  return PRONOUNS.has(w) ? w : null;
}
