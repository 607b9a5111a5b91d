import type Database from "better-sqlite3";
import type { DocumentProfile, ParleyRecord } from "../../record/schema.js";
import {
  InvalidRecordError, StoreError, type ActorEdit, type DocumentReport, type DocumentSummary, type KnownInput, type NewActorEdit, type SaveOutcome,
  type Store,
  type StoreCounts,
} from "../store.js";
import { validateRecord } from "../validate.js";
import { actorEditLog } from "./edits.js";
import { openDatabase, type OpenOptions } from "./open.js";
import { recordReader } from "./read.js";
import { recordWriter } from "./write.js";

const DOC_ID_PREFIX = "doc_";

export interface StoreOptions extends OpenOptions {
  /**
   * Group many saves into one transaction (for ingest): each record is still all-or-nothing (a
   * savepoint of its own, so a refused record leaves the others of its batch in place); the batch
   * commits every BATCH_RECORDS records, BATCH_MILLISECONDS after its first record, and on close().
   * Without it every save is its own transaction, visible to other connections at once.
   */
  batchWrites?: boolean;
}

export const BATCH_RECORDS = 500;
/** Keeps the write lock short enough for another writer waiting on busy_timeout (5 s). */
export const BATCH_MILLISECONDS = 1000;

/** The embedded store: one SQLite file, WAL mode, one transaction per document or per batch of them. */
export class SqliteStore implements Store {
  private readonly writeRecord: (record: ParleyRecord, ingestedAt: string) => void;
  private readonly readRecord: (docId: string) => ParleyRecord | undefined;
  private readonly hasDocument: Database.Statement;
  private readonly idsWithPrefix: Database.Statement;
  private readonly edits: ReturnType<typeof actorEditLog>;
  private readonly hasInput: Database.Statement;
  private readonly rememberInput: Database.Statement;
  private readonly storedReport: Database.Statement;
  private readonly rememberReport: Database.Statement;
  private readonly saveInTransaction: Database.Transaction<(record: ParleyRecord, inputHash?: string) => SaveOutcome>;
  private batch: { records: number; startedAt: number; timer: NodeJS.Timeout } | null = null;

  constructor(readonly db: Database.Database, private readonly options: Pick<StoreOptions, "batchWrites"> = {}) {
    this.writeRecord = recordWriter(db);
    this.readRecord = recordReader(db);
    this.hasDocument = db.prepare("SELECT 1 FROM documents WHERE id = ?").pluck();
    this.idsWithPrefix = db.prepare(
      "SELECT id FROM documents WHERE substr(id, 1, length(@prefix)) = @prefix ORDER BY id LIMIT @limit").pluck();
    this.edits = actorEditLog(db);
    this.hasInput = db.prepare(
      "SELECT d.id AS documentId, d.profile FROM input_hashes i JOIN documents d ON d.id = i.doc_id WHERE i.hash = ?");
    this.rememberInput = db.prepare("INSERT OR IGNORE INTO input_hashes (hash, doc_id) VALUES (?, ?)");
    this.storedReport = db.prepare("SELECT outlet, date, url FROM documents WHERE id = ?");
    this.rememberReport = db.prepare(
      `INSERT OR IGNORE INTO document_reports (doc_id, report_key, outlet, date, url, path, title, reported_at)
       VALUES (@docId, @key, @outlet, @date, @url, @path, @title, @at)`);
    // Inside an open batch, better-sqlite3 runs this as a savepoint: a failure undoes this record only.
    this.saveInTransaction = db.transaction((record: ParleyRecord, inputHash?: string): SaveOutcome => {
      const known = this.hasDocument.get(record.document.id) !== undefined;
      if (!known) this.writeRecord(record, new Date().toISOString());
      else this.keepReport(record);
      if (inputHash) this.rememberInput.run(inputHash, record.document.id);
      return known ? "duplicate" : "stored";
    });
  }

  saveRecord(input: ParleyRecord, inputHash?: string): SaveOutcome {
    const record = validateRecord(input);
    try {
      if (!this.options.batchWrites) {
        // IMMEDIATE takes the write lock up front, so two concurrent ingests cannot both decide "stored".
        return this.saveInTransaction.immediate(record, inputHash);
      }
      this.openBatch();
      const outcome = this.saveInTransaction(record, inputHash);
      const batch = this.batch!;
      // Checked here too: an extractor on this thread never yields to the timer.
      if (++batch.records >= BATCH_RECORDS || Date.now() - batch.startedAt >= BATCH_MILLISECONDS) this.flush();
      return outcome;
    } catch (error) {
      if (isConstraintError(error)) throw new InvalidRecordError(record.document.id, (error as Error).message);
      throw error;
    }
  }

  knownInput(inputHash: string): KnownInput | undefined {
    const row = this.hasInput.get(inputHash) as { documentId: string; profile: string | null } | undefined;
    if (!row) return undefined;
    return { documentId: row.documentId, ...(row.profile === null ? {} : { profile: JSON.parse(row.profile) as DocumentProfile }) };
  }

  /** A stored text published again by another outlet, on another day or at another address is one more report of it. */
  private keepReport(record: ParleyRecord): void {
    const { id, outlet, date, url, path, title } = record.document;
    const stored = this.storedReport.get(id) as { outlet: string | null; date: string | null; url: string | null };
    if (stored.outlet === outlet && stored.date === date && stored.url === url) return;
    const key = JSON.stringify([outlet, date, url]);
    this.rememberReport.run({ docId: id, key, outlet, date, url, path, title, at: new Date().toISOString() });
  }

  listDocumentReports(): DocumentReport[] {
    return this.db.prepare(
      `SELECT doc_id AS documentId, outlet, date, url, path, title FROM document_reports ORDER BY doc_id, date, outlet`).all() as DocumentReport[];
  }

  /** Commits the open batch, if any, so other connections see its records. */
  flush(): void {
    if (!this.batch) return;
    clearTimeout(this.batch.timer);
    this.batch = null;
    if (this.db.inTransaction) this.db.exec("COMMIT");
  }

  private openBatch(): void {
    if (this.batch && this.db.inTransaction) return;
    if (this.batch) clearTimeout(this.batch.timer); // SQLite ended the transaction itself (a failed disk write)
    // The write lock is taken now, as a single save does, so the duplicate check stays right between processes.
    this.db.exec("BEGIN IMMEDIATE");
    // The timer commits a batch left open while the caller waits (a slow input, or the end of a watch burst).
    const timer = setTimeout(() => this.flush(), BATCH_MILLISECONDS);
    timer.unref();
    this.batch = { records: 0, startedAt: Date.now(), timer };
  }

  getRecord(docId: string): ParleyRecord | undefined {
    return this.readRecord(docId);
  }

  findDocumentIds(prefix: string, limit = 10): string[] {
    const full = prefix.startsWith(DOC_ID_PREFIX) ? prefix : DOC_ID_PREFIX + prefix;
    return this.idsWithPrefix.all({ prefix: full, limit }) as string[];
  }

  listDocuments(): DocumentSummary[] {
    return this.db.prepare(
      `SELECT id, path, url, title, date, outlet, ingested_at AS ingestedAt FROM documents
       ORDER BY date IS NULL, date, title, id`).all() as DocumentSummary[];
  }

  counts(): StoreCounts {
    const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      documents: count("documents"), actors: count("actors"), quotes: count("quotes"), figures: count("figures"),
      events: count("events"), positions: count("positions"),
    };
  }

  addActorEdit(edit: NewActorEdit): ActorEdit {
    const added = this.edits.add(edit);
    this.flush(); // an analyst's edit is saved when the call returns, not with the next batch
    return added;
  }

  listActorEdits(): ActorEdit[] {
    return this.edits.list();
  }

  close(): void {
    if (this.db.open) {
      this.flush();
      this.db.close();
    }
  }
}

/** A record that breaks a table constraint (e.g. two quotes with one id) is the record's fault, not the store's. */
function isConstraintError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_CONSTRAINT");
}

export function openStore(path: string, options: StoreOptions = {}): SqliteStore {
  const db = openDatabase(path, options);
  try {
    return new SqliteStore(db, options);
  } catch (error) {
    // Statements are prepared up front, so a schema that does not match this code is caught here.
    db.close();
    throw new StoreError(path, `does not match this version of Parley: ${(error as Error).message}`);
  }
}
