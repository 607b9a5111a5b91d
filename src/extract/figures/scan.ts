import type { Doc, Token } from "../../doc/doc.js";
import { lowerWordsOf } from "../actors/words.js";
import type { PhraseMatcher } from "../../kb/phrases.js";
import type { FigureLexicon } from "./lexicon.js";
import type { MeasureNoun } from "./quantity-lexicon.js";

/** One sentence under scan: its token range and the normalised (lower-case) words of the whole document. */
export interface SentenceScan {
  doc: Doc;
  lex: FigureLexicon;
  /** the nouns of every measure of sums, rates and counts, the active profile's included (looked up once per document) */
  measureNouns: PhraseMatcher<MeasureNoun>;
  words: readonly string[];
  from: number;
  /** exclusive */
  to: number;
}

/** Lower-case words with straight apostrophes: the actors stage made them for this document already. */
export function normalisedWords(doc: Doc): readonly string[] {
  return lowerWordsOf(doc);
}

export function wordAt(scan: SentenceScan, i: number): string | undefined {
  return i >= scan.from && i < scan.to ? scan.words[i] : undefined;
}

export function tokenAt(scan: SentenceScan, i: number): Token | undefined {
  return i >= scan.from && i < scan.to ? scan.doc.tokens[i] : undefined;
}

/** The longest phrase of `matcher` starting at token `i` and ending inside the sentence. */
export function matchAt<T>(scan: SentenceScan, matcher: PhraseMatcher<T>, i: number): { value: T; end: number } | undefined {
  if (i < scan.from || i >= scan.to) return undefined;
  const m = matcher.match(scan.words, i, scan.words.length, true);
  return m && i + m.length <= scan.to ? { value: m.value, end: i + m.length } : undefined;
}

/** The longest phrase of `matcher` that ends exactly at token `last` (inclusive). */
export function matchEndingAt<T>(
  scan: SentenceScan, matcher: PhraseMatcher<T>, last: number, maxLength = 5,
): { value: T; start: number } | undefined {
  // words are lower case, as the matchers' entries: a word no phrase ends with ends none here
  const word = last >= scan.from && last < scan.to ? scan.words[last] : undefined;
  if (word === undefined || !matcher.mayEndWith(word)) return undefined;
  for (let length = Math.min(maxLength, last - scan.from + 1); length >= 1; length--) {
    const start = last - length + 1;
    const m = matchAt(scan, matcher, start);
    if (m && m.end === last + 1) return { value: m.value, start };
  }
  return undefined;
}

const CLAUSE_MARKS = new Set([",", ";", ":", "—", "–", "(", ")", "[", "]", '"', "“", "”", "?", "!", "..."]);

/** Punctuation that closes a clause: commas, dashes, brackets, double quotes. A hyphen does not. */
export function isClauseMark(scan: SentenceScan, i: number): boolean {
  const word = scan.words[i];
  return word !== undefined && (CLAUSE_MARKS.has(word) || (word === "." && i === scan.to - 1));
}

export function isCapitalised(token: Token | undefined): boolean {
  if (!token) return false;
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

export const isNounLike = (token: Token | undefined) => token?.pos === "NOUN" || token?.pos === "PROPN";

const HYPHENS = new Set(["-", "‑"]);

/** A hyphen inside a word ("Iran-backed", "Hamas-run"), which the tokenizer splits into three tokens. */
export function isInnerHyphen(scan: SentenceScan, i: number): boolean {
  const token = tokenAt(scan, i);
  if (!token || !HYPHENS.has(token.text)) return false;
  const before = tokenAt(scan, i - 1);
  const after = tokenAt(scan, i + 1);
  return !!before && !!after && before.end === token.start && after.start === token.end;
}

/** The hyphen of a compound modifier or the word after it: both belong to the compound. */
export const inCompound = (scan: SentenceScan, i: number) => isInnerHyphen(scan, i) || isInnerHyphen(scan, i - 1);
