import { closeSync, openSync, readSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { StoreError } from "../store.js";
import { migrate, PARLEY_APPLICATION_ID } from "./migrations.js";

export interface OpenOptions {
  /** Refuse to create a new database (for read-only commands such as `show`). */
  mustExist?: boolean;
}

const SQLITE_HEADER = "SQLite format 3\0";

/**
 * Opens (or creates) a Parley database and brings its schema up to date. Any file that is not a
 * Parley database is refused with a StoreError before anything is written to it.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (path !== ":memory:") checkFile(path, options);
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: options.mustExist ?? false });
  } catch (error) {
    throw new StoreError(path, (error as Error).message);
  }
  try {
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    checkOwnership(db);
    db.pragma("journal_mode = WAL");
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof StoreError ? error : new StoreError(path, (error as Error).message);
  }
}

function checkFile(path: string, options: OpenOptions): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new StoreError(path, "is a directory, not a database file");
    size = stat.size;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new StoreError(path, (error as Error).message);
    if (options.mustExist) throw new StoreError(path, "no such database (run parley ingest first)");
    return;
  }
  // An empty file is a valid empty SQLite database; anything else must carry the SQLite header.
  if (size > 0 && readHeader(path) !== SQLITE_HEADER) throw new StoreError(path, "not a SQLite database");
}

function readHeader(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString("latin1");
  } finally {
    closeSync(fd);
  }
}

/** True only for a SQLite file that Parley created; never modifies the file. */
export function isParleyDatabase(path: string): boolean {
  try {
    if (readHeader(path) !== SQLITE_HEADER) return false;
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.pragma("application_id", { simple: true }) === PARLEY_APPLICATION_ID;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Another program's SQLite database is left alone rather than filled with Parley tables. */
function checkOwnership(db: Database.Database): void {
  const applicationId = db.pragma("application_id", { simple: true }) as number;
  if (applicationId === PARLEY_APPLICATION_ID) return;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number };
  if (applicationId !== 0 || tables.n > 0) throw new StoreError(db.name, "not a Parley database");
}
