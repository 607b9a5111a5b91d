import { readKbFile } from "./files.js";

interface NumberWordsFile {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  indefinite: string[];
}

export interface WrittenNumber {
  value: number;
  /** index of the word after the number */
  to: number;
}

let table: NumberWordsFile | undefined;
const numberWords = () => (table ??= readKbFile<NumberWordsFile>("number-words.json"));

const DIGITS = /^\d[\d,]*$/;

/**
 * The number written at word `at` of a lower-case word list: digits ("9,400") or words ("thirty",
 * "seventy-two", "two hundred"; with `indefinite`, "a" and "an" count one, as in "a month"). Shared by
 * the stages and the deal reader, so that they all read numbers from number-words.json alike.
 */
export function writtenNumberAt(words: readonly { text: string }[], at: number, indefinite = false): WrittenNumber | undefined {
  const text = words[at]?.text;
  if (text === undefined) return undefined;
  if (DIGITS.test(text)) {
    const value = Number(text.replace(/,/g, ""));
    return Number.isFinite(value) ? { value, to: at + 1 } : undefined;
  }
  const { units, tens, scales } = numberWords();
  let value = units[text] ?? tens[text] ?? (indefinite && numberWords().indefinite.includes(text) ? 1 : undefined);
  if (value === undefined) return undefined;
  let to = at + 1;
  if (tens[text] !== undefined) {
    const hyphen = words[to]?.text === "-" ? 1 : 0;
    const unit = units[words[to + hyphen]?.text ?? ""];
    if (unit !== undefined && unit < 10) {
      value += unit;
      to += hyphen + 1;
    }
  }
  const scale = scales[words[to]?.text ?? ""];
  if (scale !== undefined) {
    value *= scale;
    to++;
  }
  return { value, to };
}

/** A length of time written as a number and a unit ("30-day", "six weeks", "a month"), at words [from, to), in days. */
export interface WrittenDuration {
  from: number;
  to: number;
  days: number;
}

/** Durations in words [from, to) with days per unit from `units`; only whole days count ("48 hours", not "12 hours"). */
export function writtenDurations(words: readonly { text: string }[], units: ReadonlyMap<string, number>, from = 0, to = words.length, indefinite = false): WrittenDuration[] {
  const found: WrittenDuration[] = [];
  for (let i = from; i < to; i++) {
    const n = writtenNumberAt(words, i, indefinite);
    if (!n || n.to >= to) continue;
    const unitAt = words[n.to]?.text === "-" ? n.to + 1 : n.to;
    const perDay = units.get(words[unitAt]?.text ?? "");
    if (perDay === undefined || unitAt >= to) continue;
    const days = n.value * perDay;
    if (Math.abs(days - Math.round(days)) < 1e-9 && days >= 1) found.push({ from: i, to: unitAt + 1, days: Math.round(days) });
    i = unitAt;
  }
  return found;
}
