import { fixed, markdownTable, signed } from "./format.js";
import type { ForecastReport, IssueForecast, ModelForecast } from "./forecast.js";
import type { SourcedValue } from "./scenario.js";

/** `parley forecast --format md`: per issue, the scale, the actors' inputs, every model's forecast and its sensitivity. */

const sourced = (value: SourcedValue | null) =>
  value === null ? "–" : `${fixed(value.value, 0)} (${value.source}${value.evidence?.length ? `, ${value.evidence.length} evidence` : ""})`;

function modelTable(issue: IssueForecast): string {
  const names = new Map(issue.actors.map((a) => [a.id, a.name]));
  return markdownTable(["model", "forecast", "nearest anchor", "pivotal actors", "note"], issue.models.map((m) => [
    m.label, fixed(m.forecast, 1), m.nearestAnchor ?? "–",
    m.sensitivity.pivotal.map((p) => `${names.get(p.actor) ?? p.actor} (${p.change}: ${signed(p.shift, 1)})`).join("; ") || "–",
    m.reason ?? "",
  ]));
}

function sensitivityTable(issue: IssueForecast, model: ModelForecast): string {
  const names = new Map(issue.actors.map((a) => [a.id, a.name]));
  const step = model.sensitivity.step;
  const limited = model.sensitivity.limited ? `${model.sensitivity.limited}.\n\n` : "";
  return limited + markdownTable(
    ["actor", "left out", `position −${step}`, `position +${step}`, `salience −${step}`, `salience +${step}`, `capability −${step}`, `capability +${step}`],
    model.sensitivity.rows.map((r) => [names.get(r.actor) ?? r.actor, ...[r.removed, r.positionDown, r.positionUp, r.salienceDown, r.salienceUp, r.capabilityDown, r.capabilityUp].map((v) => fixed(v, 1))]),
  );
}

function roundsLine(model: ModelForecast): string | null {
  if (!model.rounds?.length) return null;
  return `Rounds (median after each): ${model.rounds.map((r) => fixed(r.forecast, 1)).join(" → ")}.`;
}

function issueSection(issue: IssueForecast): string {
  const parts = [
    `## ${issue.label} (\`${issue.id}\`)`,
    "",
    ...(issue.description ? [issue.description, ""] : []),
    `Scale: ${issue.anchors.map((a) => `${a.at} = ${a.label}`).join("; ")}. Status quo: ${sourced(issue.statusQuo)}.`,
    "",
  ];
  if (!issue.actors.length) {
    parts.push("No actor has a position on this issue yet: no forecast.", "");
    return parts.join("\n");
  }
  parts.push(
    markdownTable(["actor", "side", "position", "salience", "capability"], issue.actors.map((a) => [
      a.name, a.side ?? "–", sourced(a.position), sourced(a.salience), sourced(a.capability),
    ])),
    "",
  );
  if (issue.withoutPosition.length) parts.push(`Assessed without a position (left out): ${issue.withoutPosition.map((a) => a.name).join(", ")}.`, "");
  parts.push(modelTable(issue), "");
  for (const model of issue.models) {
    if (model.forecast === null) continue;
    parts.push(`### ${model.label}: sensitivity`, "", `${model.formula}.`, roundsLine(model) ?? "", "", sensitivityTable(issue, model), "");
  }
  return parts.filter((p, k, all) => !(p === "" && all[k - 1] === "")).join("\n");
}

export function renderForecastMarkdown(report: ForecastReport): string {
  const origin = [report.scenarioFile && `scenario ${report.scenarioFile}`, report.database && `record ${report.database}`].filter(Boolean).join(", ");
  return [
    `# ${report.title ?? "Bargaining forecast"}`,
    "",
    report.description ?? "",
    origin ? `From ${origin}. Values: record = from the record with evidence, analyst = set by the analyst, default = neither.` : "",
    "",
    ...report.issues.map(issueSection),
  ].join("\n").replace(/\n{3,}/g, "\n\n");
}
