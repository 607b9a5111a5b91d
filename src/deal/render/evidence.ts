import { mdText } from "../../report/markdown/text.js";
import type { DealEvidence, TermSource } from "../schema.js";

/** Evidence in Markdown: “the words” (doc_9b22228d:35–41). */
export const mdEvidenceRef = (e: DealEvidence) => `“${mdText(e.text)}” (${e.documentId}:${e.start}–${e.end})`;

/** Where a term came from, for a reader: its first evidence, or "(analyst)" / "(default)". */
export function mdProvenance(term: { source: TermSource; evidence: DealEvidence[] }): string {
  const first = term.evidence[0];
  const more = term.evidence.length > 1 ? ` and ${term.evidence.length - 1} more` : "";
  if (term.source !== "record") return first ? `(${term.source}; ${mdEvidenceRef(first)}${more})` : `(${term.source})`;
  return first ? `${mdEvidenceRef(first)}${more}` : "";
}
