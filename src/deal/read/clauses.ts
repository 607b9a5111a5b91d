import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";

/** Words [from, to) of a sentence that a term's phase and party are read within. */
export interface Clause {
  from: number;
  to: number;
}

/**
 * Words [from, until) of a sentence cut at clause breaks ("; ", ", and", ", while"). A break only cuts
 * when the words after it hold a verb of their own, so a list ("women, children, and the wounded held
 * by either side") stays in one clause. Words after a contrast ("rather than") are left out.
 */
export function clausesOf(words: readonly Word[], from = 0, until = words.length): Clause[] {
  const v = vocabulary();
  const contrast = v.contrastMarkers.scan(words, from, until)[0];
  const end = contrast ? contrast.from : until;
  const breaks = v.clauseBreaks.scan(words, from, end).filter((b, i, all) => {
    const next = all[i + 1]?.from ?? end;
    return hasVerb(words, b.to, next);
  });
  const clauses: Clause[] = [];
  let start = from;
  for (const b of breaks) {
    if (b.from > start) clauses.push({ from: start, to: b.from });
    start = b.to;
  }
  if (end > start) clauses.push({ from: start, to: end });
  return clauses;
}

function hasVerb(words: readonly Word[], from: number, to: number): boolean {
  const v = vocabulary();
  for (let i = from; i < to; i++) {
    if (v.verbCues.has(words[i]!.text)) return true;
    if (v.releaseVerbs.at(words, i, to) || v.withdrawalVerbs.at(words, i, to) || v.withdrawalSplitVerbs.has(words[i]!.text)) return true;
  }
  return false;
}

/** A negator within the reach before word `at` (and inside the clause): "would not withdraw". */
export function negatedAt(words: readonly Word[], clause: Clause, at: number): boolean {
  const v = vocabulary();
  return v.negators.scan(words, Math.max(clause.from, at - v.negationReach), at).length > 0;
}

export const clauseText = (text: string, words: readonly Word[], clause: Clause) =>
  text.slice(words[clause.from]!.start, words[clause.to - 1]!.end).replace(/^[\s,;:—–-]+|(?<![\s,;:—–-])[\s,;:—–-]+$/g, "");
