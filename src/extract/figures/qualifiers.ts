import type { Qualifier } from "../../record/schema.js";
import type { Amount } from "./amounts.js";
import { isClauseMark, matchAt, matchEndingAt, wordAt, type SentenceScan } from "./scan.js";
import { currencyBefore } from "./units.js";

/** A figure's words: the number with its qualifier, over tokens start..end (inclusive). */
export interface FigurePhrase {
  amount: Amount;
  start: number;
  end: number;
  qualifier: Qualifier;
}

function numberWordQualifier(scan: SentenceScan, amount: Amount): Qualifier | undefined {
  for (let i = amount.first; i <= amount.last; i++) {
    const qualifier = scan.lex.numberWordQualifiers.get(wordAt(scan, i) ?? "");
    if (qualifier) return qualifier;
  }
  return undefined;
}

/** "would not settle for less than": a negation shortly before the qualifier, in its clause. */
function negatedBefore(scan: SentenceScan, start: number): boolean {
  for (let i = start - 1; i >= Math.max(scan.from, start - scan.lex.negationReach); i--) {
    if (isClauseMark(scan, i)) return false;
    if (scan.lex.negators.has(scan.words[i]!)) return true;
  }
  return false;
}

/**
 * Reads the qualifier around an amount: a phrase just before it ("more than"), one just after it
 * ("or more"), a range, or what a number word implies ("a dozen"). Vague amounts ("hundreds") are
 * approximate; anything else is exact.
 */
export function qualify(scan: SentenceScan, amount: Amount): FigurePhrase {
  if (amount.range) return { amount, start: amount.openerIndex ?? amount.first, end: amount.last, qualifier: "range" };
  // "about $2bn": the qualifier stands before the currency sign
  const lead = currencyBefore(scan, amount.first) ? amount.first - 1 : amount.first;
  const before = matchEndingAt(scan, scan.lex.qualifiersBefore, lead - 1, 3);
  const after = matchAt(scan, scan.lex.qualifiersAfter, amount.last + 1);
  const qualifier = (before && negatedBefore(scan, before.start) ? scan.lex.negatedQualifiers.get(before.value) : undefined)
    ?? before?.value ?? after?.value ?? numberWordQualifier(scan, amount) ?? (amount.vague ? "approx" : "exact");
  return { amount, start: before?.start ?? amount.first, end: after ? after.end - 1 : amount.last, qualifier };
}
