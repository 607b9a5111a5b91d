import type { Store } from "../store/store.js";
import { analyseRecords } from "./analyse.js";
import { loadRecords } from "./load.js";
import type { Analysis, AnalysisOptions } from "./types.js";

export * from "./types.js";
export { analyseRecords, withinDates, type AnalyseInput } from "./analyse.js";
export { loadRecords } from "./load.js";
export { currentResolution, EditError, findActor, recordActorEdit, type EditRequest } from "./edits.js";

/**
 * The cross-document analysis of a store: resolved actors (with analysts' edits re-applied),
 * duplicates, figure series, conflicts, timeline, positions and momentum, for documents published
 * between `since` and `until` (inclusive, YYYY-MM-DD).
 */
export async function buildAnalysis(store: Store, options: AnalysisOptions = {}): Promise<Analysis> {
  const [records, edits, copies] = await Promise.all([loadRecords(store), store.listActorEdits(), store.listDocumentReports()]);
  return analyseRecords(records, { ...options, edits, copies });
}
