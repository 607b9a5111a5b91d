import type { ReportContext } from "../context.js";
import { omittedNotice, summariseView } from "../summary-limits.js";
import { reportView, type ReportView } from "../views/index.js";
import { reportAsset } from "./assets.js";
import { chartData } from "./chart-data.js";
import { chartLibrary } from "./chart-library.js";
import { html, jsonForScript, trusted, type SafeHtml } from "./escape.js";
import { actorsSection } from "./sections/actors.js";
import { documentsSection } from "./sections/documents.js";
import { conflictsSection, seriesSection } from "./sections/figures.js";
import { momentumSection } from "./sections/momentum.js";
import { positionsSection } from "./sections/positions.js";
import { timelineSection } from "./sections/timeline.js";

/** Nothing may be fetched: the page works offline from file:// and leaks nothing when opened. */
const CONTENT_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

const SECTIONS: [string, string][] = [
  ["actors", "Actors"], ["figures", "Figures"], ["conflicts", "Conflicts"], ["timeline", "Timeline"],
  ["positions", "Positions"], ["momentum", "Momentum"], ["documents", "Documents"],
];

/** The counts are the analysis' one definition (src/analysis/counts.ts), said in full under the list. */
function summary(view: ReportView): SafeHtml {
  const { counts } = view.overview;
  const facts: [number, string, string][] = [
    [counts.documents, "document", "documents"],
    [counts.outlets, "outlet", "outlets"],
    [counts.actors, "actor", "actors"],
    [counts.quotes, "quote", "quotes"],
    [view.series.length, "figure series", "figure series"],
    [view.conflicts.length, "conflict", "conflicts"],
    [view.timeline.length, "event", "events"],
    [view.positions.cells.length, "position", "positions"],
  ];
  return html`<ul class="summary">${facts.map(([count, one, many]) => html`<li><b>${count}</b> ${count === 1 ? one : many}</li>`)}</ul>
    <p class="counts">${view.overview.countsLine}</p>`;
}

function header(view: ReportView): SafeHtml {
  const { period, coverage } = view.overview;
  return html`<header>
    <h1>Negotiation report</h1>
    <p class="period">Period: ${period} · ${view.overview.documents.length ? `published ${coverage}` : "no stored document was published in this period"}</p>
    ${summary(view)}
    <nav>${SECTIONS.map(([id, title]) => html`<a href="#${id}">${title}</a>`)}</nav>
  </header>`;
}

/** The analysis as one self-contained HTML page: inline styles, data, Chart.js and the drawing script. */
export function renderHtml(context: ReportContext): string {
  const { view, omitted } = summariseView(reportView(context));
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Negotiation report · ${view.overview.period}</title>
<style>${trusted(reportAsset("report.css"))}</style>
</head>
<body>
${header(view)}
${omittedNotice(omitted)}
<main>
${actorsSection(view.actors)}
${seriesSection(view.series)}
${conflictsSection(view.conflicts)}
${timelineSection(view)}
${positionsSection(view.positions)}
${momentumSection(view.momentum)}
${documentsSection(view.overview)}
</main>
<footer>Made by Parley from the stored records. Every item quotes the sentence it was read from, with the cited words marked.</footer>
<script type="application/json" id="report-data">${trusted(jsonForScript(chartData(view)))}</script>
<script>${trusted(chartLibrary())}</script>
<script>${trusted(reportAsset("report.js"))}</script>
</body>
</html>
`;
  return page.value;
}
