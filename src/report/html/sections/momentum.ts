import type { MomentumView } from "../../views/index.js";
import { signedScore } from "../../labels.js";
import { html, type SafeHtml } from "../escape.js";
import { evidence, none, section } from "../fragments.js";

export function momentumSection(view: MomentumView): SafeHtml {
  const days = view.days.filter((day) => day.assessments.length);
  if (!days.length) return section("momentum", "Momentum", null, none("No assessments of the talks found."));
  const intro = "Bars: each day's side-balanced mean of the assessments of the talks (+1 positive, −1 negative, 0 mixed). " +
    `Line: the index, smoothed exponentially (alpha ${view.smoothing}).`;
  const rows = days.map((day) => html`<tr><td class="dates">${day.date}</td><td class="num">${day.raw === null ? "" : signedScore(day.raw)}</td>
      <td class="num">${signedScore(day.index)}</td>
      <td><ul class="assessments">${day.assessments.map((a) => html`<li><span class="polarity polarity-${a.polarity}">${a.polarity}</span>
        ${a.speaker ?? ""}${a.side ? html` <span class="muted">for ${a.side}</span>` : ""}${evidence(a.evidence)}</li>`)}</ul></td></tr>`);
  const parties = view.parties.map((p) => html`<tr><td><strong>${p.party}</strong>${p.unplaced ? html` <span class="muted">unplaced: no report places this speaker with a side</span>` : ""}
      ${p.speakers.length ? html`<div class="aliases">${p.speakers.join(", ")}</div>` : ""}</td>
      <td class="num">${p.positive}</td><td class="num">${p.negative}</td><td class="num">${p.mixed}</td><td class="dates">${p.seen}</td></tr>`);
  return section("momentum", "Momentum", intro, [
    html`<div class="card"><div class="chart"><canvas id="momentum-chart"></canvas></div></div>`,
    html`<table class="momentum-parties"><thead><tr><th>Side (who spoke for it)</th><th>Positive</th><th>Negative</th><th>Mixed</th><th>Seen</th></tr></thead>
      <tbody>${parties}</tbody></table>`,
    html`<details><summary>Assessments by day</summary><table class="momentum"><thead><tr><th>Date</th><th>Day score</th><th>Index</th><th>Assessments</th></tr></thead>
      <tbody>${rows}</tbody></table></details>`,
  ]);
}
