import type { CellView, PositionsView } from "../views/index.js";
import { mdAlsoPrinted, mdEvidence, mdTable, mdText, orNone } from "./text.js";

function changesText(cell: CellView): string {
  return cell.changes.map((c) => `${c.from} → ${c.to}${c.date ? ` (${c.date})` : ""}`).join("; ");
}

function changeCount(cell: CellView): string {
  return cell.changes.length ? `, ${cell.changes.length} ${cell.changes.length === 1 ? "change" : "changes"}` : "";
}

function matrixCell(cell: CellView | undefined): string {
  return cell ? `**${cell.stance}** (${cell.seen}${changeCount(cell)})` : "—";
}

function cellLines(cell: CellView): string[] {
  const lines = ["", `### ${mdText(cell.partyName)} — ${mdText(cell.issueLabel)}: ${cell.stance}`, ""];
  lines.push(`- seen ${cell.seen}${cell.changes.length ? `; changed ${changesText(cell)}` : "; no change"}`);
  for (const statement of cell.statements) {
    const places = statement.places.length ? ` (${statement.places.map(mdText).join(", ")})` : "";
    const speaker = statement.speaker ? `${mdText(statement.speaker)}, ` : "";
    lines.push(`- ${statement.date ?? "undated"}, ${speaker}${statement.stance}${places}: ${mdEvidence(statement.evidence)}${mdAlsoPrinted(statement.alsoIn)}`);
  }
  return lines;
}

function matrix(view: PositionsView): string[] {
  if (!view.issues.length) return [];
  const rows = view.parties.map((party) => [
    `**${mdText(party.name)}**${party.unplaced ? " (unplaced)" : ""}`,
    ...view.issues.map((issue) => matrixCell(view.cell(party.id, issue.id))),
  ]);
  return [
    "The latest stance of each party on each issue, with the dates it was seen. People and offices count for the side they speak for; those no report places with a side keep their own row, marked unplaced.", "",
    ...mdTable(["Party", ...view.issues.map((issue) => mdText(issue.name))], rows),
  ];
}

function others(view: PositionsView): string[] {
  if (!view.others.length) return [];
  const rows = view.others.map((cell) => [mdText(cell.partyName), `**${cell.stance}**`, mdText(cell.issueLabel), cell.seen + changeCount(cell)]);
  return ["", "Stances on issues only one party spoke to:", "", ...mdTable(["Party", "Stance", "Issue", "Seen"], rows)];
}

export function positionsSection(view: PositionsView): string[] {
  if (!view.cells.length) return ["## Positions", ...orNone([], "No positions found.")];
  return ["## Positions", "", ...matrix(view), ...others(view), ...view.cells.flatMap(cellLines)];
}
