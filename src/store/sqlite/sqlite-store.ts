import type Database from "better-sqlite3";
import type { ParleyRecord } from "../../record/schema.js";
import {
  InvalidRecordError, StoreError, type ActorEdit, type DocumentSummary, type NewActorEdit, type SaveOutcome, type Store,
  type StoreCounts,
} from "../store.js";
import { validateRecord } from "../validate.js";
import { actorEditLog } from "./edits.js";
import { openDatabase, type OpenOptions } from "./open.js";
import { recordReader } from "./read.js";
import { recordWriter } from "./write.js";

const DOC_ID_PREFIX = "doc_";

/** The embedded store: one SQLite file, WAL mode, one transaction per document. */
export class SqliteStore implements Store {
  private readonly writeRecord: (record: ParleyRecord, ingestedAt: string) => void;
  private readonly readRecord: (docId: string) => ParleyRecord | undefined;
  private readonly hasDocument: Database.Statement;
  private readonly idsWithPrefix: Database.Statement;
  private readonly edits: ReturnType<typeof actorEditLog>;

  constructor(readonly db: Database.Database) {
    this.writeRecord = recordWriter(db);
    this.readRecord = recordReader(db);
    this.hasDocument = db.prepare("SELECT 1 FROM documents WHERE id = ?").pluck();
    this.idsWithPrefix = db.prepare(
      "SELECT id FROM documents WHERE substr(id, 1, length(@prefix)) = @prefix ORDER BY id LIMIT @limit").pluck();
    this.edits = actorEditLog(db);
  }

  saveRecord(input: ParleyRecord): SaveOutcome {
    const record = validateRecord(input);
    const save = this.db.transaction((): SaveOutcome => {
      if (this.hasDocument.get(record.document.id)) return "duplicate";
      this.writeRecord(record, new Date().toISOString());
      return "stored";
    });
    try {
      // IMMEDIATE takes the write lock up front, so two concurrent ingests cannot both decide "stored".
      return save.immediate();
    } catch (error) {
      if (isConstraintError(error)) throw new InvalidRecordError(record.document.id, (error as Error).message);
      throw error;
    }
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
    return this.edits.add(edit);
  }

  listActorEdits(): ActorEdit[] {
    return this.edits.list();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** A record that breaks a table constraint (e.g. two quotes with one id) is the record's fault, not the store's. */
function isConstraintError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_CONSTRAINT");
}

export function openStore(path: string, options: OpenOptions = {}): SqliteStore {
  const db = openDatabase(path, options);
  try {
    return new SqliteStore(db);
  } catch (error) {
    // Statements are prepared up front, so a schema that does not match this code is caught here.
    db.close();
    throw new StoreError(path, `does not match this version of Parley: ${(error as Error).message}`);
  }
}
