import { existsSync } from "node:fs";
import { analyseRecords, loadRecords } from "../analysis/index.js";
import type { AnalysisActor } from "../analysis/types.js";
import type { ParleyRecord } from "../record/schema.js";
import type { Store } from "../store/store.js";
import { buildDeals } from "./build/index.js";
import { readDealFile } from "./file.js";
import { buildLedger, type Ledger } from "./ledger/index.js";
import { PartyDirectory } from "./parties.js";
import type { Deal } from "./schema.js";

export * from "./schema.js";
export { compareDeals, type Comparison, type CompareRow, type CompareSide } from "./compare.js";
export { formatDeal, parseDeal, readDealFile, type DealFileFormat } from "./file.js";
export { buildLedger, LedgerError, type Ledger } from "./ledger/index.js";
export { buildDeals, type DealCorpus } from "./build/index.js";

/** The deals of a store with what building a ledger needs: the records and the actors resolved across them. */
export class DealBook {
  readonly deals: Deal[];
  readonly directory: PartyDirectory;

  constructor(readonly records: readonly ParleyRecord[], actors: readonly AnalysisActor[]) {
    this.directory = new PartyDirectory(records, actors);
    this.deals = buildDeals({ records, actors });
  }

  /** A deal by id, or by a prefix of exactly one id. */
  find(ref: string): Deal {
    const exact = this.deals.find((d) => d.id === ref);
    if (exact) return exact;
    const matches = this.deals.filter((d) => d.id.startsWith(ref));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) throw new Error(`${ref}: ambiguous deal id, matches ${matches.map((d) => d.id).join(", ")}`);
    const known = this.deals.map((d) => d.id).join(", ") || "none";
    throw new Error(`${ref}: no deal with this id and no such file (deals: ${known})`);
  }

  /** The agreement signed (or reported) last. */
  latestAgreed(): Deal | undefined {
    return this.deals.filter((d) => d.status.value === "agreed").pop();
  }

  ledger(deal: Deal): Ledger {
    return buildLedger(deal, this.records, this.directory);
  }
}

/** Every stored record and the actors resolved across them (with the analysts' edits), as deals. */
export async function loadDealBook(store: Store): Promise<DealBook> {
  const [records, edits] = await Promise.all([loadRecords(store), store.listActorEdits()]);
  return new DealBook(records, analyseRecords(records, { edits }).actors);
}

/** A deal named on the command line: a deal file when the path exists (or ends in .yaml/.yml/.json), else an id. */
export async function resolveDeal(ref: string, book: () => Promise<DealBook>): Promise<Deal> {
  if (existsSync(ref) || /\.(?:ya?ml|json)$/i.test(ref)) return readDealFile(ref);
  return (await book()).find(ref);
}
