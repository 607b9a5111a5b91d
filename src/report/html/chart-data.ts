import type { Citation } from "../context.js";
import { EventTypeSchema, type Qualifier } from "../../record/schema.js";
import { signedScore } from "../labels.js";
import type { EventView, MomentumView, PointView, ReportView, SeriesView } from "../views/index.js";

/**
 * What the page's script draws, computed here so the script stays a thin layer over Chart.js. Dates are
 * day numbers (days since 1970-01-01) so charts space them by real time; tooltips are ready-made lines.
 */
export interface ChartPoint {
  x: number;
  y: number;
  tooltip: string[];
}

/** How a value bounds the count, drawn as the point's shape. */
export type Bound = "exact" | "approx" | "lower" | "upper";

const BOUNDS: Record<Exclude<Qualifier, "range">, Bound> = {
  exact: "exact", approx: "approx", at_least: "lower", more_than: "lower", at_most: "upper", less_than: "upper",
};

export interface SeriesLine {
  label: string;
  points: (ChartPoint & { bound: Bound })[];
  /** reported ranges, drawn as vertical bars from low to high */
  ranges: { x: number; low: number; high: number; tooltip: string[] }[];
}

export interface SeriesChart {
  canvasId: string;
  lines: SeriesLine[];
}

export interface ChartData {
  series: SeriesChart[];
  momentum: { index: ChartPoint[]; raw: ChartPoint[] };
  timeline: { types: string[]; events: (ChartPoint & { type: string })[] };
}

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export const seriesCanvasId = (index: number) => `series-chart-${index}`;

const cited = (c: Citation) => [c.outlet, c.date].filter(Boolean).join(", ") || c.title;

function pointTooltip(point: PointView): string[] {
  return [
    `${point.text}${point.asOf ? ` as of ${point.asOf}` : ""}`,
    `source: ${point.source ?? "unattributed"}`,
    `reported by: ${cited(point.evidence.citation)}`,
    ...(point.alsoIn.length ? [`also printed by: ${point.alsoIn.join("; ")}`] : []),
  ];
}

/** One line per source, so each claimant's numbers read as their own trend. Case and "the" do not split a source. */
function sourceKey(point: PointView): string {
  if (!point.source) return `unattributed (${point.outlet ?? "no outlet"})`;
  return point.source.replace(/^the\s+/i, "").replace(/\s+/g, " ").trim();
}

/**
 * How a point is drawn: a dated number as a point, a dated range as a bar. A vague amount ("dozens",
 * stored as bounds without a value) and an undated one are listed, not drawn.
 */
export function plotted(point: PointView): "value" | "range" | null {
  if (!point.asOf) return null;
  if (point.qualifier === "range") return point.low !== null && point.high !== null ? "range" : null;
  return point.value !== null ? "value" : null;
}

function seriesChart(series: SeriesView, index: number): SeriesChart {
  const lines = new Map<string, SeriesLine>();
  for (const point of series.points) {
    if (!plotted(point)) continue;
    const key = sourceKey(point);
    const line = lines.get(key.toLowerCase()) ?? { label: key, points: [], ranges: [] };
    lines.set(key.toLowerCase(), line);
    const x = dayNumber(point.asOf!);
    const shape = plotted(point);
    if (shape === "range") line.ranges.push({ x, low: point.low!, high: point.high!, tooltip: pointTooltip(point) });
    if (shape === "value") line.points.push({ x, y: point.value!, tooltip: pointTooltip(point), bound: BOUNDS[point.qualifier as Exclude<Qualifier, "range">] });
  }
  return { canvasId: seriesCanvasId(index), lines: [...lines.values()] };
}

function momentumChart(momentum: MomentumView): ChartData["momentum"] {
  const index = momentum.days.map((day) => ({
    x: dayNumber(day.date), y: day.index, tooltip: [`index ${signedScore(day.index)}`],
  }));
  const raw = momentum.days.filter((day) => day.raw !== null).map((day) => ({
    x: dayNumber(day.date),
    y: day.raw!,
    tooltip: [
      `day score ${signedScore(day.raw!)} from ${day.assessments.length} assessment${day.assessments.length === 1 ? "" : "s"}`,
      ...day.assessments.map((a) => `${a.polarity}: ${a.speaker ?? "unnamed"}${a.side ? ` (${a.side})` : ""}, ${cited(a.evidence.citation)}`),
    ],
  }));
  return { index, raw };
}

/**
 * The days the timeline chart shows: the documents' publication dates, plus a week before and a month
 * after (talks announced for later). Background events ("since an October 2022 offensive") would
 * otherwise stretch the axis over years and crush the period under study into one corner.
 */
const DAYS_BEFORE = 7;
const DAYS_AFTER = 31;

export function chartedEvents(view: ReportView): EventView[] {
  const { firstDate, lastDate } = view.overview;
  const dated = view.timeline.filter((event) => event.date);
  if (!firstDate || !lastDate) return dated;
  const [from, to] = [dayNumber(firstDate) - DAYS_BEFORE, dayNumber(lastDate) + DAYS_AFTER];
  return dated.filter((event) => dayNumber(event.date!) >= from && dayNumber(event.date!) <= to);
}

function timelineChart(events: EventView[]): ChartData["timeline"] {
  // Rows in the ontology's order, which runs from cooperation to force, so friendly and hostile events band together.
  const present = new Set(events.map((event) => event.type));
  const types = EventTypeSchema.options.filter((type) => present.has(type));
  return {
    types,
    events: events.map((event) => ({
      x: dayNumber(event.date!),
      y: types.indexOf(event.type),
      type: event.type,
      tooltip: [
        `${event.type} “${event.trigger}”${event.modality === "asserted" ? "" : ` (${event.modality})`}`,
        ...(event.actors.length ? [`by ${event.actors.join(", ")}`] : []),
        ...(event.place ? [`in ${event.place}`] : []),
        `reported by ${event.sources.map(cited).join("; ")}`,
      ],
    })),
  };
}

export function chartData(view: ReportView): ChartData {
  return {
    series: view.series.map(seriesChart),
    momentum: momentumChart(view.momentum),
    timeline: timelineChart(chartedEvents(view)),
  };
}
