import { DEFAULT_HOST, DEFAULT_PORT } from "../server/server.js";
import { html, type SafeHtml } from "./html/escape.js";
import type { ReportView } from "./views/index.js";

/**
 * The HTML report of a large archive, summarised: one page with every event of 100k articles would
 * be hundreds of MB that no browser opens. Each long list keeps its most useful part (the most
 * prominent actors, the first series and conflicts, the most recent events, days and documents) and
 * the page says how many were left out, with a link to the dashboard (`parley serve`), which pages
 * through all of them.
 */
export const HTML_LIMITS = {
  actors: 200, unnamed: 100, series: 100, conflicts: 100, timeline: 500, otherPositions: 200, momentumDays: 365,
  documents: 300,
} as const;

export interface Omitted {
  /** what was cut: "events" */
  what: string;
  shown: number;
  total: number;
  /** the dashboard route with all of them */
  route: string;
}

export interface SummarisedView {
  view: ReportView;
  omitted: Omitted[];
}

export const DASHBOARD_URL = `http://${DEFAULT_HOST}:${DEFAULT_PORT}/`;

export function summariseView(full: ReportView, limits: typeof HTML_LIMITS = HTML_LIMITS): SummarisedView {
  const omitted: Omitted[] = [];
  /** The first (or, for dated lists, the last) `limit` items, noting what was left out. */
  const cut = <T>(items: T[], limit: number, what: string, route: string, keep: "first" | "last"): T[] => {
    if (items.length <= limit) return items;
    omitted.push({ what, shown: limit, total: items.length, route });
    return keep === "first" ? items.slice(0, limit) : items.slice(items.length - limit);
  };
  const view: ReportView = {
    ...full,
    overview: { ...full.overview, documents: cut(full.overview.documents, limits.documents, "documents", "documents", "last") },
    actors: {
      ...full.actors,
      actors: cut(full.actors.actors, limits.actors, "actors", "actors", "first"),
      unnamed: cut(full.actors.unnamed, limits.unnamed, "unnamed officials", "actors", "first"),
    },
    series: cut(full.series, limits.series, "figure series", "figures", "first"),
    conflicts: cut(full.conflicts, limits.conflicts, "figure conflicts", "figures", "first"),
    timeline: cut(full.timeline, limits.timeline, "events", "timeline", "last"),
    positions: { ...full.positions, others: cut(full.positions.others, limits.otherPositions, "other stances", "positions", "first") },
    momentum: { ...full.momentum, days: cut(full.momentum.days, limits.momentumDays, "days of momentum", "", "last") },
  };
  return { view, omitted };
}

/** The notice at the top of a summarised report; nothing when every list is complete. */
export function omittedNotice(omitted: Omitted[], dashboard = DASHBOARD_URL): SafeHtml {
  if (!omitted.length) return html``;
  return html`<aside class="summarised"><p>This archive is large, so this page is a summary. Every item is in the
    dashboard (<code>parley serve</code>):</p>
    <ul>${omitted.map((o) => html`<li>${o.shown} of ${o.total} ${o.what} shown ·
      <a href="${dashboard}#/${o.route}">all ${o.what} in the dashboard</a></li>`)}</ul></aside>`;
}
