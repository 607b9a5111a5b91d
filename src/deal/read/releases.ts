import { vocabulary } from "../vocabulary.js";
import type { Clause } from "./clauses.js";
import { negatedAt } from "./clauses.js";
import { countBefore, spanOf, type ClauseContext } from "./clause-context.js";
import type { ReleaseValue, Side, Span } from "./drafts.js";
import { partyAfter, partyBefore } from "./near.js";
import type { PhraseMatch } from "../text/phrases.js";

export interface CategoryAt {
  category: string;
  count: number | null;
  from: number;
  to: number;
}

/**
 * Who or what a clause names as released ("women, children and elderly prisoners", "300 prisoners"):
 * categories with their counts; a pool noun right after a category is the pool, not one more category.
 */
export function categoriesIn(ctx: ClauseContext, from: number, to: number): CategoryAt[] {
  const found = vocabulary().categories.scan(ctx.words, from, to);
  const pools = vocabulary().poolNouns;
  const kept = found.filter((m, i) => !(i > 0 && found[i - 1]!.to === m.from && pools.has(ctx.words[m.from]!.text)));
  const seen = new Set<string>();
  const out: CategoryAt[] = [];
  for (const m of kept) {
    const count = countBefore(ctx.words, ctx.clause, m.from);
    if (seen.has(m.value) && count === undefined) continue;
    seen.add(m.value);
    out.push({ category: m.value, count: count?.value ?? null, from: count?.from ?? m.from, to: m.to });
  }
  return out;
}

/** The first release verb of the clause that frees someone ("return to their homes" does not). */
export function releaseVerb(ctx: ClauseContext, clause: Clause = ctx.clause): PhraseMatch<string> | undefined {
  const v = vocabulary();
  const excluded = v.notReleases.scan(ctx.words, clause.from, clause.to);
  return v.releaseVerbs.scan(ctx.words, clause.from, clause.to)
    .find((m) => !excluded.some((x) => m.from >= x.from && m.from < x.to));
}

export interface ReleaseRead {
  value: ReleaseValue;
  span: Span;
}

/** Who is released in a clause and by whom: "the NLF will free the women, children, elderly and wounded". */
export function readReleases(ctx: ClauseContext, until = ctx.clause.to): ReleaseRead[] {
  const verb = releaseVerb(ctx);
  if (!verb || negatedAt(ctx.words, ctx.clause, verb.from)) return [];
  const categories = categoriesIn(ctx, ctx.clause.from, until);
  if (!categories.length) return [];
  const last = categories[categories.length - 1]!;
  const by: Side = partyAfter(ctx.words, ctx.mentions, ctx.clause, last.to, ["by", "in"])
    ?? partyBefore(ctx.mentions, ctx.clause, Math.min(verb.from, categories[0]!.from));
  const span = spanOf(ctx.words, Math.min(verb.from, categories[0]!.from), Math.max(verb.to, last.to));
  return categories.map((c) => ({ value: { by, category: c.category, count: c.count }, span }));
}
