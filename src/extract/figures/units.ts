import type { Amount } from "./amounts.js";
import { quantityLexicon, type UnitKind } from "./quantity-lexicon.js";
import { matchAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";

/** The unit of a sum, a rate or a quantity, and the tokens it takes around the number. */
export interface UnitReading {
  kind: UnitKind;
  unit: string;
  currency: string | null;
  /** what a rate is per: "share" in "A$6.35 a share", "tonne" in "13 dlr per tonne" */
  per: string | null;
  /** first token of a currency sign before the number, else the number's first token */
  lead: number;
  /** first token after the unit, its rate and a bracketed conversion */
  end: number;
}

const CONVERSION_REACH = 14;
const CLOSERS: Record<string, string> = { "(": ")", "[": "]" };
const HYPHENATED_RATE = /^(?:a|an|per)-(.+)$/;

/** "$", "A$", "US$", "usd" right before the number. */
export function currencyBefore(scan: SentenceScan, first: number): string | null {
  const token = tokenAt(scan, first - 1);
  if (!token) return null;
  return quantityLexicon().currencySymbols.get(scan.words[first - 1]!) ?? (token.kind === "currency" ? "USD" : null);
}

/** "a share", "per tonne", "-a-share": the denominator of a rate, and the first token after it. */
function rateAt(scan: SentenceScan, i: number): { per: string; end: number } | undefined {
  const lex = quantityLexicon();
  const word = wordAt(scan, i) ?? "";
  if (word === "-") {
    const rate = HYPHENATED_RATE.exec(wordAt(scan, i + 1) ?? "");
    return rate && lex.perNouns.has(rate[1]!) ? { per: rate[1]!, end: i + 2 } : undefined;
  }
  if (!lex.perWords.has(word)) return undefined;
  const noun = wordAt(scan, i + 1) ?? "";
  return lex.perNouns.has(noun) ? { per: noun, end: i + 2 } : undefined;
}

/**
 * A bracket right after a sum that restates it in other currencies ("($5.8bn; £3bn)") or spells out
 * its unit ("(bpd)"): it belongs to the figure. Returns the first token after it.
 */
function conversionEnd(scan: SentenceScan, i: number): number | undefined {
  const open = wordAt(scan, i) ?? "";
  const close = CLOSERS[open];
  if (!close || !quantityLexicon().conversionOpeners.has(open)) return undefined;
  const lex = quantityLexicon();
  for (let k = i + 1; k < Math.min(scan.to, i + CONVERSION_REACH); k++) {
    const word = scan.words[k]!;
    if (word === close) return k > i + 1 ? k + 1 : undefined;
    const token = tokenAt(scan, k)!;
    const fits = token.kind === "number" || token.kind === "currency" || lex.unitWords.has(word) || word === ";" || word === ","
      || lex.attachedScales.has(word) || scan.lex.scales.has(word) || token.pos === "PROPN";
    if (!fits) return undefined;
  }
  return undefined;
}

/**
 * The unit of the amount: a currency sign before it, or a currency, percentage, points or physical
 * unit after it, with the rate it may be per and a bracketed conversion. Undefined for a bare number.
 */
export function readUnit(scan: SentenceScan, amount: Amount): UnitReading | undefined {
  const lex = quantityLexicon();
  const sign = currencyBefore(scan, amount.first);
  const word = matchAt(scan, lex.unitsAfter, amount.last + 1);
  // "12 euro zone countries": the currency names a thing here, not the number's unit
  const after = word && !lex.notUnitsBefore.has(wordAt(scan, word.end) ?? "") ? word : undefined;
  if (!sign && !after) return undefined;
  let end = after ? after.end : amount.last + 1;
  const unitWord = after?.value;
  const reading: UnitReading = {
    kind: unitWord?.kind ?? "money",
    unit: unitWord?.unit ?? sign!,
    currency: unitWord?.currency ?? sign,
    per: null,
    lead: sign ? amount.first - 1 : amount.first,
    end,
  };
  const rate = rateAt(scan, end);
  if (rate) {
    reading.per = rate.per;
    end = rate.end;
  }
  reading.end = conversionEnd(scan, end) ?? end;
  return reading;
}
