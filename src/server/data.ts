import type { Analysis, AnalysisOptions } from "../analysis/types.js";
import type { ParleyRecord } from "../record/schema.js";
import type { Store } from "../store/store.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { ReadQueries } from "../store/sqlite/queries.js";
import { SqlLists } from "./listing/sql-list.js";
import { inRange } from "./params.js";

export type AnalysisBuilder = (store: Store, options: AnalysisOptions) => Promise<Analysis>;

/** Every stored record, in listDocuments order (publication date, undated last). */
export interface Corpus {
  records: ParleyRecord[];
  byId: Map<string, ParleyRecord>;
}

/** Distinct date windows kept at once; a dashboard uses one or two. */
const MAX_CACHED_ANALYSES = 8;

/**
 * What the API serves, loaded lazily and cached until the database changes (an ingest running beside
 * the server, or an analyst edit), which SQLite's data_version reports.
 */
export class ServerData {
  private version = -1;
  private corpusPromise: Promise<Corpus> | undefined;
  private readonly analyses = new Map<string, Promise<Analysis>>();
  /** List routes read their page straight from SQLite. */
  readonly lists: SqlLists;
  /** the read-only connection, for the few counts the API makes itself */
  readonly db: SqliteStore["db"];

  constructor(
    readonly store: Store,
    readonly queries: ReadQueries,
    private readonly build: AnalysisBuilder,
  ) {
    if (!(store instanceof SqliteStore)) throw new Error("the server's list queries need a SQLite store");
    this.db = store.db;
    this.lists = new SqlLists(store.db);
  }

  private refresh(): void {
    const version = this.queries.dataVersion();
    if (version === this.version) return;
    this.version = version;
    this.corpusPromise = undefined;
    this.analyses.clear();
  }

  corpus(): Promise<Corpus> {
    this.refresh();
    this.corpusPromise ??= forgetOnFailure(this.loadCorpus(), () => (this.corpusPromise = undefined));
    return this.corpusPromise;
  }

  analysis(range: AnalysisOptions): Promise<Analysis> {
    this.refresh();
    const key = `${range.since ?? ""}/${range.until ?? ""}`;
    let analysis = this.analyses.get(key);
    if (!analysis) {
      if (this.analyses.size >= MAX_CACHED_ANALYSES) this.analyses.delete(this.analyses.keys().next().value!);
      analysis = forgetOnFailure(this.build(this.store, range), () => this.analyses.delete(key));
      this.analyses.set(key, analysis);
    }
    return analysis;
  }

  /** The records published within the window (undated ones only when there is no window). */
  async records(range: AnalysisOptions): Promise<ParleyRecord[]> {
    return (await this.corpus()).records.filter((r) => inRange(r.document.date, range));
  }

  /** A record by exact id: from the cached corpus when it is loaded, else read alone (never the whole store for one). */
  async record(docId: string): Promise<ParleyRecord | undefined> {
    return (await this.recordsFor([docId])).get(docId);
  }

  /**
   * The records of a page's documents, by id: from the cached corpus when it is already loaded,
   * otherwise only these documents are read, so a list page never loads the whole store.
   */
  async recordsFor(docIds: Iterable<string>): Promise<Map<string, ParleyRecord>> {
    this.refresh();
    const corpus = this.corpusPromise ? await this.corpusPromise : undefined;
    const records = new Map<string, ParleyRecord>();
    for (const id of new Set(docIds)) {
      const record = corpus ? corpus.byId.get(id) : await this.store.getRecord(id);
      if (record) records.set(id, record);
    }
    return records;
  }

  private async loadCorpus(): Promise<Corpus> {
    const records: ParleyRecord[] = [];
    for (const summary of await this.store.listDocuments()) {
      const record = await this.store.getRecord(summary.id);
      if (record) records.push(record);
    }
    return { records, byId: new Map(records.map((r) => [r.document.id, r])) };
  }
}

function forgetOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}
