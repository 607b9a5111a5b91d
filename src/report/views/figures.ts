import type { FigureReport, Series } from "../../analysis/types.js";
import type { Qualifier } from "../../record/schema.js";
import type { CitedExcerpt, ReportContext } from "../context.js";
import { copiesText } from "./copies.js";
import { dateSpan, figureText, humanize } from "../labels.js";

export interface PointView {
  asOf: string | null;
  /** as an analyst would say it: "at least 40" */
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** the attribution as written, null when the outlet states the figure itself */
  source: string | null;
  outlet: string | null;
  evidence: CitedExcerpt;
  /** other outlets that printed the same paragraph: "Outlet, date" */
  alsoIn: string[];
}

export interface SeriesView {
  id: string;
  title: string;
  context: string | null;
  /** "grouped because ...": why these figures are one series */
  grouping: string[];
  points: PointView[];
}

export interface ConflictView {
  id: string;
  title: string;
  /** why the values are counts of one quantity */
  grouping: string[];
  context: string | null;
  window: string;
  values: PointView[];
}

export function pointView(context: ReportContext, figure: FigureReport): PointView {
  return {
    asOf: figure.asOf,
    text: figureText(figure),
    value: figure.value,
    low: figure.low,
    high: figure.high,
    qualifier: figure.qualifier,
    source: figure.source,
    outlet: figure.outlet,
    evidence: context.cite(figure),
    alsoIn: copiesText(context, figure.copies),
  };
}

/** "Killed (children), part of a total": what the series counts, said in its title. */
function seriesTitle(series: Series): string {
  const qualifiers = [
    series.population ? ` (${series.population})` : "",
    series.part ? ", part of a total" : "",
    series.scope === "cumulative" ? ", whole conflict" : "",
  ];
  return humanize(series.measure) + qualifiers.join("");
}

export function seriesViews(context: ReportContext): SeriesView[] {
  return context.analysis.series.map((series) => ({
    id: series.id,
    title: seriesTitle(series),
    context: series.context,
    grouping: series.grouping,
    points: series.points.map((point) => pointView(context, point)),
  }));
}

export function conflictViews(context: ReportContext): ConflictView[] {
  return context.analysis.conflicts.map((conflict) => ({
    id: conflict.id,
    title: humanize(conflict.measure),
    context: conflict.context,
    grouping: conflict.grouping ?? [],
    window: dateSpan(conflict.from, conflict.to),
    values: conflict.values.map((value) => pointView(context, value)),
  }));
}
