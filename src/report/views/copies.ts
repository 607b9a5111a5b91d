import type { SourceRef } from "../../analysis/types.js";
import type { ReportContext } from "../context.js";

/** Other documents that printed the same paragraph, as "Outlet, date" (the title when there is no outlet). */
export function copiesText(context: ReportContext, copies: readonly SourceRef[]): string[] {
  return copies.map((copy) => [copy.outlet ?? context.citation(copy.documentId).title, copy.date].filter(Boolean).join(", "));
}
