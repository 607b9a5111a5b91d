import type { FigurePhrase } from "./qualifiers.js";
import { matchAt, matchEndingAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";
import { currencyBefore } from "./units.js";

/**
 * Numbers that count nothing a figure records: dates ("Oct. 7", "7 October"), money ("$5 billion"),
 * percentages, times, ages ("aged 34", "a 34-year-old"), labels ("Resolution 2735"), compound
 * modifiers ("a 30-day truce", "two-state"), fractions, and a number right after a countable noun,
 * which is an age or a label ("children under 18").
 */
/** Words between a number and "for each" in a ratio ("30 Palestinian prisoners for each hostage"). */
const RATIO_NOUN_REACH = 3;

function isRatio(scan: SentenceScan, afterNumber: number): boolean {
  for (let k = afterNumber + 1; k <= afterNumber + RATIO_NOUN_REACH; k++) if (matchAt(scan, scan.lex.ratioAfter, k)) return true;
  return false;
}

export function isNonFigure(scan: SentenceScan, phrase: FigurePhrase): boolean {
  const lex = scan.lex;
  const { amount } = phrase;
  const before = wordAt(scan, phrase.start - 1) ?? "";
  const after = wordAt(scan, amount.last + 1) ?? "";
  if (tokenAt(scan, phrase.start - 1)?.kind === "currency" || lex.currencyBefore.has(before) || currencyBefore(scan, amount.first)) return true;
  if (lex.months.has(before) || lex.months.has(after)) return true;
  if (lex.ageBefore.has(before) || lex.labelBefore.has(before)) return true;
  if (matchAt(scan, lex.unitsAfter, amount.last + 1)) return true;
  if (after === "-" && !amount.range && wordAt(scan, amount.last + 2) !== undefined) return true;
  if (amount.value !== null && !Number.isInteger(amount.value)) return true;
  if (isRatio(scan, amount.last + 1)) return true;
  return matchEndingAt(scan, lex.nouns, phrase.start - 1, 3) !== undefined;
}
