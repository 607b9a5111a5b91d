import type { CellView, PositionsView, StatementView } from "../../views/index.js";
import { html, type SafeHtml } from "../escape.js";
import { alsoPrinted, evidence, none, plural, section } from "../fragments.js";

const STANCES = ["demand", "reject", "oppose", "accept", "support"] as const;

const cellId = (cell: CellView) => `position-${cell.index}`;

function changes(cell: CellView): SafeHtml | "" {
  const count = cell.changes.length;
  return count ? html`<span class="changes" title="${plural(count, "change", "changes")} of stance">↻ ${count}</span>` : "";
}

function matrixCell(cell: CellView | undefined): SafeHtml {
  if (!cell) return html`<td class="empty"></td>`;
  return html`<td class="stance stance-${cell.stance}">
    <a href="#${cellId(cell)}"><span class="label">${cell.stance}</span>${changes(cell)}<span class="dates">${cell.seen}</span></a></td>`;
}

function matrix(view: PositionsView): SafeHtml | "" {
  if (!view.issues.length) return "";
  const legend = STANCES.map((stance) => html`<span class="stance stance-${stance}">${stance}</span>`);
  return html`<div class="matrix-wrap"><table class="matrix">
    <thead><tr><th>Party</th>${view.issues.map((issue) => html`<th>${issue.name}</th>`)}</tr></thead>
    <tbody>${view.parties.map((party) => html`<tr><th>${party.name}${party.unplaced ? html` <span class="muted">(unplaced)</span>` : ""}</th>${view.issues.map((issue) => matrixCell(view.cell(party.id, issue.id)))}</tr>`)}</tbody>
  </table></div><p class="legend">${legend} <span class="changes">↻ n</span> changes of stance · click a cell for its evidence</p>`;
}

function others(view: PositionsView): SafeHtml | "" {
  if (!view.others.length) return "";
  const rows = view.others.map((cell) => html`<tr><td>${cell.partyName}</td>
    <td class="stance stance-${cell.stance}"><a href="#${cellId(cell)}"><span class="label">${cell.stance}</span>${changes(cell)}</a></td>
    <td>${cell.issueLabel}</td><td class="dates">${cell.seen}</td></tr>`);
  return html`<h3 class="others-title">Issues only one party spoke to</h3>
    <table class="others"><thead><tr><th>Party</th><th>Stance</th><th>Issue</th><th>Seen</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function statementItem(statement: StatementView): SafeHtml {
  return html`<li><span class="dates">${statement.date ?? "undated"}</span> ${statement.speaker ? html`<span class="speaker">${statement.speaker}</span> ` : ""}<span class="stance-text stance-${statement.stance}">${statement.stance}</span>
    ${statement.places.length ? html`<span class="muted">about ${statement.places.join(", ")}</span>` : ""}
    ${evidence(statement.evidence)}${alsoPrinted(statement.alsoIn)}</li>`;
}

function cellDetail(cell: CellView): SafeHtml {
  const list = cell.changes.map((c) => html`<li>${c.from} → <strong>${c.to}</strong> ${c.date ? html`<span class="dates">${c.date}</span>` : ""}</li>`);
  return html`<article class="card position" id="${cellId(cell)}">
    <h3>${cell.partyName} — ${cell.issueLabel}: <span class="stance-text stance-${cell.stance}">${cell.stance}</span> <span class="dates">${cell.seen}</span></h3>
    ${list.length ? html`<ul class="stance-changes">${list}</ul>` : ""}
    <ol class="statements">${cell.statements.map(statementItem)}</ol>
  </article>`;
}

export function positionsSection(view: PositionsView): SafeHtml {
  if (!view.cells.length) return section("positions", "Positions", null, none("No positions found."));
  return section("positions", "Positions", "The latest stance of each party on each issue, with the dates it was seen.", [
    html`${matrix(view)}`, html`${others(view)}`,
    html`<details class="position-details"><summary>Evidence for every stance</summary>${view.cells.map(cellDetail)}</details>`,
  ]);
}
