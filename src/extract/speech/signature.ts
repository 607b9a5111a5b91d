import type { Doc } from "../../doc/doc.js";
import { isCapitalised } from "../actors/words.js";

/** Dashes that sign a quote with its speaker's name ("“...” ― Ana Rell", "“...” - Rell.") or set off a label ("Holm -- Union leader:"). */
export const SIGNING_DASHES = new Set(["\u2015", "\u2014", "\u2013", "-", "--"]);
const CLOSING_MARKS = new Set(["\u201D", '"', "\u2019", "'"]);
/** What may follow a signing name in its sentence: its end, an apposition, the next quote. */
const AFTER_SIGNATURE = new Set([",", ".", ";", "\u201C", '"']);

/**
 * The end token of the name that signs the quote closing right before `first`: a closing quotation
 * mark, a dash, then capitalised words standing alone ("“We will not sign.” ― Ana Rell",
 * "“...” -President Holm, tweeting"). Readers' letters, social-media round-ups and fact checks
 * credit quotes this way, with no verb. "― Rell least of all" is narration going on: no signature.
 */
function signedNameEnd(doc: Doc, words: string[], first: number): number | null {
  if (!SIGNING_DASHES.has(words[first - 1] ?? "") || !CLOSING_MARKS.has(words[first - 2] ?? "")) return null;
  const t = doc.tokens;
  if (!isCapitalised(t[first])) return null;
  let end = first;
  while (end < t.length && isCapitalised(t[end]) && t[end]!.sentence === t[first]!.sentence) end++;
  const next = t[end];
  return !next || next.sentence !== t[first]!.sentence || AFTER_SIGNATURE.has(next.text) ? end : null;
}

/** Whether a name starting at token `first` (possibly with its title) signs the quote before it. */
export function signsQuote(doc: Doc, words: string[], first: number): boolean {
  return signedNameEnd(doc, words, first) !== null;
}

/** The span of the name signed after the closing mark at `close` (a character offset), if any. */
export function signatureAfter(doc: Doc, words: string[], close: number): { start: number; end: number } | null {
  if (close < 0) return null;
  const first = doc.tokenAt(close) + 2;
  const end = signedNameEnd(doc, words, first);
  return end === null ? null : { start: doc.tokens[first]!.start, end: doc.tokens[end - 1]!.end };
}
