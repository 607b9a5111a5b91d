import type { ReportContext } from "../context.js";
import { reportView, type OverviewView } from "../views/index.js";
import { actorsSection } from "./actors.js";
import { conflictsSection, seriesSection } from "./figures.js";
import { momentumSection } from "./momentum.js";
import { positionsSection } from "./positions.js";
import { mdTable, mdText, orNone } from "./text.js";
import { timelineSection } from "./timeline.js";

function header(overview: OverviewView): string[] {
  const coverage = overview.documents.length
    ? `${overview.countsLine} Published ${overview.coverage}.`
    : "No stored document was published in this period.";
  return [
    "# Negotiation report", "",
    `Period: ${overview.period}. ${coverage}`, "",
    "Every item quotes the sentence it was read from, with the cited words in bold, and names its document.",
  ];
}

function documentsSection(overview: OverviewView): string[] {
  const rows = overview.documents.map((d) => [d.date ?? "undated", mdText(d.outlet ?? ""), mdText(d.title), `\`${d.documentId}\``]);
  return ["## Documents", ...orNone(rows.length ? mdTable(["Date", "Outlet", "Title", "Id"], rows) : [], "No documents in this period.")];
}

/** The analysis as a Markdown report for an analyst. */
export function renderMarkdown(context: ReportContext): string {
  const view = reportView(context);
  const sections = [
    header(view.overview),
    actorsSection(view.actors),
    seriesSection(view.series),
    conflictsSection(view.conflicts),
    timelineSection(view.timeline),
    positionsSection(view.positions),
    momentumSection(view.momentum),
    documentsSection(view.overview),
  ];
  return sections.map((lines) => lines.join("\n")).join("\n\n") + "\n";
}
