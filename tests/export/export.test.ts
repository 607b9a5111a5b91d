import { Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { refreshResolvedActors } from "../../src/export/resolved-actors.js";
import { exportRequest, ExportError, TABLES, writeExport, type ExportRequest } from "../../src/export/index.js";
import { recordToPlover } from "../../src/export/plover.js";
import { PloverRecordSchema } from "../../src/export/plover-schema.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import type { SqliteStore } from "../../src/store/index.js";
import { useTempDirs } from "../store/temp.js";
import { storeWithStories } from "./fixture.js";

const tempDir = useTempDirs();

/** Collects what an export writes, as a file or an HTTP response would receive it. */
class Collect extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

async function exported(store: SqliteStore, request: ExportRequest): Promise<string> {
  const out = new Collect();
  await writeExport({ db: store.db, store }, request, out);
  return out.text;
}

const csvRows = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

const PER_DOCUMENT: Record<string, (r: ParleyRecord) => { id: string; text?: string }[]> = {
  documents: (r) => [{ id: r.document.id, text: r.document.text }],
  actors: (r) => r.actors,
  quotes: (r) => r.quotes,
  figures: (r) => r.figures,
  events: (r) => r.events,
  positions: (r) => r.positions,
};

describe("parley export", () => {
  it("writes every per-document table as CSV: one row per item, and each span slices the stored text to the row's text", async () => {
    const { store, records } = storeWithStories(tempDir());
    await refreshResolvedActors(store);
    const stored = new Map(records.map((r) => [r.document.id, store.getRecord(r.document.id)!]));
    for (const [table, itemsOf] of Object.entries(PER_DOCUMENT)) {
      const rows = csvRows(await exported(store, exportRequest(table, "csv")));
      const items = [...stored.values()].flatMap((r) => itemsOf(r).map((item) => ({ documentId: r.document.id, item })));
      expect(rows, table).toHaveLength(items.length);
      expect(new Set(rows.map((row) => `${row.document_id}/${row.id}`)).size, table).toBe(items.length);
      for (const row of rows) {
        const record = stored.get(row.document_id!)!;
        expect(row.outlet).toBe(record.document.outlet ?? "");
        expect(row.date).toBe(record.document.date ?? "");
        expect(record.document.text.slice(Number(row.start), Number(row.end)), `${table} ${row.id}`).toBe(row.text);
        // quotes and positions carry their own text: the span gives exactly it
        const item = itemsOf(record).find((i) => i.id === row.id)!;
        if (item.text !== undefined) expect(row.text).toBe(item.text);
      }
    }
    expect(records.flatMap((r) => r.quotes).length).toBeGreaterThan(3);
    store.close();
  });

  it("names each quote's resolved speaker, so one person's quotes across documents can be listed", async () => {
    const { store } = storeWithStories(tempDir());
    await refreshResolvedActors(store);
    const rows = csvRows(await exported(store, exportRequest("quotes", "csv")));
    const lidia = rows.filter((r) => r.resolved_speaker === "Lidia Marek");
    expect(new Set(lidia.map((r) => r.document_id)).size).toBe(2);
    expect(lidia.every((r) => r.resolved_speaker_id === "lidia-marek")).toBe(true);
    // the same answer from SQL, through the resolved-actor tables
    const bySql = store.db.prepare(
      `SELECT q.doc_id, q.id FROM quotes q JOIN quote_speakers s ON s.doc_id = q.doc_id AND s.quote_id = q.id
       JOIN resolved_actors r ON r.id = s.actor_id WHERE r.name = 'Lidia Marek' ORDER BY q.doc_id, q.id`).all() as { doc_id: string; id: string }[];
    expect(bySql.map((q) => `${q.doc_id}/${q.id}`).sort()).toEqual(lidia.map((r) => `${r.document_id}/${r.id}`).sort());
    store.close();
  });

  it("writes JSON lines with lists kept as lists, and keeps to a date window and to one column's value", async () => {
    const { store, records } = storeWithStories(tempDir());
    const lines = (await exported(store, exportRequest("actors", "jsonl"))).trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(records.reduce((n, r) => n + r.actors.length, 0));
    expect(lines.every((l) => Array.isArray(l.aliases) && Array.isArray(l.roles))).toBe(true);
    const march9 = csvRows(await exported(store, exportRequest("quotes", "csv", { since: "2025-03-06", until: "2025-03-31" })));
    expect(march9.length).toBeGreaterThan(0);
    expect(new Set(march9.map((r) => r.date))).toEqual(new Set(["2025-03-09"]));
    const type = records.flatMap((r) => r.events)[0]!.type;
    const events = csvRows(await exported(store, exportRequest("events", "csv", { columns: { type } })));
    expect(events.length).toBe(records.flatMap((r) => r.events).filter((e) => e.type === type).length);
    store.close();
  });

  it("writes the events as PLOVER records that validate against the PLOVER fields, the same as extract --format plover", async () => {
    const { store, records } = storeWithStories(tempDir());
    const lines = (await exported(store, exportRequest("events", "plover"))).trim().split("\n");
    const expected = records.flatMap((r) => recordToPlover(store.getRecord(r.document.id)!));
    expect(expected.length).toBeGreaterThan(0);
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify(expected)));
    for (const line of lines) expect(PloverRecordSchema.safeParse(JSON.parse(line)).success).toBe(true);
    store.close();
  });

  it("has a PLOVER schema that refuses records missing or misusing PLOVER's fields", () => {
    const { store, records } = storeWithStories(tempDir());
    const good = recordToPlover(records[0]!)[0]!;
    expect(PloverRecordSchema.safeParse(good).success).toBe(true);
    const { event_type: _dropped, ...missing } = good;
    expect(PloverRecordSchema.safeParse(missing).success).toBe(false);
    expect(PloverRecordSchema.safeParse({ ...good, event: ["PROPOSE"], event_type: "PROPOSE" }).success).toBe(false);
    expect(PloverRecordSchema.safeParse({ ...good, event_type: "ASSAULT", event: ["ASSAULT"], mode: "no-such-mode" }).success).toBe(false);
    store.close();
  });

  it("refuses an unknown table or format, and plover for any table but events, in one line", () => {
    expect(() => exportRequest("people", "csv")).toThrow(/unknown table 'people'/);
    expect(() => exportRequest("quotes", "xlsx")).toThrow(/unknown format 'xlsx'/);
    expect(() => exportRequest("quotes", "plover")).toThrow(ExportError);
    expect(TABLES).toContain("deals");
  });
});
