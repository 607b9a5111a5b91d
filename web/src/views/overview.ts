import { actorDirectory, getJson } from "../api.js";
import { dateRange, section } from "../components.js";
import { empty, h } from "../dom.js";
import { formatFigure, formatNumber, humanize } from "../format.js";
import { actorHref } from "../links.js";
import type { AnalysisActor, Conflict, Momentum, Summary, TimelineEvent } from "../types.js";
import type { Rendered } from "../view.js";
import { momentumPanel } from "./momentum-chart.js";
import { eventItem } from "./timeline.js";

const LATEST_EVENTS = 6;
const TOP_SPEAKERS = 8;
const SHOWN_CONFLICTS = 3;

const stat = (label: string, value: number | string, href?: string) =>
  h(href ? "a" : "div", { class: "stat", ...(href ? { href } : {}) }, h("span", { class: "stat-value" }, String(value)), h("span", { class: "stat-label" }, label));

export async function overviewView(): Promise<Rendered> {
  const [summary, { actors: speakerList }, { momentum }, { timeline, total: eventCount }, { conflicts, total: conflictCount }] = await Promise.all([
    getJson<Summary>("summary", {}, true),
    getJson<{ actors: AnalysisActor[]; total: number }>("actors", { sort: "quotes", order: "desc", limit: TOP_SPEAKERS }, true),
    getJson<{ momentum: Momentum }>("momentum", {}, true),
    getJson<{ timeline: TimelineEvent[]; total: number }>("timeline", { sort: "order", order: "desc", limit: LATEST_EVENTS }, true),
    getJson<{ conflicts: Conflict[]; total: number }>("conflicts", { limit: SHOWN_CONFLICTS }, true),
  ]);
  const directory = await actorDirectory([
    ...timeline.flatMap((e) => [...e.actors, ...e.recipients]),
    ...momentum.points.flatMap((p) => p.contributions.map((c) => c.speaker).filter((id): id is string => id !== null)),
  ]);
  const c = summary.counts;
  const speakers = speakerList.filter((a) => (a.quoteCount ?? 0) > 0);
  const momentumChart = momentumPanel(momentum, directory);
  const element = h("div", { class: "overview" },
    h("div", { class: "stats" },
      stat("documents", formatNumber(c.documents ?? 0), "#/documents"),
      stat("outlets", summary.outlets.length),
      stat("actors across documents", formatNumber(c.actors ?? 0), "#/actors"),
      stat("quotes", formatNumber(c.quotes ?? 0), "#/quotes"),
      stat("events on the timeline", formatNumber(eventCount), "#/timeline"),
      stat("conflicting figures", conflictCount, "#/figures")),
    h("p", { class: "coverage" }, summary.firstDate ? `Coverage: ${dateRange(summary.firstDate, summary.lastDate)}` : "No dated documents yet."),
    h("div", { class: "grid-2" },
      section("Momentum of the talks", h("p", { class: "hint" },
        "Assessments of progress by the parties and mediators: +1 when all are positive, −1 when all are negative."),
        momentumChart.element),
      section("Latest events",
        timeline.length ? h("ul", { class: "events compact" }, timeline.map((e) => eventItem(e, directory))) : empty("No events in this window."),
        h("a", { href: "#/timeline", class: "more" }, "Full timeline →"))),
    h("div", { class: "grid-3" },
      section("Most quoted",
        speakers.length ? h("ol", { class: "ranked" }, speakers.map((a) => h("li", {},
          h("a", { href: actorHref(a.id) }, a.name), a.affiliation ? h("span", { class: "muted" }, ` (${a.affiliation})`) : null,
          h("span", { class: "count" }, String(a.quoteCount))))) : empty("No attributed quotes yet.")),
      section("Conflicting figures",
        conflicts.length ? h("ul", { class: "plain" }, conflicts.map((conflict) => h("li", {},
          h("strong", {}, humanize(conflict.measure)), conflict.context ? ` (${conflict.context})` : "", ": ",
          conflict.values.map((v) => `${formatFigure(v)} (${v.source ?? v.outlet ?? "unattributed"})`).join(" vs ")))) : empty("No two sources disagree on a figure."),
        h("a", { href: "#/figures", class: "more" }, "All figures →")),
      section("Outlets",
        h("ul", { class: "plain" }, summary.outlets.map((o) => h("li", {}, o.outlet, h("span", { class: "count" }, String(o.documents))))))),
  );
  return { element, mount: momentumChart.mount };
}
