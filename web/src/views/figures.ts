import { dateRange, evidenceLink, section, sourceLink } from "../components.js";
import { dayLabel, dayNumber, makeChart, PALETTE } from "../charts.js";
import { h, type Child } from "../dom.js";
import { formatDate, formatFigure, formatNumber, humanize, plotValue } from "../format.js";
import { documentHref, type Route } from "../links.js";
import { listSection } from "../list-view.js";
import type { Conflict, FigureReport, Series } from "../types.js";
import type { Rendered } from "../view.js";

/** Who a figure is attributed to; the outlet itself when the article states it without a source. */
const attribution = (figure: FigureReport) => figure.source ?? `${figure.outlet ?? "the outlet"} (unattributed)`;

/** What a series counts: the group, a part of a total, a whole-conflict total, then its incident or place. */
const seriesTitle = (s: { measure: string; context: string | null } & Partial<Pick<Series, "population" | "part" | "scope">>) =>
  humanize(s.measure) + (s.population ? ` (${s.population})` : "") + (s.part ? ", part of a total" : "")
  + (s.scope === "cumulative" ? ", whole conflict" : "") + (s.context ? ` — ${s.context}` : "");

const dayOf = (point: FigureReport) => point.asOf ?? point.date;

function conflictCard(conflict: Conflict): HTMLElement {
  return h("div", { class: "conflict" },
    h("h3", {}, seriesTitle(conflict), h("span", { class: "muted" }, `  ${dateRange(conflict.from, conflict.to)}`)),
    h("div", { class: "conflict-values" }, conflict.values.map((v) => h("div", { class: "conflict-value" },
      h("span", { class: "figure-value" }, formatFigure(v)),
      h("span", { class: "figure-source" }, attribution(v)),
      evidenceLink(v),
      sourceLink(v)))));
}

const copiesNote = (point: FigureReport) => point.copies.length
  ? h("div", { class: "muted small" }, `also in ${point.copies.map((c) => c.outlet ?? "another document").join(", ")}`) : null;

function pointRow(point: FigureReport, withSeries?: Series): HTMLElement {
  return h("tr", {},
    withSeries ? h("td", {}, seriesTitle(withSeries)) : null,
    h("td", { class: "nowrap" }, formatDate(dayOf(point))),
    h("td", { class: "num nowrap" }, formatFigure(point)),
    h("td", {}, attribution(point)),
    h("td", {}, evidenceLink(point), h("div", {}, sourceLink(point)), copiesNote(point)));
}

const table = (headings: string[], rows: HTMLElement[]) => h("table", { class: "table" },
  h("thead", {}, h("tr", {}, headings.map((t) => h("th", {}, t)))), h("tbody", {}, rows));

const POINT_HEADINGS = ["As of", "Figure", "Attributed to", "Reported as"];

/**
 * A series with a line per source, so a count one side keeps revising reads as one line and two
 * sources that disagree read as two; beside it every figure with its source. Points open the reader.
 */
function seriesCard(series: Series, plotted: FigureReport[], mounts: (() => void)[]): HTMLElement {
  const bySource = new Map<string, FigureReport[]>();
  for (const point of plotted) bySource.set(attribution(point), [...(bySource.get(attribution(point)) ?? []), point]);
  const sources = [...bySource];
  const canvas = h("canvas", { attrs: { role: "img", "aria-label": `chart of ${seriesTitle(series)}` } });
  mounts.push(() => makeChart(canvas, {
    type: "scatter",
    data: {
      datasets: sources.map(([source, points], i) => ({
        label: source, showLine: points.length > 1, borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length],
        pointRadius: 5, pointHoverRadius: 7,
        data: points.map((p) => ({ x: dayNumber(dayOf(p)!), y: plotValue(p)! })),
      })),
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        x: { type: "linear", grace: "5%", ticks: { callback: (v) => dayLabel(Number(v)), maxTicksLimit: 6 } },
        y: { beginAtZero: true, grace: "10%", ticks: { callback: (v) => formatNumber(Number(v)) } },
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 10, boxHeight: 10, font: { size: 11 } } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const point = sources[item.datasetIndex]![1][item.dataIndex]!;
              return `${formatFigure(point)} — ${attribution(point)} (${point.outlet ?? "?"}, ${formatDate(point.date)})`;
            },
          },
        },
      },
      onClick: (_event, elements) => {
        const hit = elements[0];
        const point = hit && sources[hit.datasetIndex]![1][hit.index];
        if (point) location.hash = documentHref(point.documentId, point);
      },
    },
  }));
  return h("section", { class: "card series" },
    h("h2", {}, seriesTitle(series), h("span", { class: "muted small" }, `  ${series.points.length} reports`)),
    ...(series.grouping ?? []).map((reason) => h("p", { class: "muted small" }, reason)),
    h("div", { class: "series-body" },
      h("div", { class: "chart-box" }, canvas),
      h("div", { class: "series-table" }, table(POINT_HEADINGS, series.points.map((p) => pointRow(p))))));
}

const plottable = (series: Series) => series.points.filter((p) => plotValue(p) !== null && dayOf(p));

/** Series with two dated values get a chart; the rest are rows of one table. */
function seriesBody(series: Series[], mounts: (() => void)[]): Child {
  const charted = series.filter((s) => plottable(s).length >= 2);
  const single = series.filter((s) => plottable(s).length < 2);
  return [
    charted.map((s) => seriesCard(s, plottable(s), mounts)),
    single.length ? section("Reported once",
      h("p", { class: "hint" }, "Measures with a single dated figure in this window."),
      table(["Measure", ...POINT_HEADINGS], single.flatMap((s) => s.points.map((p) => pointRow(p, s))))) : null,
  ];
}

export async function figuresView(route: Route): Promise<Rendered> {
  const mounts: (() => void)[] = [];
  const [conflicts, series] = await Promise.all([
    listSection<Conflict>(route, {
      api: "conflicts", key: "conflicts", noun: "conflicts", prefix: "c.", windowed: true, limit: 10,
      facets: [{ name: "measure", label: "Measure" }, { name: "outlet", label: "Outlet" }],
      sorts: [["from", "Date"], ["values", "Number of values"], ["measure", "Measure"]],
      defaultSort: "from", defaultOrder: "desc",
      body: (items) => items.map(conflictCard),
      empty: "No two sources disagree in this window.",
    }),
    listSection<Series>(route, {
      api: "series", key: "series", noun: "series", windowed: true, limit: 12,
      facets: [{ name: "measure", label: "Measure" }, { name: "scope", label: "Scope" }, { name: "outlet", label: "Outlet" }],
      sorts: [["points", "Number of reports"], ["latest", "Latest report"], ["measure", "Measure"]],
      search: "Words of the measure",
      defaultSort: "points", defaultOrder: "desc",
      body: (items) => seriesBody(items, mounts),
      empty: "No figures in this window.",
    }),
  ]);
  const element = h("div", {},
    h("h1", {}, "Figures"),
    section("Conflicting figures",
      h("p", { class: "hint" }, "Sources that give different numbers for the same measure at the same time, side by side. Parley never averages them or picks one."),
      conflicts.element),
    h("h2", {}, "Series"),
    series.element);
  return { element, mount: () => mounts.forEach((mount) => mount()) };
}
