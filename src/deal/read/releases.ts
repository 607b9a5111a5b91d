import type { PhraseMatch } from "../text/phrases.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import type { Clause } from "./clauses.js";
import { negatedAt } from "./clauses.js";
import { countBefore, spanOf, type ClauseContext } from "./clause-context.js";
import type { Included, ReleaseValue, Side, Span } from "./drafts.js";
import { partyAfter, partyBefore } from "./near.js";

export interface CategoryAt {
  category: string;
  count: number | null;
  /** who is among them: the members of a counted list, or a subset ("including four children") */
  includes: Included[];
  from: number;
  to: number;
}

interface Building extends CategoryAt {
  /** a pool noun or phrase named what the list is ("held hostage", "prisoners") */
  pooled: boolean;
}

const joinedAsList = (words: readonly Word[], from: number, to: number) =>
  to > from && words.slice(from, to).every((w) => vocabulary().listWords.has(w.text));

/** The item becomes what its pool names; what it was becomes one of the people it includes. */
function pool(item: Building, category: string, to: number): void {
  if (item.category === category && !item.includes.length) return;
  if (!item.includes.length) item.includes = [{ category: item.category, count: null }];
  Object.assign(item, { category, pooled: true, to });
}

/**
 * Who or what a clause names as released, with counts: "300 prisoners"; "50 women and children held
 * hostage" (50 hostages: women and children); "13 hostages, including four children"; "women, children
 * and elderly prisoners" (no count: each category on its own, prisoners being the pool).
 */
export function categoriesIn(ctx: ClauseContext, from: number, to: number): CategoryAt[] {
  const v = vocabulary();
  const { words } = ctx;
  const held = v.heldAs.scan(words, from, to);
  const subsets = v.subsetCues.scan(words, from, to);
  const found = v.categories.scan(words, from, to).filter((m) => !held.some((h) => m.from >= h.from && m.to <= h.to));
  const out: Building[] = [];
  const seen = new Set<string>();
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && last.to === m.from && v.poolNouns.has(words[m.from]!.text)) {
      if (last.count !== null) pool(last, m.value, m.to);
      continue;
    }
    const count = countBefore(words, ctx.clause, m.from);
    const start = count?.from ?? m.from;
    if (last && subsets.some((s) => s.from >= last.to && s.to <= start)) {
      last.includes.push({ category: m.value, count: count?.value ?? null });
      continue;
    }
    if (last && last.count !== null && !count && !last.pooled && joinedAsList(words, last.to, m.from)) {
      if (!last.includes.length) last.includes.push({ category: last.category, count: null });
      last.includes.push({ category: m.value, count: null });
      last.to = m.to;
      continue;
    }
    if (seen.has(m.value) && count === undefined) continue;
    seen.add(m.value);
    out.push({ category: m.value, count: count?.value ?? null, includes: [], from: start, to: m.to, pooled: false });
  }
  for (const h of held) {
    const item = out.find((o) => o.to <= h.from && h.from - o.to <= 1);
    if (item) pool(item, h.value, h.to);
  }
  // a counted list with no pool named: "50 women and children" are 50 people
  return out.map(({ pooled, ...item }) => (item.includes.length > 1 && !pooled && item.includes.every((i) => i.count === null)
    && item.includes[0]!.category === item.category ? { ...item, category: "people" } : item));
}

/** The first release verb of the clause that frees someone ("return to their homes" does not). */
export function releaseVerb(ctx: ClauseContext, clause: Clause = ctx.clause): PhraseMatch<string> | undefined {
  const v = vocabulary();
  const excluded = v.notReleases.scan(ctx.words, clause.from, clause.to);
  return v.releaseVerbs.scan(ctx.words, clause.from, clause.to)
    .find((m) => !excluded.some((x) => m.from >= x.from && m.from < x.to));
}

/** "in exchange for", "for every": what comes after it is what the releasing side gets. */
export function exchangeMarker(ctx: ClauseContext, until = ctx.clause.to): PhraseMatch<string> | undefined {
  const v = vocabulary();
  const { words, clause } = ctx;
  const marker = v.exchangeMarkers.scan(words, clause.from, until)[0];
  return marker ?? v.ratioMarkers.scan(words, clause.from, until).find((m) => words[m.from]!.text === "for");
}

export interface ReleaseRead {
  value: ReleaseValue;
  span: Span;
}

/**
 * Who is released in a clause and by whom: "the NLF will free the women, children, elderly and wounded".
 * In an exchange ("Hamas will release 50 hostages in exchange for 150 prisoners") the people after the
 * marker are released by the other side: held by a party the clause names ("held by Israel"), else the
 * releasing side's counterpart among the deal's parties.
 */
export function readReleases(ctx: ClauseContext, until = ctx.clause.to): ReleaseRead[] {
  const verb = releaseVerb(ctx);
  if (!verb || negatedAt(ctx.words, ctx.clause, verb.from)) return [];
  const marker = exchangeMarker(ctx, until);
  const given = categoriesIn(ctx, ctx.clause.from, marker && marker.from > verb.from ? marker.from : until);
  if (!given.length) return [];
  const last = given[given.length - 1]!;
  const by: Side = partyAfter(ctx.words, ctx.mentions, ctx.clause, last.to, ["by", "in"])
    ?? partyBefore(ctx.mentions, ctx.clause, Math.min(verb.from, given[0]!.from));
  const span = spanOf(ctx.words, Math.min(verb.from, given[0]!.from), Math.max(verb.to, last.to));
  const out: ReleaseRead[] = given.map((c) => ({ value: { by, category: c.category, count: c.count, includes: c.includes }, span }));
  if (!marker || marker.from < verb.from) return out;
  for (const c of categoriesIn(ctx, marker.to, until)) {
    const holder = partyAfter(ctx.words, ctx.mentions, ctx.clause, c.to, ["by", "in"]);
    const value: ReleaseValue = { by: holder, category: c.category, count: c.count, includes: c.includes };
    if (!holder && by) value.counterpartOf = by;
    out.push({ value, span: spanOf(ctx.words, c.from, c.to) });
  }
  return out;
}
