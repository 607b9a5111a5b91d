import { vocabulary } from "../vocabulary.js";
import type { Word } from "./words.js";

export interface NumberAt {
  value: number;
  /** word index after the number */
  to: number;
}

/** The number written at word `at`: digits ("9,400"), or words ("thirty", "seventy-two", "two hundred"). */
export function numberAt(words: readonly Word[], at: number): NumberAt | undefined {
  const word = words[at];
  if (!word) return undefined;
  if (/^\d/.test(word.text)) {
    const value = Number(word.text.replace(/,/g, ""));
    return Number.isFinite(value) ? { value, to: at + 1 } : undefined;
  }
  const { units, tens, scales } = vocabulary().numbers;
  let value = units[word.text] ?? tens[word.text];
  if (value === undefined) return undefined;
  let to = at + 1;
  if (tens[word.text] !== undefined) {
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
