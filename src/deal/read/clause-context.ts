import type { PartyMention } from "../parties.js";
import { numberAt } from "../text/numbers.js";
import type { Word } from "../text/words.js";
import type { Clause } from "./clauses.js";
import type { Span } from "./drafts.js";

/** What every term reader gets: one clause of a sentence, its words, and the parties named in the sentence. */
export interface ClauseContext {
  text: string;
  words: readonly Word[];
  mentions: readonly PartyMention[];
  clause: Clause;
}

/** Document offsets of words [from, to). */
export const spanOf = (words: readonly Word[], from: number, to: number): Span => ({ start: words[from]!.start, end: words[to - 1]!.end });

/** Words that may stand between a count and what it counts ("150 Palestinian prisoners", "50 more hostages"). */
const COUNT_MODIFIERS = /^(?:more|additional|other|further|-|[\p{Lu}].*)$/u;
const COUNT_REACH = 3;

/** The number counting the noun at word `at`: "300 prisoners", "19 children", not "hundreds of prisoners". */
export function countBefore(words: readonly Word[], clause: Clause, at: number): { value: number; from: number } | undefined {
  for (let i = at - 1; i >= Math.max(clause.from, at - COUNT_REACH); i--) {
    const n = numberAt(words, i);
    if (n && n.to === at) return { value: n.value, from: i };
    if (n && words.slice(n.to, at).every((w) => COUNT_MODIFIERS.test(w.raw))) return { value: n.value, from: i };
    if (!COUNT_MODIFIERS.test(words[i]!.raw) && !/^[a-z]+$/.test(words[i]!.text)) return undefined;
    if (/^(?:of|and|or|the|a|an)$/.test(words[i]!.text)) return undefined;
  }
  return undefined;
}
