import type { FigureRecord } from "../../record/schema.js";
import type { Corpus } from "../corpus.js";
import type { Collapsed } from "../dedupe/copies.js";
import type { FigureReport } from "../types.js";

/** A figure counted once, as a series point or conflicting value; asOf falls back to the document's date. */
export function figureReport(corpus: Corpus, { primary, copies }: Collapsed<FigureRecord>): FigureReport {
  const f = primary.item;
  const document = corpus.document(primary.documentId);
  return {
    documentId: primary.documentId, start: f.start, end: f.end, figureId: f.id,
    value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, source: f.source,
    asOf: f.asOf ?? document.date, outlet: document.outlet, date: document.date,
    copies: copies.map((c) => corpus.sourceRef(c.documentId, c.item)),
  };
}

/** The key under which copies of one figure in a duplicated paragraph are the same figure. */
export function figureCopyKey(f: FigureRecord): string {
  return [f.measure, f.value, f.low, f.high, f.qualifier].join("|");
}

export function compareReports(corpus: Corpus): (a: FigureReport, b: FigureReport) => number {
  return (a, b) => (a.asOf ?? "~").localeCompare(b.asOf ?? "~")
    || corpus.compareDocuments(a.documentId, b.documentId) || a.start - b.start;
}
