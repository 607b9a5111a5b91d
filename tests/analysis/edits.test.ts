import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { buildAnalysis } from "../../src/analysis/index.js";
import { currentResolution, EditError, recordActorEdit } from "../../src/analysis/edits.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { MIGRATIONS, migrate, openStore, type SqliteStore } from "../../src/store/index.js";
import { useTempDirs } from "../store/temp.js";
import { record } from "./builder.js";

const tempDir = useTempDirs();

const lidia = record("2025-03-01", "Wire A", ["Foreign Minister Lidia Marek spoke in Osk."], (b) =>
  b.actor("Lidia Marek", { roles: ["Foreign Minister"] }));
const jozef = record("2025-03-02", "Wire B", ["Commander Jozef Marek answered."], (b) => b.actor("Jozef Marek"));
const bare = record("2025-03-03", "Wire C", ["Marek said the talks would go on."], (b) => b.actor("Marek"));

function storeWith(records: ParleyRecord[]): SqliteStore {
  const store = openStore(join(tempDir(), "t.db"));
  for (const r of records) store.saveRecord(r);
  return store;
}

const actorHolding = async (store: SqliteStore, documentId: string) =>
  (await buildAnalysis(store)).actors.find((a) => a.members.some((m) => m.documentId === documentId))!;

describe("analyst edits", () => {
  it("merges a bare surname into the person the analyst names, and audits who and when", async () => {
    const store = storeWith([lidia, jozef, bare]);
    expect((await actorHolding(store, bare.document.id)).name).toBe("Marek");
    const { edit } = await recordActorEdit(store, { action: "merge", refs: ["lidia-marek", "marek"], by: "ana", note: "FM" });
    expect(edit).toMatchObject({ id: 1, by: "ana", action: "merge", note: "FM" });
    expect(edit.members.map((m) => m.name)).toEqual(["Lidia Marek", "Marek"]);
    expect(Date.parse(edit.at)).not.toBeNaN();
    const merged = await actorHolding(store, bare.document.id);
    expect(merged).toMatchObject({ name: "Lidia Marek", edited: true, documentCount: 2 });
    expect((await actorHolding(store, jozef.document.id)).edited).toBe(false);
    store.close();
  });

  it("splits members out and renames, applying edits oldest first", async () => {
    const store = storeWith([lidia, jozef, bare]);
    await recordActorEdit(store, { action: "merge", refs: ["lidia-marek", "marek"], by: "ana" });
    await recordActorEdit(store, { action: "rename", refs: ["lidia-marek"], name: "Lidia Marek (FM)", by: "ana" });
    await recordActorEdit(store, { action: "split", refs: ["lidia-marek-fm", "Marek"], by: "bo" });
    const analysis = await buildAnalysis(store);
    const fm = analysis.actors.find((a) => a.name === "Lidia Marek (FM)")!;
    expect(fm.members.map((m) => m.name)).toEqual(["Lidia Marek"]);
    expect((await actorHolding(store, bare.document.id)).name).toBe("Marek");
    expect(store.listActorEdits().map((e) => [e.action, e.by])).toEqual([["merge", "ana"], ["rename", "ana"], ["split", "bo"]]);
    store.close();
  });

  it("refuses unknown, ambiguous and empty requests with one-line reasons", async () => {
    const store = storeWith([lidia, jozef, bare]);
    await expect(recordActorEdit(store, { action: "merge", refs: ["lidia-marek", "nobody"], by: "x" }))
      .rejects.toThrow("nobody: no such actor");
    await expect(recordActorEdit(store, { action: "merge", refs: ["lidia-marek", "Lidia Marek"], by: "x" }))
      .rejects.toThrow(EditError);
    await expect(recordActorEdit(store, { action: "merge", refs: ["lidia-marek", "Lidia Marek"], by: "x" }))
      .rejects.toThrow("already one actor");
    await expect(recordActorEdit(store, { action: "split", refs: ["lidia-marek", "Lidia Marek"], by: "x" }))
      .rejects.toThrow("would change nothing");
    await expect(recordActorEdit(store, { action: "rename", refs: ["jozef-marek"], name: "  ", by: "x" }))
      .rejects.toThrow("needs a new name");
    expect(store.listActorEdits()).toEqual([]);
    store.close();
  });

  it("keeps the log append-only", async () => {
    const store = storeWith([lidia, jozef, bare]);
    await recordActorEdit(store, { action: "merge", refs: ["lidia-marek", "marek"], by: "ana" });
    expect(() => store.db.prepare("UPDATE actor_edits SET by = 'mallory'").run()).toThrow("append-only");
    expect(() => store.db.prepare("DELETE FROM actor_edits").run()).toThrow("append-only");
    expect(store.listActorEdits()[0]!.by).toBe("ana");
    store.close();
  });

  it("survives re-ingest: re-extracted records with new actor ids are matched by name", async () => {
    const dir = tempDir();
    const first = openStore(join(dir, "one.db"));
    for (const r of [lidia, jozef, bare]) first.saveRecord(r);
    await recordActorEdit(first, { action: "merge", refs: ["lidia-marek", "marek"], by: "ana" });
    const [edit] = first.listActorEdits();
    first.close();

    // The same texts extracted again by a newer Parley: another actor comes first, so ids shift.
    const reextracted = record("2025-03-03", "Wire C", ["Marek said the talks would go on."], (b) => {
      b.actor("the talks", { type: "unnamed" });
      b.actor("Marek");
    });
    expect(reextracted.document.id).toBe(bare.document.id);
    const second = openStore(join(dir, "two.db"));
    for (const r of [lidia, reextracted, jozef]) second.saveRecord(r);
    second.addActorEdit(edit!);
    const merged = await actorHolding(second, bare.document.id);
    expect(merged.members.find((m) => m.documentId === bare.document.id)).toMatchObject({ actorId: "a2", name: "Marek" });
    expect(merged.name).toBe("Lidia Marek");
    expect((await currentResolution(second)).resolution.staleEdits).toEqual([]);
    second.close();
  });

  it("reports an edit whose members are gone as stale and ignores it", async () => {
    const store = storeWith([lidia, jozef]);
    store.addActorEdit({
      by: "ana", action: "merge", name: null, note: null,
      members: [{ documentId: lidia.document.id, actorId: "a1", name: "Lidia Marek" }, { documentId: "doc_0000", actorId: "a1", name: "Marek" }],
    });
    const { resolution } = await currentResolution(store);
    expect(resolution.staleEdits).toEqual([1]);
    expect(resolution.actors.every((a) => !a.edited)).toBe(true);
    store.close();
  });

  it("upgrades a database made before edits existed", () => {
    const path = join(tempDir(), "old.db");
    const raw = new Database(path);
    migrate(raw, MIGRATIONS.slice(0, 1));
    raw.close();
    const store = openStore(path);
    expect(store.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(store.listActorEdits()).toEqual([]);
    store.close();
  });
});
