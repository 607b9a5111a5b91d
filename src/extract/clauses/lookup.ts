import type { Clause } from "../../doc/clause.js";
import type { Doc } from "../../doc/doc.js";

const byToken = new WeakMap<Clause[], Int32Array>();

/** For each token, the index of the clause whose words hold it, or -1 (built once per clause list). */
function tokenIndex(doc: Doc): Int32Array {
  let index = byToken.get(doc.clauses);
  if (!index) {
    index = new Int32Array(doc.tokens.length).fill(-1);
    for (const c of doc.clauses) for (let k = c.first; k <= c.last; k++) index[k] = c.index;
    byToken.set(doc.clauses, index);
  }
  return index;
}

/** The clause whose words hold token `token` (its subject, verb chain, object or complement words), if any. */
export function clauseAt(doc: Doc, token: number): Clause | undefined {
  const i = tokenIndex(doc)[token];
  return i === undefined || i < 0 ? undefined : doc.clauses[i];
}

/** The clauses of one sentence, in order. */
export function clausesOfSentence(doc: Doc, sentence: number): Clause[] {
  const all = doc.clauses;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < all.length && all[end]!.sentence === sentence) end++;
  return all.slice(lo, end);
}
