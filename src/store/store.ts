import type { ActorType, DocumentProfile, ParleyRecord } from "../record/schema.js";

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

export interface KnownInput {
  documentId: string;
  profile?: DocumentProfile;
}

export interface StoreCounts {
  documents: number;
  actors: number;
  quotes: number;
  figures: number;
  events: number;
  positions: number;
}

/** One more report of a stored text: another outlet, day or address that published it word for word. */
export interface DocumentReport {
  documentId: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  path: string | null;
  title: string | null;
}

/** A record actor named by its document, its id in that record, and its name there (to re-find it if ids change). */
export interface ActorMemberKey {
  documentId: string;
  actorId: string;
  name: string;
}

export type ActorEditAction = "merge" | "split" | "rename" | "set" | "speaker" | "undo";

/** A quote named by its document and its id in that record. */
export interface QuoteKey {
  documentId: string;
  quoteId: string;
}

/**
 * An analyst's correction to cross-document actor resolution. merge: the actors holding these members
 * become one; split: these members leave their actor and form a new one (called `name` when given);
 * rename: the actor holding the (single) member is called `name`; set: that actor's `side` and/or
 * `type` (side "" clears it); speaker: `quote` was said by the actor holding the (single) member;
 * undo: edit `undoes` no longer applies (an undo names no members).
 */
export interface NewActorEdit {
  by: string;
  action: ActorEditAction;
  members: ActorMemberKey[];
  name: string | null;
  note: string | null;
  side?: string | null;
  type?: ActorType | null;
  quote?: QuoteKey | null;
  undoes?: number | null;
}

export interface ActorEdit extends NewActorEdit {
  id: number;
  /** ISO timestamp */
  at: string;
}

export interface Store {
  /**
   * Validates and writes one record atomically. Throws InvalidRecordError and leaves the store unchanged.
   * `inputHash` (see inputHash()) remembers the input file the record was read from, stored or duplicate.
   */
  saveRecord(record: ParleyRecord, inputHash?: string): Awaitable<SaveOutcome>;
  /**
   * The stored document an input file with this hash was already read into (no need to extract it
   * again), with the profile it was read with; undefined for a new input.
   */
  knownInput(inputHash: string): Awaitable<KnownInput | undefined>;
  getRecord(docId: string): Awaitable<ParleyRecord | undefined>;
  /** Ids of stored documents that start with `prefix` ("doc_" may be left out), at most `limit`. */
  findDocumentIds(prefix: string, limit?: number): Awaitable<string[]>;
  /** Ordered by publication date (undated last), then title. */
  listDocuments(): Awaitable<DocumentSummary[]>;
  counts(): Awaitable<StoreCounts>;
  /** Appends an edit to the audit log (edits are never changed or deleted). */
  addActorEdit(edit: NewActorEdit): Awaitable<ActorEdit>;
  /** Every edit, oldest first: the order in which they are re-applied. */
  listActorEdits(): Awaitable<ActorEdit[]>;
  /** Reprints of stored documents by other outlets or on other days: same text, so not stored again. */
  listDocumentReports(): Awaitable<DocumentReport[]>;
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
