import { matchAt, isClauseMark, wordAt, type SentenceScan } from "./scan.js";

/**
 * A modal or similar word ("would", "to", "agreed") among the few tokens before `index`, in the same
 * clause; "to" after a purpose noun ("an operation to rescue") states what was done, and after an
 * evidential ("believed to be holding") hedges a fact.
 */
export function modalBefore(scan: SentenceScan, index: number, reach = 3): boolean {
  const lex = scan.lex;
  for (let i = index - 1; i >= Math.max(scan.from, index - reach); i--) {
    if (isClauseMark(scan, i)) return false;
    const word = wordAt(scan, i)!;
    const previous = wordAt(scan, i - 1) ?? "";
    if (word === "to" && (lex.purposeNouns.has(previous) || lex.evidentials.has(previous))) return false;
    if (lex.modals.has(word)) return true;
  }
  return false;
}

function proposalWordIn(scan: SentenceScan, from: number, to: number, clauseOnly: boolean): boolean {
  for (let i = to - 1; i >= from; i--) {
    if (clauseOnly && isClauseMark(scan, i)) return false;
    const m = matchAt(scan, scan.lex.proposalWords, i);
    if (m && m.end <= to) return true;
  }
  return false;
}

/**
 * A proposal or goal word shortly before `index` in the same clause ("a requirement of 200 trucks"):
 * the number there is a term being negotiated, not a count of what happened.
 */
export function proposalBefore(scan: SentenceScan, index: number): boolean {
  return proposalWordIn(scan, Math.max(scan.from, index - scan.lex.proposalWindow), index, true);
}

const SENTENCE_REACH = 40;

/** A proposal or goal word earlier in the sentence: "it would include: ... the release of 50 prisoners". */
export function proposalInSentenceBefore(scan: SentenceScan, index: number): boolean {
  return proposalWordIn(scan, Math.max(scan.from, index - SENTENCE_REACH), index, false);
}
