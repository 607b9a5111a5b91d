import { join } from "node:path";
import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { InvalidRecordError, openStore, type SqliteStore } from "../../src/store/index.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { ReadQueries } from "../../src/store/sqlite/queries.js";
import { otherRecord, talksRecord } from "./fixture.js";
import { useTempDirs } from "./temp.js";

const tempDir = useTempDirs();
const newStore = () => openStore(join(tempDir(), "parley.db"));

/** Every row of every table, so "unchanged" means unchanged. */
function dump(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts_%' ORDER BY name")
    .pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
}

function expectRejected(store: SqliteStore, record: ParleyRecord, reason: RegExp): void {
  const before = dump(store.db);
  expect(() => store.saveRecord(record)).toThrow(InvalidRecordError);
  expect(() => store.saveRecord(record)).toThrow(reason);
  expect(dump(store.db)).toEqual(before);
}

describe("SqliteStore", () => {
  it("returns a record deep-equal to the one saved, also after reopening", () => {
    const path = join(tempDir(), "parley.db");
    const record = talksRecord();
    const store = openStore(path);
    expect(store.saveRecord(record)).toBe("stored");
    expect(store.getRecord(record.document.id)).toEqual(record);
    store.close();
    const reopened = openStore(path);
    expect(reopened.getRecord(record.document.id)).toEqual(record);
    reopened.close();
  });

  it("keeps the negotiation profile a document was read with, and none when it had none", () => {
    const store = newStore();
    const profile = { name: "labour-contract", chosenBy: "auto" as const, score: 12.5, cues: ["strike", "union"] };
    const record = { ...talksRecord(), document: { ...talksRecord().document, profile } };
    store.saveRecord(record);
    expect(store.getRecord(record.document.id)!.document.profile).toEqual(profile);
    const plain = otherRecord();
    store.saveRecord(plain);
    expect(store.getRecord(plain.document.id)!.document).not.toHaveProperty("profile");
    store.close();
  });

  it("keeps a record whose lists are all empty", () => {
    const store = newStore();
    const bare = { ...talksRecord(), actors: [], quotes: [], figures: [], events: [], positions: [] };
    store.saveRecord(bare);
    expect(store.getRecord(bare.document.id)).toEqual(bare);
    expect(store.getRecord("doc_0000000000000000")).toBeUndefined();
    store.close();
  });

  it("stores the same text once, whatever its metadata", () => {
    const store = newStore();
    const record = talksRecord();
    expect(store.saveRecord(record)).toBe("stored");
    const countsAfterFirst = store.counts();
    const renamed = { ...record, document: { ...record.document, path: "elsewhere.txt", title: "Another title" } };
    expect(store.saveRecord(renamed)).toBe("duplicate");
    expect(store.counts()).toEqual(countsAfterFirst);
    expect(store.getRecord(record.document.id)?.document.title).toBe("Valmora talks");
    expect(store.saveRecord(otherRecord())).toBe("stored");
    expect(store.counts().documents).toBe(2);
    store.close();
  });

  it("counts the rows of each kind", () => {
    const store = newStore();
    const record = talksRecord();
    store.saveRecord(record);
    expect(store.counts()).toEqual({
      documents: 1, actors: record.actors.length, quotes: record.quotes.length, figures: record.figures.length,
      events: record.events.length, positions: record.positions.length,
    });
    store.close();
  });

  it("lists documents by date, undated last", () => {
    const store = newStore();
    const later = talksRecord();
    const undated = otherRecord();
    undated.document.date = null;
    const earlierText = later.document.text + "\nEarlier.";
    const earlier = { ...talksRecord(earlierText), document: { ...talksRecord(earlierText).document, date: "2030-01-01" } };
    for (const r of [undated, later, earlier]) store.saveRecord(r);
    const listed = store.listDocuments();
    expect(listed.map((d) => d.id)).toEqual([earlier.document.id, later.document.id, undated.document.id]);
    expect(listed[0]).toMatchObject({ title: "Valmora talks", outlet: "The Example Post", date: "2030-01-01" });
    expect(Date.parse(listed[0]!.ingestedAt)).not.toBeNaN();
    store.close();
  });

  it("finds documents by id prefix, with or without doc_", () => {
    const store = newStore();
    const a = talksRecord();
    const b = otherRecord();
    store.saveRecord(a);
    store.saveRecord(b);
    const hex = a.document.id.slice("doc_".length);
    expect(store.findDocumentIds(a.document.id.slice(0, 9))).toEqual([a.document.id]);
    expect(store.findDocumentIds(hex.slice(0, 6))).toEqual([a.document.id]);
    expect(store.findDocumentIds("doc_").sort()).toEqual([a.document.id, b.document.id].sort());
    expect(store.findDocumentIds("zz")).toEqual([]);
    store.close();
  });

  it("indexes document and quote text for full-text search, stemmed, without a copy of the text", () => {
    const store = newStore();
    const record = talksRecord();
    store.saveRecord(record);
    const search = (match: string) => new ReadQueries(store.db).searchText({ match, limit: 10, offset: 0 }).hits
      .map((h) => [h.kind, h.docId, h.itemId]).sort();
    const id = record.document.id;
    expect(search('"closer"')).toEqual([["document", id, null], ["quote", id, "q1"]]);
    // The porter stemmer: "stopping" finds "stopped", "killings" finds "killed".
    expect(search('"stopping" AND "killings"')).toEqual([["document", id, null]]);
    expect(search('"spokesman"')).toEqual([["actor", id, "a2"], ["document", id, null]]);
    // External content: the index's shadow tables hold no column with the article's text.
    const contentTables = store.db.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%_fts_content'").all();
    expect(contentTables).toEqual([]);
    store.close();
  });

  it("uses WAL and enforces foreign keys", () => {
    const store = newStore();
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    store.close();
  });
});

describe("SqliteStore refuses bad records and stays unchanged", () => {
  const withStored = () => {
    const store = newStore();
    store.saveRecord(otherRecord());
    return store;
  };

  it("rejects a record that breaks the schema", () => {
    const store = withStored();
    const record = talksRecord();
    record.quotes[0]!.start = -1;
    expectRejected(store, record, /quotes\.0\.start/);
    store.close();
  });

  it("rolls back a record that fails half-way through writing", () => {
    const store = withStored();
    const record = talksRecord();
    record.quotes[1]!.id = record.quotes[0]!.id;
    expectRejected(store, record, /UNIQUE constraint failed: quotes/);
    expect(store.getRecord(record.document.id)).toBeUndefined();
    expect(store.saveRecord(talksRecord())).toBe("stored");
    store.close();
  });

  it("rejects a span outside the text", () => {
    const store = withStored();
    const record = talksRecord();
    record.figures[0]!.end = record.document.text.length + 1;
    expectRejected(store, record, /figures\.0: span .* outside the text/);
    store.close();
  });

  it("rejects a reference to an actor the record does not have", () => {
    const store = withStored();
    const record = talksRecord();
    record.events[1]!.recipients = ["a9"];
    expectRejected(store, record, /events\.1\.recipients\.0: 'a9' is not an actor/);
    store.close();
  });

  it("rejects an id that is not the hash of the text", () => {
    const store = withStored();
    const record = talksRecord();
    record.document.text += " ";
    expectRejected(store, record, /document\.id should be doc_/);
    store.close();
  });
});
