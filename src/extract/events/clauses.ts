import type { SentenceView, TokenRange } from "./sentence.js";

/** A clause: its tokens, and the word that opened it ("if", "when", "which"), if any. */
export interface Clause extends TokenRange {
  opener: number | null;
}

const SUBJECT_POS = new Set(["PROPN", "PRON"]);
const BEFORE_VERB_POS = new Set(["PROPN", "ADV", "AUX", "PART"]);

/** How far back a finite verb before "and" is looked for (bounded: transcripts have very long sentences). */
const VERB_REACH = 30;

/** A finite verb earlier in the clause ("involving X and Y focused on" has none: "involving" is a participle). */
function verbBefore(view: SentenceView, i: number): boolean {
  const floor = Math.max(view.first, i - VERB_REACH);
  for (let k = i - 1; k >= floor && !view.lex.participants.clauseBreaks.has(view.lower(k)); k--) {
    if (view.token(k)?.pos === "VERB" && !view.lower(k).endsWith("ing")) return true;
  }
  return false;
}

/**
 * "and" or "as" that joins two clauses: a verb before it, a subject and its verb after it ("Israel
 * struck Lebanon and Iran blamed ...", "Orland can support Kestrel as we support our partners"),
 * unlike "Burns and McGurk met".
 */
function joinsClauses(view: SentenceView, i: number): boolean {
  if (!view.lex.participants.clauseJoiners.has(view.lower(i)) || !SUBJECT_POS.has(view.token(i + 1)?.pos ?? "")) return false;
  for (let k = i + 2; k <= i + 4; k++) {
    const pos = view.token(k)?.pos ?? "";
    if (pos === "VERB") return verbBefore(view, i);
    if (!BEFORE_VERB_POS.has(pos)) return false;
  }
  return false;
}

/** " - " between spaces is a dash ("DOHA (Reuters) - Israel and Hamas agreed"), not a hyphen. */
function isSpacedHyphen(view: SentenceView, i: number): boolean {
  const token = view.token(i);
  if (!token || token.text !== "-") return false;
  const text = view.doc.text;
  return /\s/.test(text[token.start - 1] ?? " ") && /\s/.test(text[token.end] ?? " ");
}

/** Does token i end a clause? Computed once per token by SentenceView; ask `view.isBreak(i)`. */
export function breaksClause(view: SentenceView, i: number): boolean {
  const p = view.lex.participants;
  const word = view.lower(i);
  if (p.clauseBreaks.has(word) || isSpacedHyphen(view, i)) return true;
  if (p.breaksUnlessDeterminer.has(word)) return view.token(i)?.pos !== "DET";
  return joinsClauses(view, i);
}

/** The clause around the tokens [first, end): bounded by clause breaks outside that range. */
export function clauseAround(view: SentenceView, range: TokenRange): Clause {
  let first = range.first;
  while (first > view.first && !view.isBreak(first - 1)) first--;
  let end = range.end;
  while (end < view.end && !view.isBreak(end)) end++;
  return { first, end, opener: first > view.first ? first - 1 : null };
}
