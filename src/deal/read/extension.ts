import { vocabulary } from "../vocabulary.js";
import { negatedAt } from "./clauses.js";
import { spanOf, type ClauseContext } from "./clause-context.js";
import type { ExtensionValue, Span } from "./drafts.js";
import type { Duration } from "./durations.js";
import { categoriesIn, exchangeMarker } from "./releases.js";

/** Words between an extension cue and its duration, either way round ("extended by one day", "a two-day extension"). */
const EXTENSION_REACH = 3;

/**
 * An extension of the ceasefire in a clause: "could be extended by one day for every 10 additional
 * hostages released" (a rule: +1 day per 10 hostages), "agreed to extend the truce by two days". The
 * duration is the days added, never the ceasefire's length.
 */
export function readExtension(ctx: ClauseContext, found: readonly Duration[]): { value: ExtensionValue; span: Span; duration: Duration } | undefined {
  const v = vocabulary();
  const { words, clause } = ctx;
  for (const cue of v.extensionCues.scan(words, clause.from, clause.to)) {
    if (negatedAt(words, clause, cue.from)) continue;
    const duration = found.find((d) => (d.from >= cue.to && d.from - cue.to <= EXTENSION_REACH) || (cue.from >= d.to && cue.from - d.to <= EXTENSION_REACH));
    if (!duration) continue;
    const marker = exchangeMarker(ctx);
    const per = marker && marker.from >= duration.to ? categoriesIn(ctx, marker.to, clause.to)[0] : undefined;
    const conditional = v.conditionalCues.has(words, clause.from, clause.to);
    const to = Math.max(cue.to, duration.to, per?.to ?? 0);
    return {
      value: { days: duration.days, per: per ? { category: per.category, count: per.count } : null, conditional },
      span: spanOf(words, Math.min(cue.from, duration.from), to), duration,
    };
  }
  return undefined;
}
