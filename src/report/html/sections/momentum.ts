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
  return section("momentum", "Momentum", intro, [
    html`<div class="card"><div class="chart"><canvas id="momentum-chart"></canvas></div></div>`,
    html`<details><summary>Assessments by day</summary><table class="momentum"><thead><tr><th>Date</th><th>Day score</th><th>Index</th><th>Assessments</th></tr></thead>
      <tbody>${rows}</tbody></table></details>`,
  ]);
}
