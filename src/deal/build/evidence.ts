import type { ParleyRecord } from "../../record/schema.js";
import type { Span } from "../read/drafts.js";
import type { DealEvidence } from "../schema.js";

/** Evidence for a span of a record's text, carrying the text itself so a deal file reads without the database. */
export const evidenceOf = (record: ParleyRecord, span: Span): DealEvidence => ({
  documentId: record.document.id, start: span.start, end: span.end, text: record.document.text.slice(span.start, span.end),
});

const evidenceKey = (e: DealEvidence) => `${e.documentId}:${e.start}:${e.end}`;

/** Evidence lists joined, each span once, in first-seen order. */
export function joinEvidence(...lists: DealEvidence[][]): DealEvidence[] {
  const seen = new Set<string>();
  return lists.flat().filter((e) => !seen.has(evidenceKey(e)) && seen.add(evidenceKey(e)));
}
