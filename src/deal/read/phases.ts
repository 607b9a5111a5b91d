import { numberAt } from "../text/numbers.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import type { Duration } from "./durations.js";

/** A phase named in a sentence ("the first phase", "phase two", "in the third"), at words [from, to). */
export interface PhaseMention {
  number: number;
  from: number;
  to: number;
}

/** "three phases", "a three-phase plan": how many phases, at words [from, to). */
export interface PhaseCount {
  count: number;
  from: number;
  to: number;
}

/** Words before a phase noun in which its ordinal is looked for ("the first 30-day phase"). */
const ORDINAL_REACH = 4;
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|initial|opening|final|last)$/;

function ordinalBefore(words: readonly Word[], at: number): { number: number; from: number } | undefined {
  const ordinals = vocabulary().ordinals;
  for (let i = at - 1; i >= Math.max(0, at - ORDINAL_REACH); i--) {
    const text = words[i]!.text;
    if (ORDINAL_WORD.test(text)) return { number: ordinals.get(text)!, from: i };
    if (/^[,;:.]$/.test(text)) return undefined;
  }
  return undefined;
}

/** Phases named and phase counts in words [from, to). `inPhaseTalk`: a bare "the third" may stand for a phase. */
export function phasesIn(words: readonly Word[], from: number, to: number, inPhaseTalk: boolean): { mentions: PhaseMention[]; counts: PhaseCount[] } {
  const v = vocabulary();
  const mentions: PhaseMention[] = [];
  const counts: PhaseCount[] = [];
  for (let i = from; i < to; i++) {
    const text = words[i]!.text;
    if (!v.phaseNouns.has(text)) continue;
    const plural = text.endsWith("s");
    const hyphen = words[i - 1]?.text === "-";
    const cardinal = numberAt(words, i - (hyphen ? 2 : 1));
    const ordinal = ordinalBefore(words, i);
    if ((plural || hyphen) && cardinal && !ordinal) {
      counts.push({ count: cardinal.value, from: i - (hyphen ? 2 : 1), to: i + 1 });
      continue;
    }
    const after = v.ordinals.get(words[i + 1]?.text ?? "");
    if (!plural && after !== undefined && !ORDINAL_WORD.test(words[i + 1]!.text)) mentions.push({ number: after, from: i, to: i + 2 });
    else if (!plural && ordinal) mentions.push({ number: ordinal.number, from: ordinal.from, to: i + 1 });
  }
  if (inPhaseTalk || mentions.length || counts.length) mentions.push(...ellipses(words, from, to, mentions));
  return { mentions: mentions.sort((a, b) => a.from - b.from), counts };
}

/** "... and the remains returned in the third": an ordinal after "the" that ends its phrase. */
function ellipses(words: readonly Word[], from: number, to: number, named: readonly PhaseMention[]): PhaseMention[] {
  const ordinals = vocabulary().ordinals;
  const out: PhaseMention[] = [];
  for (let i = from + 1; i < to; i++) {
    const text = words[i]!.text;
    if (!ORDINAL_WORD.test(text) || words[i - 1]!.text !== "the") continue;
    if (named.some((m) => i >= m.from && i < m.to)) continue;
    const next = words[i + 1]?.text;
    if (next === undefined || /^[,;:.)"”]$/.test(next)) out.push({ number: ordinals.get(text)!, from: i - 1, to: i + 1 });
  }
  return out;
}

/** The phase a duration gives the length of: "the first 30-day phase", "phase one, lasting 30 days", "six weeks of phase one". */
export function phaseOfDuration(words: readonly Word[], d: Duration, mentions: readonly PhaseMention[]): PhaseMention | undefined {
  const v = vocabulary();
  return mentions.find((m) => {
    if (d.from > m.from && d.to <= m.to) return true;
    if (d.to === m.from || (words[d.to]?.text === "of" && d.to + 1 === m.from)) return true;
    if (d.from >= m.to && d.from - m.to <= 4) return v.phaseLength.has(words, m.to, d.from);
    return false;
  });
}
