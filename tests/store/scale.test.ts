import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ingestInputs } from "../../src/cli/commands/ingest.js";
import { inThreadExtractor, type Extractor } from "../../src/cli/timed-extraction.js";
import { DEFAULT_MAX_BYTES } from "../../src/ingest/index.js";
import { documentId } from "../../src/extract/pipeline.js";
import { InvalidRecordError, MIGRATIONS, migrate, openStore } from "../../src/store/index.js";
import { ReadQueries } from "../../src/store/sqlite/queries.js";
import { recordWriter } from "../../src/store/sqlite/write.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { otherRecord, talksRecord } from "./fixture.js";
import { useTempDirs } from "./temp.js";

const tempDir = useTempDirs();

/** A record of its own text (its own id), so a batch can hold several. */
function recordWithText(text: string): ParleyRecord {
  const base = talksRecord();
  return {
    ...base, document: { ...base.document, id: documentId(text), text },
    actors: [], quotes: [], figures: [], events: [], positions: [],
  };
}

describe("schema upgrade to external-content search", () => {
  it("upgrades a database of the previous schema in place, and search finds stemmed words in its old rows", () => {
    const path = join(tempDir(), "old.db");
    const old = new Database(path);
    // the schema just before the external-content search migration (later migrations may follow it)
    const previous = MIGRATIONS.findIndex((migration) => migration.name === "externalContentSearch");
    expect(previous).toBeGreaterThan(0);
    migrate(old, MIGRATIONS.slice(0, previous));
    const record = talksRecord();
    // What the previous version wrote: the rows, plus a copy of every text in its own index.
    old.transaction(() => {
      recordWriter(old)(record, "2031-01-01T00:00:00.000Z");
      old.prepare("INSERT INTO text_index (doc_id, kind, item_id, text) VALUES (?, 'document', NULL, ?)")
        .run(record.document.id, record.document.text);
    })();
    old.close();

    const store = openStore(path);
    expect(store.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'text_index'").all()).toEqual([]);
    expect(store.getRecord(record.document.id)).toEqual(record);
    const search = (match: string) => new ReadQueries(store.db).searchText({ match, limit: 10, offset: 0 }).hits
      .map((h) => `${h.kind}:${h.itemId ?? ""}`).sort();
    expect(search('"stopping"')).toEqual(["document:"]);
    expect(search('"closer"')).toEqual(["document:", "quote:q1"]);
    // New rows join the rebuilt index through the triggers.
    store.saveRecord(otherRecord());
    expect(new ReadQueries(store.db).searchText({ match: '"closer"', limit: 10, offset: 0 }).total).toBeGreaterThan(2);
    store.close();
  });
});

describe("batched writes", () => {
  it("keeps every other record of a batch when one of them is refused", () => {
    const path = join(tempDir(), "batch.db");
    const store = openStore(path, { batchWrites: true });
    const first = recordWithText("Envoys of Arden met the Coalition in Valmora on Monday.");
    const broken = talksRecord();
    broken.quotes[1]!.id = broken.quotes[0]!.id;
    const last = recordWithText("The Coalition answered Arden's offer on Friday.");
    expect(store.saveRecord(first)).toBe("stored");
    expect(() => store.saveRecord(broken)).toThrow(InvalidRecordError);
    expect(store.saveRecord(last)).toBe("stored");
    expect(store.saveRecord(first)).toBe("duplicate");
    store.close();

    const reopened = openStore(path);
    expect(reopened.counts().documents).toBe(2);
    expect(reopened.getRecord(first.document.id)).toEqual(first);
    expect(reopened.getRecord(broken.document.id)).toBeUndefined();
    reopened.close();
  });
});

describe("known inputs", () => {
  it("does not extract a file again once it is stored, but does extract a changed one", async () => {
    const dir = tempDir();
    const file = join(dir, "talks.txt");
    writeFileSync(file, "Arden and the Coalition resumed talks in Valmora on Tuesday, officials said.\n");
    const store = openStore(join(dir, "parley.db"), { batchWrites: true });
    const extracted: string[] = [];
    const inner = inThreadExtractor({ maxBytes: DEFAULT_MAX_BYTES });
    const extractor: Extractor = {
      extract: (item) => {
        extracted.push(item.path);
        return inner.extract(item);
      },
      close: () => inner.close(),
    };
    const run = { maxBytes: DEFAULT_MAX_BYTES, extractor };
    expect(await ingestInputs(store, [file], undefined, run)).toMatchObject({ stored: 1, duplicate: 0 });
    expect(await ingestInputs(store, [file], undefined, run)).toMatchObject({ stored: 0, duplicate: 1 });
    expect(extracted).toEqual([file]);
    writeFileSync(file, "Arden and the Coalition broke off talks in Valmora on Friday, officials said.\n");
    expect(await ingestInputs(store, [file], undefined, run)).toMatchObject({ stored: 1, duplicate: 0 });
    expect(extracted).toEqual([file, file]);
    store.close();
  });
});
