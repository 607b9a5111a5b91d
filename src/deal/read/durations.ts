import { numberAt } from "../text/numbers.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";

/** A length of time written as a number and a unit ("30-day", "six weeks", "48 hours"), at words [from, to). */
export interface Duration {
  from: number;
  to: number;
  days: number;
}

/** Durations in words [from, to); hours count only when they make whole days. */
export function durations(words: readonly Word[], from: number, to: number): Duration[] {
  const found: Duration[] = [];
  for (let i = from; i < to; i++) {
    const n = numberAt(words, i);
    if (!n || n.to >= to) continue;
    const unitAt = words[n.to]?.text === "-" ? n.to + 1 : n.to;
    const perDay = vocabulary().units.get(words[unitAt]?.text ?? "");
    if (perDay === undefined || unitAt >= to) continue;
    const days = n.value * perDay;
    if (Math.abs(days - Math.round(days)) < 1e-9 && days >= 1) found.push({ from: i, to: unitAt + 1, days: Math.round(days) });
    i = unitAt;
  }
  return found;
}

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
