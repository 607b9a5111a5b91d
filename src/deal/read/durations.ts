import { writtenDurations, type WrittenDuration } from "../../kb/numbers.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";

export type Duration = WrittenDuration;

/** Durations in words [from, to); hours count only when they make whole days. */
export const durations = (words: readonly Word[], from: number, to: number): Duration[] => writtenDurations(words, vocabulary().units, from, to);

/** The ceasefire length among `list`: a duration next to a ceasefire noun, or after a ceasefire verb and "for". */
export function ceasefireDuration(words: readonly Word[], list: readonly Duration[], from: number, to: number): Duration | undefined {
  const v = vocabulary();
  const nouns = v.ceasefireNouns.scan(words, from, to);
  const verbs = v.ceasefireVerbs.scan(words, from, to);
  const NEAR = 4;
  return list.find((d) =>
    nouns.some((n) => (n.from >= d.to && n.from - d.to <= 2) || (d.from >= n.to && d.from - n.to <= NEAR))
    || verbs.some((m) => d.from > m.to && d.from - m.to <= 2 && words.slice(m.to, d.from).some((w) => w.text === "for")));
}
