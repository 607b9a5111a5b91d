import { dateIn } from "../text/dates.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import type { Span } from "./drafts.js";

/** Characters between an effective cue and its date ("takes effect at midnight on Friday"). */
const DATE_AFTER_CUE = 24;

/**
 * The first day of a deal written in words [from, to): an effective cue followed closely by a day, read
 * relative to the publication date ("It takes effect at midnight on Friday", "which took effect on
 * Saturday"). The span runs from `from` to the end of the date.
 */
export function effectiveDay(text: string, words: readonly Word[], from: number, to: number, published: string): { date: string; span: Span } | undefined {
  const v = vocabulary();
  const cue = v.effectiveCues.scan(words, from, to)[0];
  if (!cue) return undefined;
  const start = words[cue.from]!.start;
  const found = dateIn(text.slice(start, words[to - 1]!.end), published, v.futureCues.has(words, from, to));
  if (!found || found.index > words[cue.to - 1]!.end - start + DATE_AFTER_CUE) return undefined;
  return { date: found.date, span: { start: words[from]!.start, end: start + found.index + found.length } };
}
