import type { ParleyRecord } from "../record/schema.js";

/**
 * The storage contract. SQLite implements it synchronously; a server database (Postgres) will return
 * promises, so code written against this interface awaits every call.
 */
export type Awaitable<T> = T | Promise<T>;

/** "duplicate": a document with the same text (hence the same id) was already stored; nothing changed. */
export type SaveOutcome = "stored" | "duplicate";

export interface DocumentSummary {
  id: string;
  path: string | null;
  url: string | null;
  title: string | null;
  date: string | null;
  outlet: string | null;
  /** ISO timestamp of the first ingest */
  ingestedAt: string;
}

export interface StoreCounts {
  documents: number;
  actors: number;
  quotes: number;
  figures: number;
  events: number;
  positions: number;
}

export interface Store {
  /** Validates and writes one record atomically. Throws InvalidRecordError and leaves the store unchanged. */
  saveRecord(record: ParleyRecord): Awaitable<SaveOutcome>;
  getRecord(docId: string): Awaitable<ParleyRecord | undefined>;
  /** Ids of stored documents that start with `prefix` ("doc_" may be left out), at most `limit`. */
  findDocumentIds(prefix: string, limit?: number): Awaitable<string[]>;
  /** Ordered by publication date (undated last), then title. */
  listDocuments(): Awaitable<DocumentSummary[]>;
  counts(): Awaitable<StoreCounts>;
  close(): Awaitable<void>;
}

/** The database itself is unusable (not a database, not Parley's, newer schema...). Message: "FILE: REASON". */
export class StoreError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = "StoreError";
  }
}

/** One record was refused; the store is unchanged and can keep accepting other records. */
export class InvalidRecordError extends Error {
  constructor(readonly docId: string, readonly reason: string) {
    super(`invalid record ${docId}: ${reason}`);
    this.name = "InvalidRecordError";
  }
}
