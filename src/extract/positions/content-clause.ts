import { boundaryAt, endsAtPunctuation, type Wanted } from "./complement.js";
import type { SentenceContext } from "./context.js";
import { stanceWords } from "./words.js";

const CLAUSE_OPENERS = new Set(["DET", "PROPN", "NOUN", "PRON"]);
const MAX_CLAUSE = 20;
const TRAILING = new Set(["CCONJ", "DET", "ADP", "PART", "SCONJ"]);

/**
 * 'rejected suggestions the U.S. and EC agree a freeze in export subsidies': a noun of
 * stance-content-nouns.json in the wanted thing, followed by a clause with its own subject and
 * verb, has that clause as its content; the clause's last token (up to punctuation or a boundary
 * word, names read whole), or -1.
 */
export function contentClauseEnd(ctx: SentenceContext, wanted: Wanted): number {
  const nouns = stanceWords().contentNouns;
  let noun = wanted.first;
  while (noun <= wanted.last && !nouns.has(ctx.word(noun))) noun++;
  if (noun > wanted.last) return -1;
  let start = noun + 1;
  if (ctx.word(start) === "that") start++;
  if (!CLAUSE_OPENERS.has(ctx.pos(start)) && !ctx.mentionAt(start)) return -1;
  let last = -1;
  let verb = false;
  for (let k = start; ctx.inside(k) && k - start < MAX_CLAUSE; k++) {
    const mention = ctx.mentionAt(k);
    if (mention) {
      last = k = mention.last;
      continue;
    }
    if (endsAtPunctuation(ctx, k) || boundaryAt(ctx, k)) break;
    verb ||= ctx.pos(k) === "VERB" || ctx.pos(k) === "AUX";
    last = k;
  }
  while (last > start && TRAILING.has(ctx.pos(last))) last--;
  return verb ? last : -1;
}
