import type { ConflictView, PointView, SeriesView } from "../views/index.js";
import { mdAlsoPrinted, mdEvidence, mdTable, mdText, orNone } from "./text.js";

const heading = (title: string, context: string | null) => (context ? `${title} — ${mdText(context)}` : title);

/** The attribution as written, or who printed the figure without one. */
export function sourceText(point: PointView): string {
  if (point.source) return mdText(point.source);
  return `unattributed (${mdText(point.outlet ?? "the article")})`;
}

function evidenceCell(point: PointView): string {
  return mdEvidence(point.evidence) + mdAlsoPrinted(point.alsoIn);
}

/** The "grouped because ..." lines under a heading, one per reason. */
function groupingLines(reasons: string[]): string[] {
  return reasons.length ? [reasons.map((reason) => `_${mdText(reason)}_`).join("  \n"), ""] : [];
}

function seriesLines(series: SeriesView): string[] {
  const rows = series.points.map((p) => [p.asOf ?? "undated", `**${p.text}**`, sourceText(p), evidenceCell(p)]);
  return ["", `### ${heading(series.title, series.context)}`, "", ...groupingLines(series.grouping), ...mdTable(["As of", "Value", "Source", "Evidence"], rows)];
}

function conflictLines(conflict: ConflictView): string[] {
  const rows = conflict.values.map((v) => [`**${v.text}**`, sourceText(v), v.asOf ?? "undated", evidenceCell(v)]);
  return [
    "", `### ${heading(conflict.title, conflict.context)}, ${conflict.window}`, "", ...groupingLines(conflict.grouping),
    ...mdTable(["Value", "Source", "As of", "Evidence"], rows),
  ];
}

export function seriesSection(series: SeriesView[]): string[] {
  return ["## Figures over time", ...orNone(series.flatMap(seriesLines), "No figures found.")];
}

export function conflictsSection(conflicts: ConflictView[]): string[] {
  const intro = "Sources that disagree about the same count at the same time. Each value stands with its source; none is averaged or preferred.";
  return ["## Conflicting figures", "", intro, ...orNone(conflicts.flatMap(conflictLines), "No conflicting figures.")];
}
