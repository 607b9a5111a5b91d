import type { DealBook } from "../deal/index.js";
import { WHERE_COLUMNS, type Row } from "./rows.js";
import type { ExportFilter } from "./source.js";

/** Deals are cross-document: one row per article reporting a deal, with the deal's terms in brief. */
export const DEAL_COLUMNS = [
  ...WHERE_COLUMNS, "deal_id", "title", "kind", "status", "reference", "parties", "ceasefire_days", "phase_count",
] as const;

const withinWindow = (date: string | null, filter: ExportFilter) =>
  (!filter.since || (date !== null && date >= filter.since)) && (!filter.until || (date !== null && date <= filter.until));

export function dealRows(book: DealBook, filter: ExportFilter): Row[] {
  const documents = new Map(book.records.map((r) => [r.document.id, r.document]));
  return book.deals.flatMap((deal) => deal.reports.flatMap((report): Row[] => {
    const document = documents.get(report.documentId);
    if (!document || !withinWindow(document.date, filter)) return [];
    if ((filter.doc && document.id !== filter.doc) || (filter.outlet && document.outlet !== filter.outlet)) return [];
    return [{
      document_id: document.id, outlet: document.outlet, date: document.date, id: report.eventId ?? deal.id,
      start: report.start, end: report.end, text: document.text.slice(report.start, report.end),
      deal_id: deal.id, title: deal.title, kind: deal.kind, status: deal.status.value, reference: report.reference,
      parties: deal.parties.map((p) => p.name), ceasefire_days: deal.ceasefire.days?.value ?? null,
      phase_count: deal.phaseCount?.value ?? null,
    }];
  }));
}
