import type { AnalysisActor } from "../../analysis/types.js";
import type { ParleyRecord } from "../../record/schema.js";
import { PartyDirectory } from "../parties.js";
import { DealSchema, type Deal } from "../schema.js";
import { groupReports } from "./group.js";
import { mergeReports } from "./merge.js";
import { dealIdBase, dealTitle, uniqueIds } from "./naming.js";
import { reportsOf } from "./reports.js";
import { settle } from "./status.js";

/** What deals are built from: the stored records and the actors resolved across them. */
export interface DealCorpus {
  records: readonly ParleyRecord[];
  actors: readonly AnalysisActor[];
}

const dayOf = (d: Deal) => d.dates.signed?.value ?? d.dates.proposed?.value ?? d.reports[0]?.date ?? "9999";

/**
 * Every proposal and agreement the records state: PROPOSE and AGREE events with the terms of their
 * passages, one deal per proposal however many outlets report it, in date order.
 */
export function buildDeals(corpus: DealCorpus): Deal[] {
  const directory = new PartyDirectory(corpus.records, corpus.actors);
  const reports = corpus.records.flatMap((record) => reportsOf(record, directory));
  const merged = groupReports(reports).map(mergeReports);
  const ids = uniqueIds(merged.map((deal) => dealIdBase(deal, (name) => directory.named(name).slug)));
  const settled = settle(merged.map((deal, i) => ({ ...deal, id: ids[i]!, title: "" })), corpus.records, directory);
  return settled
    .map((deal) => DealSchema.parse({ ...deal, title: dealTitle(deal, (name) => directory.named(name).short) }))
    .sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
}

export { PartyDirectory };
