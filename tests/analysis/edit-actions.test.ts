import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { buildAnalysis } from "../../src/analysis/index.js";
import { EditError, recordActorEdit } from "../../src/analysis/edits.js";
import { refreshResolvedActors } from "../../src/export/resolved-actors.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { MIGRATIONS, migrate, openStore, type SqliteStore } from "../../src/store/index.js";
import { useTempDirs } from "../store/temp.js";
import { record } from "./builder.js";

const tempDir = useTempDirs();

// Fictional: three reports quoting Lidia Marek, one quoting Jozef Marek.
const withQuote = (r: ParleyRecord, phrase: string, speaker: string): ParleyRecord => {
  const start = r.document.text.indexOf(phrase);
  r.quotes.push({ id: `q${r.quotes.length + 1}`, text: phrase, speaker, start, end: start + phrase.length, attribution: null, fragment: false });
  return r;
};
const osk = withQuote(record("2025-03-01", "Wire A", ["“We will sign,” Foreign Minister Lidia Marek said in Osk."], (b) =>
  b.actor("Lidia Marek", { roles: ["Foreign Minister"] })), "We will sign,", "a1");
const lindhaven = withQuote(record("2025-03-02", "Wire B", ["“Talks go on,” Lidia Marek said in Lindhaven."], (b) =>
  b.actor("Lidia Marek")), "Talks go on,", "a1");
const sarn = record("2025-03-03", "Wire C", ["Lidia Marek arrived in Sarn."], (b) => b.actor("Lidia Marek"));
const jozef = withQuote(record("2025-03-04", "Wire D", ["“No deal,” Commander Jozef Marek said, as Lidia Marek listened."], (b) => {
  b.actor("Jozef Marek", { roles: ["Commander"] });
  b.actor("Lidia Marek", {}, "Lidia Marek");
}), "No deal,", "a1");

function storeWith(records: ParleyRecord[]): SqliteStore {
  const store = openStore(join(tempDir(), "t.db"));
  for (const r of records) store.saveRecord(r);
  return store;
}

const actorOf = async (store: SqliteStore, documentId: string, actorId = "a1") =>
  (await buildAnalysis(store)).actors.find((a) => a.members.some((m) => m.documentId === documentId && m.actorId === actorId))!;

describe("analyst edits: split, set, speaker, undo", () => {
  it("split keeps the original id and name on the main actor and names the part split off as asked", async () => {
    const store = storeWith([osk, lindhaven, sarn]);
    expect((await actorOf(store, osk.document.id)).id).toBe("lidia-marek");
    // the earliest member leaves: before, the old id went with it
    await recordActorEdit(store, { action: "split", refs: ["lidia-marek", `${osk.document.id}:a1`], name: "Lidia Marek (Osk)", by: "ana" });
    const main = await actorOf(store, lindhaven.document.id);
    const part = await actorOf(store, osk.document.id);
    expect([main.id, main.name, main.documentCount]).toEqual(["lidia-marek", "Lidia Marek", 2]);
    expect([part.id, part.name, part.documentCount]).toEqual(["lidia-marek-osk", "Lidia Marek (Osk)", 1]);
    store.close();
  });

  it("split without a name gives the part its own name, and the main actor still keeps the id", async () => {
    const store = storeWith([osk, lindhaven, sarn]);
    await recordActorEdit(store, { action: "split", refs: ["lidia-marek", `${osk.document.id}:a1`], by: "ana" });
    expect((await actorOf(store, sarn.document.id)).id).toBe("lidia-marek");
    expect((await actorOf(store, osk.document.id)).id).toBe("lidia-marek-2");
    store.close();
  });

  it("sets an actor's side and type, and clears the side with 'none'", async () => {
    const store = storeWith([osk, lindhaven]);
    await recordActorEdit(store, { action: "set", refs: ["lidia-marek"], side: "Valdoria", type: "organization", by: "ana" });
    expect(await actorOf(store, osk.document.id)).toMatchObject({ affiliation: "Valdoria", type: "organization", edited: true });
    await recordActorEdit(store, { action: "set", refs: ["lidia-marek"], side: "none", by: "ana" });
    expect(await actorOf(store, osk.document.id)).toMatchObject({ affiliation: null, type: "organization" });
    await expect(recordActorEdit(store, { action: "set", refs: ["lidia-marek"], type: "planet", by: "ana" })).rejects.toThrow(/type 'planet'/);
    await expect(recordActorEdit(store, { action: "set", refs: ["lidia-marek"], by: "ana" })).rejects.toThrow(EditError);
    store.close();
  });

  it("corrects a quote's speaker: the resolved tables and SQL joins follow, and undo takes it back", async () => {
    const store = storeWith([osk, lindhaven, jozef]);
    const quotesBy = (name: string) => (store.db.prepare(
      `SELECT q.doc_id || ':' || q.id AS ref FROM quotes q JOIN quote_speakers s ON s.doc_id = q.doc_id AND s.quote_id = q.id
       JOIN resolved_actors r ON r.id = s.actor_id WHERE r.name = ? ORDER BY ref`).pluck().all(name) as string[]);
    await refreshResolvedActors(store);
    const jozefQuote = `${jozef.document.id}:q1`;
    expect(quotesBy("Jozef Marek")).toEqual([jozefQuote]);
    expect(quotesBy("Lidia Marek")).toHaveLength(2);

    const { edit } = await recordActorEdit(store, { action: "speaker", refs: [jozefQuote, "lidia-marek"], by: "ana", note: "misread" });
    // the speaker is named by a member in the quote's own document
    expect(edit).toMatchObject({ action: "speaker", quote: { documentId: jozef.document.id, quoteId: "q1" }, members: [{ documentId: jozef.document.id, actorId: "a2" }] });
    await refreshResolvedActors(store);
    expect(quotesBy("Lidia Marek")).toContain(jozefQuote);
    expect(quotesBy("Jozef Marek")).toEqual([]);
    expect(store.db.prepare("SELECT corrected FROM quote_speakers WHERE doc_id = ? AND quote_id = 'q1'").pluck().get(jozef.document.id)).toBe(1);

    const undo = await recordActorEdit(store, { action: "undo", refs: [], by: "bo" });
    expect(undo.edit).toMatchObject({ action: "undo", undoes: edit.id, by: "bo", members: [] });
    await refreshResolvedActors(store);
    expect(quotesBy("Jozef Marek")).toEqual([jozefQuote]);
    await expect(recordActorEdit(store, { action: "speaker", refs: [`${jozef.document.id}:q9`, "lidia-marek"], by: "ana" })).rejects.toThrow(/no quote q9/);
    store.close();
  });

  it("undo takes back the latest edit in force, or one by number; the audit log keeps every edit", async () => {
    const store = storeWith([osk, lindhaven, sarn]);
    await expect(recordActorEdit(store, { action: "undo", refs: [], by: "x" })).rejects.toThrow("undo: no edit to undo");
    await recordActorEdit(store, { action: "rename", refs: ["lidia-marek"], name: "L. Marek", by: "ana" });
    await recordActorEdit(store, { action: "split", refs: ["l-marek", `${sarn.document.id}:a1`], by: "ana" });
    expect((await actorOf(store, sarn.document.id)).documentCount).toBe(1);
    await recordActorEdit(store, { action: "undo", refs: [], by: "bo" }); // the split
    expect((await actorOf(store, sarn.document.id))).toMatchObject({ name: "L. Marek", documentCount: 3 });
    await recordActorEdit(store, { action: "undo", refs: ["#1"], by: "bo" }); // the rename
    expect((await actorOf(store, sarn.document.id))).toMatchObject({ id: "lidia-marek", name: "Lidia Marek", edited: false });
    await expect(recordActorEdit(store, { action: "undo", refs: ["1"], by: "x" })).rejects.toThrow("#1 is already undone");
    await expect(recordActorEdit(store, { action: "undo", refs: ["3"], by: "x" })).rejects.toThrow(/#3 is an undo/);
    await expect(recordActorEdit(store, { action: "undo", refs: ["42"], by: "x" })).rejects.toThrow("42: no such edit");
    expect(store.listActorEdits().map((e) => [e.id, e.action, e.undoes ?? null])).toEqual([
      [1, "rename", null], [2, "split", null], [3, "undo", 2], [4, "undo", 1],
    ]);
    expect(() => store.db.prepare("DELETE FROM actor_edits").run()).toThrow(/append-only/);
    store.close();
  });

  it("keeps the edits of a database made before set, speaker and undo existed, and still refuses to change them", () => {
    const path = join(tempDir(), "old.db");
    const raw = new Database(path);
    migrate(raw, MIGRATIONS.slice(0, 3));
    raw.prepare("INSERT INTO actor_edits (at, by, action, members, name, note) VALUES ('2025-01-01T00:00:00.000Z', 'ana', 'rename', ?, 'L. M.', NULL)")
      .run(JSON.stringify([{ documentId: "doc_1", actorId: "a1", name: "Lidia Marek" }]));
    raw.close();
    const store = openStore(path);
    expect(store.listActorEdits()).toEqual([{
      id: 1, at: "2025-01-01T00:00:00.000Z", by: "ana", action: "rename", name: "L. M.", note: null,
      members: [{ documentId: "doc_1", actorId: "a1", name: "Lidia Marek" }],
    }]);
    expect(store.addActorEdit({ by: "bo", action: "undo", members: [], name: null, note: null, undoes: 1 }).id).toBe(2);
    expect(() => store.db.prepare("UPDATE actor_edits SET by = 'x'").run()).toThrow(/append-only/);
    store.close();
  });
});
