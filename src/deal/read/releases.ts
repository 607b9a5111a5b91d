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
  /** where the list of people it includes ends so far */
  includedTo?: number;
}

/** Words that may stand between the members of a list of people: "elderly people and the wounded". */
const listFiller = (words: readonly Word[], from: number, to: number) =>
  words.slice(from, to).every((w) => vocabulary().listWords.has(w.text) || w.text === "the" || vocabulary().poolNouns.has(w.text));

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
    // the subset goes on while its list does: "among them women, children ..., in exchange for prisoners" ends at "in exchange"
    const cue = last && subsets.find((s) => s.from >= last.to && s.to <= start);
    if (last && cue && listFiller(words, Math.max(cue.to, last.includedTo ?? cue.to), start)) {
      last.includes.push({ category: m.value, count: count?.value ?? null });
      last.includedTo = m.to;
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
  return out.map(({ pooled, includedTo: _, ...item }) => (item.includes.length > 1 && !pooled && item.includes.every((i) => i.count === null)
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

/** "30 prisoners for each hostage": a count of one category per one of another, at words [from, to). */
export interface Rate {
  count: number;
  of: string;
  per: string;
  from: number;
  to: number;
}

/** The rates a clause states: a counted category, a ratio marker, then a category right after it. */
export function ratesIn(ctx: ClauseContext): Rate[] {
  const v = vocabulary();
  const categories = categoriesIn(ctx, ctx.clause.from, ctx.clause.to);
  return v.ratioMarkers.scan(ctx.words, ctx.clause.from, ctx.clause.to).flatMap((marker) => {
    const of = categories.find((c) => c.to === marker.from && c.count !== null);
    // the category after the marker is read on its own: a list reader would skip one already named
    const per = v.categories.scan(ctx.words, marker.to, Math.min(ctx.clause.to, marker.to + 2))[0];
    return of && per && of.category !== per.value ? [{ count: of.count!, of: of.category, per: per.value, from: of.from, to: per.to }] : [];
  });
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
  // a rate ("50 prisoners for each hostage") is the exchange's ratio, not a number of people released
  const rates = ratesIn(ctx);
  const released = (c: CategoryAt) => !rates.some((r) => c.from >= r.from && c.to <= r.to);
  const given = categoriesIn(ctx, ctx.clause.from, marker && marker.from > verb.from ? marker.from : until).filter(released);
  if (!given.length) return [];
  const last = given[given.length - 1]!;
  const by: Side = partyAfter(ctx.words, ctx.mentions, ctx.clause, last.to, ["by", "in"])
    ?? partyBefore(ctx.mentions, ctx.clause, Math.min(verb.from, given[0]!.from));
  const span = spanOf(ctx.words, Math.min(verb.from, given[0]!.from), Math.max(verb.to, last.to));
  const out: ReleaseRead[] = given.map((c) => ({ value: { by, category: c.category, count: c.count, includes: c.includes }, span }));
  if (!marker || marker.from < verb.from) return out;
  for (const c of categoriesIn(ctx, marker.to, until).filter(released)) {
    const holder = partyAfter(ctx.words, ctx.mentions, ctx.clause, c.to, ["by", "in"]);
    const value: ReleaseValue = { by: holder, category: c.category, count: c.count, includes: c.includes };
    if (!holder && by) value.counterpartOf = by;
    out.push({ value, span: spanOf(ctx.words, c.from, c.to) });
  }
  return out;
}
