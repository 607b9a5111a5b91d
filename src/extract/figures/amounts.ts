import { quantityLexicon } from "./quantity-lexicon.js";
import { matchAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";

/** A number as written, in digits or words, over tokens first..last (inclusive). */
export interface NumberReading {
  first: number;
  last: number;
  /** null for vague amounts ("hundreds"), which only have bounds */
  value: number | null;
  low: number | null;
  high: number | null;
  vague: boolean;
  /** the scale word that multiplied it ("million"), 1 when none */
  scale: number;
  /** the number word when the amount is a single word ("one", "dozen") */
  soleWord: string | null;
  /** a plain four-digit number that may be a year */
  yearLike: boolean;
}

export interface Amount extends NumberReading {
  range: boolean;
  /** index of "between" when the range opens with it */
  openerIndex: number | null;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** "7/8 pct", "13/16 pct": a fraction written in digits, as rates and margins are */
const FRACTION = /^(\d{1,2})\/(\d{1,2})$/;
const DIGIT_RANGE = /^(\d{1,3}(?:,\d{3})*|\d+)[-–](\d{1,3}(?:,\d{3})*|\d+)$/;
const YEAR = /^\d{4}$/;

const toNumber = (digits: string) => Number.parseFloat(digits.replace(/,/g, ""));

/** "15.8 mln" is 15800000, not 15800000.000000002: a scaled decimal is rounded to the digits it was written with. */
const scaled = (value: number, scale: number) => (scale === 1 ? value : Number((value * scale).toPrecision(12)));

function reading(first: number, last: number, value: number, scale = 1, soleWord: string | null = null): NumberReading {
  return { first, last, value: scaled(value, scale), low: null, high: null, vague: false, scale, soleWord, yearLike: false };
}

/** A scale written against the number ("$3.7m", "39m cases"); apart from it "m" is a metre, not a million. */
function attachedScale(scan: SentenceScan, i: number): number | undefined {
  const number = tokenAt(scan, i);
  const next = tokenAt(scan, i + 1);
  if (!number || !next || next.start !== number.end) return undefined;
  return quantityLexicon().attachedScales.get(scan.words[i + 1]!);
}

function readDigits(scan: SentenceScan, i: number, text: string): NumberReading | undefined {
  const range = DIGIT_RANGE.exec(text);
  if (range) {
    const low = toNumber(range[1]!);
    const high = toNumber(range[2]!);
    if (!(low < high)) return undefined;
    return { ...reading(i, i, low), low, high };
  }
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const [numerator, denominator] = [Number(fraction[1]), Number(fraction[2])];
    return denominator > numerator ? reading(i, i, numerator / denominator) : undefined;
  }
  if (!DIGITS.test(text)) return undefined;
  const value = toNumber(text);
  const scale = scan.lex.scales.get(wordAt(scan, i + 1) ?? "") ?? attachedScale(scan, i);
  if (scale) return reading(i, i + 1, value, scale);
  const [from, to] = scan.lex.yearRange;
  const plain = reading(i, i, value);
  plain.yearLike = value >= from && value <= to && YEAR.test(text);
  return plain;
}

/** "twenty-five", "one hundred and fifty", "two thousand", "two dozen". */
function readNumberWords(scan: SentenceScan, i: number): NumberReading | undefined {
  const { units, tens, scales, counted } = scan.lex;
  let total = 0;
  let current = 0;
  let largestScale = 1;
  let j = i;
  for (;;) {
    const w = wordAt(scan, j) ?? "";
    const lastTwo = current % 100;
    const started = j > i;
    if (units.has(w) && (lastTwo === 0 || (lastTwo >= 20 && lastTwo % 10 === 0))) {
      current += units.get(w)!;
    } else if (tens.has(w) && lastTwo === 0) {
      current += tens.get(w)!;
      if (wordAt(scan, j + 1) === "-" && units.has(wordAt(scan, j + 2) ?? "")) {
        current += units.get(wordAt(scan, j + 2)!)!;
        j += 2;
      }
    } else if (started && w === "hundred" && current > 0 && current < 100) {
      current *= 100;
      const next = wordAt(scan, j + 2) ?? "";
      if (wordAt(scan, j + 1) === "and" && (units.has(next) || tens.has(next))) j++;
    } else if (started && scales.has(w) && current > 0) {
      total += scaled(current, scales.get(w)!);
      largestScale = Math.max(largestScale, scales.get(w)!);
      current = 0;
    } else if (started && counted.has(w) && current > 0 && current < 100) {
      current *= counted.get(w)!;
    } else {
      break;
    }
    j++;
  }
  if (j === i) return undefined;
  const last = j - 1;
  // the value is multiplied already; the scale is kept to say how it was written
  return { ...reading(i, last, total + current, 1, last === i ? wordAt(scan, i)! : null), scale: largestScale };
}

function readWords(scan: SentenceScan, i: number): NumberReading | undefined {
  const lex = scan.lex;
  const vague = matchAt(scan, lex.vague, i);
  if (vague) {
    const needsOf = lex.vagueNeedingOf.has(wordAt(scan, i)!);
    if (needsOf && wordAt(scan, vague.end) !== "of") return undefined;
    const [low, high] = vague.value;
    return { ...reading(i, vague.end - 1, 0), value: null, low, high, vague: true };
  }
  const word = wordAt(scan, i)!;
  if (lex.indefinite.has(word)) {
    const next = wordAt(scan, i + 1) ?? "";
    const size = lex.scales.get(next) ?? lex.counted.get(next);
    return size ? reading(i, i + 1, size, 1, next) : undefined;
  }
  return readNumberWords(scan, i);
}

/** The number that starts at token `i`, if any. */
export function readNumber(scan: SentenceScan, i: number): NumberReading | undefined {
  const token = tokenAt(scan, i);
  if (!token) return undefined;
  if (token.kind === "number") return readDigits(scan, i, token.text);
  return scan.lex.numberStarts.has(scan.words[i]!) ? readWords(scan, i) : undefined;
}

/** A range's lower end takes the upper end's scale when it has none: "1 to 2 million". */
function scaledLow(low: NumberReading, high: NumberReading): number {
  if (low.scale === 1 && high.scale > 1 && scaled(low.value!, high.scale) <= high.value!) return scaled(low.value!, high.scale);
  return low.value!;
}

function asRange(low: NumberReading, high: NumberReading, openerIndex: number | null): Amount | undefined {
  if (low.value === null || high.value === null || low.vague || high.vague) return undefined;
  const from = scaledLow(low, high);
  if (!(from < high.value)) return undefined;
  return {
    ...low, last: high.last, value: from, low: from, high: high.value, soleWord: null, yearLike: false,
    range: true, openerIndex,
  };
}

/** A number with the range it may open: "between 30 and 40", "30 to 40", "two or three", "30-40". */
export function readAmount(scan: SentenceScan, i: number): Amount | undefined {
  const first = readNumber(scan, i);
  if (!first) return undefined;
  const lex = scan.lex;
  const signed = tokenAt(scan, i - 1)?.kind === "currency";
  // "rose from $19bn to $41bn": the word before a currency sign opens the range or the change
  const before = wordAt(scan, signed ? i - 2 : i - 1) ?? "";
  const joiner = wordAt(scan, first.last + 1) ?? "";
  // "A$7.17 to A$8.24": the upper end may repeat the currency sign of the lower one
  const repeatsCurrency = signed && tokenAt(scan, first.last + 2)?.kind === "currency";
  const second = joiner ? readNumber(scan, first.last + (repeatsCurrency ? 3 : 2)) : undefined;
  if (second) {
    if (lex.rangeOpeners.has(before) && lex.rangeAnd.has(joiner)) {
      const range = asRange(first, second, signed ? i - 2 : i - 1);
      if (range) return range;
    }
    if (lex.rangeJoiners.has(joiner) && !lex.changeOpeners.has(before)) {
      const range = asRange(first, second, null);
      if (range) return range;
    }
  }
  return Object.assign(first, { range: first.low !== null && !first.vague, openerIndex: null });
}
