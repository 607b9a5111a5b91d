import { vocabulary } from "../vocabulary.js";
import { spanOf, type ClauseContext } from "./clause-context.js";
import type { ExchangeSide, ExchangeValue, Span } from "./drafts.js";
import { categoriesIn, ratesIn } from "./releases.js";

/** What a side gives when it names no people: a ceasefire ("to halt air strikes in exchange for ..."). */
function otherGood(ctx: ClauseContext, from: number, to: number): string | undefined {
  const v = vocabulary();
  if (v.ceasefireNouns.has(ctx.words, from, to) || v.ceasefireVerbs.has(ctx.words, from, to)) return "ceasefire";
  if (v.aidPhrases.has(ctx.words, from, to)) return "aid";
  return undefined;
}

function side(ctx: ClauseContext, from: number, to: number, pick: "first" | "last"): ExchangeSide | undefined {
  const categories = categoriesIn(ctx, from, to);
  const c = pick === "first" ? categories[0] : categories[categories.length - 1];
  if (c) return { by: null, what: c.category, count: c.count };
  const good = otherGood(ctx, from, to);
  return good ? { by: null, what: good, count: null } : undefined;
}

/** Who releases what: the side the clause's releases give it. */
export type ReleaserOf = (category: string) => Pick<ExchangeSide, "by" | "counterpartOf">;

const withSide = (s: ExchangeSide, sideOf: ReleaserOf): ExchangeSide => ({ ...s, ...sideOf(s.what) });

const ratioOf = (give: ExchangeSide, get: ExchangeSide) =>
  give.count && get.count ? Math.round((get.count / give.count) * 100) / 100 : null;

/**
 * What is given for what: "X in exchange for Y" gives X and gets Y; "three prisoners for every hostage"
 * gives one hostage for three prisoners. `byOf` says who releases a category, from the clause's releases.
 */
export function readExchange(ctx: ClauseContext, sideOf: ReleaserOf): { value: ExchangeValue; span: Span } | undefined {
  const v = vocabulary();
  const { words, clause } = ctx;
  const marker = v.exchangeMarkers.scan(words, clause.from, clause.to)[0];
  if (marker) {
    const give = side(ctx, clause.from, marker.from, "first");
    const get = side(ctx, marker.to, clause.to, "first");
    if (!give || !get || give.what === get.what) return undefined;
    // "in exchange for prisoners, at a ratio of 30 prisoners for each hostage": the rate gives the ratio
    const rate = ratesIn(ctx).find((r) => r.of === get.what && r.per === give.what);
    const value = { give: withSide(give, sideOf), get: withSide(get, sideOf), ratio: ratioOf(give, get) ?? rate?.count ?? null };
    return { value, span: spanOf(words, clause.from, clause.to) };
  }
  const ratio = v.ratioMarkers.scan(words, clause.from, clause.to).find((m) => words[m.from]!.text === "for");
  if (!ratio) return undefined;
  const get = side(ctx, clause.from, ratio.from, "last");
  const give = side(ctx, ratio.to, clause.to, "first");
  if (!give || !get || give.what === get.what || get.count === null) return undefined;
  const value = { give: withSide(give, sideOf), get: withSide(get, sideOf), ratio: get.count / (give.count ?? 1) };
  return { value, span: spanOf(words, clause.from, clause.to) };
}
