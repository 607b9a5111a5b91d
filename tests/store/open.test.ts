import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MIGRATIONS, migrate, openStore, StoreError, type Migration } from "../../src/store/index.js";
import { talksRecord } from "./fixture.js";
import { useTempDirs } from "./temp.js";

const tempDir = useTempDirs();

function expectStoreError(open: () => unknown, file: string, reason: RegExp): void {
  let thrown: unknown;
  try {
    open();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(StoreError);
  expect((thrown as StoreError).file).toBe(file);
  expect((thrown as StoreError).message).toMatch(reason);
  expect((thrown as StoreError).message).not.toContain("\n");
}

describe("openStore", () => {
  it("refuses a text file and leaves it untouched", () => {
    const dir = tempDir();
    const path = join(dir, "notes.txt");
    writeFileSync(path, "These are my notes, not a database.\n");
    expectStoreError(() => openStore(path), path, /^.*notes\.txt: not a SQLite database$/);
    expect(readFileSync(path, "utf8")).toBe("These are my notes, not a database.\n");
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });

  it("refuses another program's SQLite database and leaves it untouched", () => {
    const dir = tempDir();
    const path = join(dir, "other.sqlite");
    const other = new Database(path);
    other.exec("CREATE TABLE documents (name TEXT); INSERT INTO documents VALUES ('mine')");
    other.close();
    const bytes = readFileSync(path);
    expectStoreError(() => openStore(path), path, /not a Parley database$/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("refuses a folder", () => {
    const path = join(tempDir(), "folder.db");
    mkdirSync(path);
    expectStoreError(() => openStore(path), path, /is a directory/);
  });

  it("does not create a database when asked to open an existing one", () => {
    const path = join(tempDir(), "missing.db");
    expectStoreError(() => openStore(path, { mustExist: true }), path, /no such database/);
    expect(existsSync(path)).toBe(false);
  });

  it("creates a new database at the latest schema version", () => {
    const store = openStore(join(tempDir(), "new.db"));
    expect(store.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    store.close();
  });

  it("refuses a database made by a newer Parley", () => {
    const path = join(tempDir(), "future.db");
    openStore(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expectStoreError(() => openStore(path), path, /newer than this Parley supports/);
  });
});

describe("openStore on a damaged schema", () => {
  it("says the database does not match instead of failing later", () => {
    const path = join(tempDir(), "damaged.db");
    openStore(path).close();
    const raw = new Database(path);
    raw.exec("ALTER TABLE actors DROP COLUMN gender");
    raw.close();
    expectStoreError(() => openStore(path), path, /does not match this version of Parley: .*gender/);
  });
});

describe("migrate", () => {
  const addNotes: Migration = (db) => db.exec("ALTER TABLE documents ADD COLUMN note TEXT");

  /** A closed database file at the current schema, holding one record. */
  function databaseWithRecord() {
    const path = join(tempDir(), "parley.db");
    const record = talksRecord();
    const store = openStore(path);
    store.saveRecord(record);
    store.close();
    return { path, record };
  }

  it("upgrades an existing database in place and keeps its documents", () => {
    const { path, record } = databaseWithRecord();
    const raw = new Database(path);
    migrate(raw, [...MIGRATIONS, addNotes]);
    expect(raw.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length + 1);
    expect(raw.prepare("SELECT id, note FROM documents").all()).toEqual([{ id: record.document.id, note: null }]);
    // A second run must not apply the step again (ALTER TABLE would fail on the existing column).
    expect(() => migrate(raw, [...MIGRATIONS, addNotes])).not.toThrow();
    raw.close();
  });

  it("reopening a current database changes nothing", () => {
    const { path, record } = databaseWithRecord();
    const again = openStore(path);
    expect(again.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(again.getRecord(record.document.id)).toEqual(record);
    again.close();
  });

  it("leaves the database at the last completed version when a step fails", () => {
    const raw = new Database(":memory:");
    const broken: Migration = (db) => {
      db.exec("CREATE TABLE half_done (x)");
      throw new Error("disk on fire");
    };
    expect(() => migrate(raw, [...MIGRATIONS, broken])).toThrow("disk on fire");
    expect(raw.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()).toEqual([]);
    raw.close();
  });
});
