import { mdTable, mdText } from "../../report/markdown/text.js";
import type { CompareSide, Comparison } from "../compare.js";
import { mdEvidenceRef } from "./evidence.js";

const cell = (side: CompareSide | null) => (side ? mdText(side.text) + (side.sources.length ? ` _(${side.sources.join(", ")})_` : "") : "—");

/** Two deals side by side in a table, then the evidence of every term. */
export function comparisonMarkdown(c: Comparison): string {
  const lines = [
    `# ${mdText(c.a.title)} vs ${mdText(c.b.title)}`, "",
    `- A: ${c.a.id} (${c.a.kind}, ${c.a.status})`, `- B: ${c.b.id} (${c.b.kind}, ${c.b.status})`, "",
    ...mdTable(["term", "A", "B", "gap"], c.rows.map((r) => [mdText(r.term), cell(r.a), cell(r.b), mdText(r.gap)])),
    "", "## Evidence",
  ];
  for (const r of c.rows) {
    const refs = [["A", r.a], ["B", r.b]] as const;
    for (const [label, side] of refs) {
      for (const e of side?.evidence ?? []) lines.push(`- ${mdText(r.term)}, ${label}: ${mdEvidenceRef(e)}`);
    }
  }
  return lines.join("\n") + "\n";
}
