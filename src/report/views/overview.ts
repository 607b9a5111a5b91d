import { countsLine } from "../../analysis/counts.js";
import type { Counts } from "../../analysis/types.js";
import type { Citation, ReportContext } from "../context.js";
import { dateSpan } from "../labels.js";

export interface OverviewView {
  /** the requested window: "2025-05-01 – 2025-05-31", "from 2025-05-01", "all dates" */
  period: string;
  /** the publication dates the documents actually span */
  coverage: string;
  firstDate: string | null;
  lastDate: string | null;
  documents: Citation[];
  outlets: string[];
  /** the one count of documents, actors and quotes (src/analysis/counts.ts), as the CLI and the API print it */
  counts: Counts;
  /** the counts in words, each with what it counts */
  countsLine: string;
}

function requested(since: string | null, until: string | null): string {
  if (since && until) return dateSpan(since, until);
  if (since) return `from ${since}`;
  if (until) return `until ${until}`;
  return "all dates";
}

export function overviewView(context: ReportContext): OverviewView {
  const { analysis } = context;
  const documents = analysis.documents.map((document) => context.citation(document.id));
  const dates = documents.map((d) => d.date).filter((d): d is string => d !== null).sort();
  const outlets = [...new Set(documents.map((d) => d.outlet).filter((o): o is string => o !== null))].sort();
  return {
    period: requested(analysis.since, analysis.until),
    coverage: dateSpan(dates[0] ?? null, dates[dates.length - 1] ?? null),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    documents,
    outlets,
    counts: analysis.counts,
    countsLine: countsLine(analysis.counts),
  };
}
