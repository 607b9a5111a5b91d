import type { ConflictView, PointView, SeriesView } from "../../views/index.js";
import { plotted, seriesCanvasId } from "../chart-data.js";
import { html, type SafeHtml } from "../escape.js";
import { alsoPrinted, evidence, none, plural, section } from "../fragments.js";

function sourceCell(point: PointView): SafeHtml {
  return point.source ? html`${point.source}` : html`<span class="muted">unattributed</span>`;
}

function pointRows(point: PointView): SafeHtml {
  return html`<tr class="point"><td class="dates">${point.asOf ?? "undated"}</td><td class="value">${point.text}</td>
      <td>${sourceCell(point)}</td></tr>
    <tr class="evidence-row"><td></td><td colspan="2">${evidence(point.evidence)}${alsoPrinted(point.alsoIn)}</td></tr>`;
}

function heading(title: string, context: string | null): SafeHtml {
  return html`${title}${context ? html` <span class="context">— ${context}</span>` : ""}`;
}

function seriesCard(series: SeriesView, index: number): SafeHtml {
  const charted = series.points.some((point) => plotted(point));
  return html`<article class="card series">
    <h3>${heading(series.title, series.context)} <span class="count">${plural(series.points.length, "report", "reports")}</span></h3>
    ${series.grouping.map((reason) => html`<p class="muted small grouping">${reason}</p>`)}
    <div class="series-body">
      ${charted ? html`<div class="chart"><canvas id="${seriesCanvasId(index)}"></canvas></div>` : html`<p class="none chart-none">Nothing to chart: no dated number.</p>`}
      <table class="points"><thead><tr><th>As of</th><th>Value</th><th>Source</th></tr></thead>
        <tbody>${series.points.map(pointRows)}</tbody></table>
    </div>
  </article>`;
}

function conflictCard(conflict: ConflictView): SafeHtml {
  const values = conflict.values.map((value) => html`<div class="claim">
      <div class="value">${value.text}</div>
      <div class="claimant">${sourceCell(value)}</div>
      <div class="dates">as of ${value.asOf ?? "undated"}</div>
      ${evidence(value.evidence)}${alsoPrinted(value.alsoIn)}
    </div>`);
  return html`<article class="card conflict">
    <h3>${heading(conflict.title, conflict.context)} <span class="dates">${conflict.window}</span></h3>
    <div class="claims">${values}</div>
  </article>`;
}

export function seriesSection(series: SeriesView[]): SafeHtml {
  const intro = "Each count over time, one line per source; hover a point for its source and outlet. " +
    "● exact · ◆ about · ▲ at least / more than · ▼ at most / less than · ┃ a range. Vague amounts are listed but not drawn.";
  return section("figures", "Figures over time", intro, series.length ? series.map(seriesCard) : none("No figures found."));
}

export function conflictsSection(conflicts: ConflictView[]): SafeHtml {
  const intro = "Sources that disagree about the same count at the same time. Each value stands with its source; none is averaged or preferred.";
  return section("conflicts", "Conflicting figures", intro, conflicts.length ? conflicts.map(conflictCard) : none("No conflicting figures."));
}
