import type { FigureRecord } from "../../record/schema.js";
import { groupBy } from "../collections.js";
import type { AnalysisConfig } from "../config.js";
import type { Corpus } from "../corpus.js";
import type { Collapsed } from "../dedupe/copies.js";
import { mostCommon, slug } from "../text.js";
import type { Series } from "../types.js";
import { groupContexts } from "./contexts.js";
import { compareReports, figureReport } from "./reports.js";

/**
 * Figures grouped by measure and normalised context across documents, each series ordered by asOf.
 * Figures of duplicated paragraphs arrive collapsed, so a wire paragraph printed five times is one point.
 */
export function buildSeries(corpus: Corpus, figures: Array<Collapsed<FigureRecord>>, settings: AnalysisConfig["figures"]): Series[] {
  const contextKey = groupContexts(figures.map((f) => f.primary.item.context), settings);
  const groups = groupBy(figures, (f) => JSON.stringify([f.primary.item.measure, contextKey(f.primary.item.context)]));
  const compare = compareReports(corpus);
  return [...groups.values()]
    .map((members): Series => {
      const { measure, context } = members[0]!.primary.item;
      const key = contextKey(context);
      const forms = members.map((m) => m.primary.item.context).filter((c): c is string => c !== null);
      return {
        id: `${measure}:${key === null ? "-" : slug(key)}`,
        measure,
        context: mostCommon(forms) ?? null,
        contextForms: [...new Set(forms)],
        points: members.map((m) => figureReport(corpus, m)).sort(compare),
      };
    })
    .sort((a, b) => a.measure.localeCompare(b.measure) || b.points.length - a.points.length || a.id.localeCompare(b.id));
}
