import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { useServers, valmoraRecords } from "./fixture.js";

const serve = useServers();

const storedEdits = (dbPath: string) => {
  const store = openStore(dbPath);
  try {
    return store.listActorEdits();
  } finally {
    store.close();
  }
};

describe("POST /api/edits", () => {
  it("appends a rename, naming the actor by its analysis id, to the store's audit log", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const response = await server.post("/api/edits", { action: "rename", actors: ["tomas-reyk"], name: "Tomas Reyk-Lund", note: "full name" });
    expect(response.status).toBe(201);
    expect(response.body.edit).toMatchObject({
      action: "rename", by: "dashboard", name: "Tomas Reyk-Lund", note: "full name",
      members: [{ documentId: first.document.id, actorId: "a2", name: "Tomas Reyk" }],
    });
    expect(storedEdits(server.dbPath)).toEqual([response.body.edit]);
    expect((await server.get("/api/edits")).body.edits).toEqual([response.body.edit]);
  });

  it("stores merges by actor and splits by record actor", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const merge = await server.post("/api/edits", { action: "merge", actors: ["lise-okafor", "tomas-reyk"], by: "analyst 1" });
    expect(merge.status).toBe(201);
    expect(merge.body.edit.members.map((m: { actorId: string }) => m.actorId)).toEqual(["a1", "a2"]);
    const split = await server.post("/api/edits", { action: "split", members: [{ documentId: first.document.id, actorId: "a3" }], name: "the group" });
    expect(split.status).toBe(201);
    expect(storedEdits(server.dbPath).map((e) => [e.action, e.by])).toEqual([["merge", "analyst 1"], ["split", "dashboard"]]);
  });

  it("refuses malformed and impossible edits without storing anything", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const refused: [unknown, number, RegExp][] = [
      [{ action: "delete", actors: ["tomas-reyk"] }, 400, /^action: /],
      [{ action: "merge", actors: ["tomas-reyk"] }, 400, /merge: name at least two actors/],
      [{ action: "rename", actors: ["tomas-reyk"] }, 400, /rename: name exactly one actor/],
      [{ action: "rename", actors: ["nobody"], name: "X" }, 400, /no actor with id 'nobody'/],
      [{ action: "split", members: [{ documentId: first.document.id, actorId: "a99" }] }, 400, /no actor 'a99'/],
      [{ action: "split", actors: ["tomas-reyk"] }, 400, /split: name the record actors/],
      [{ action: "rename", actors: ["tomas-reyk"], name: "X", extra: 1 }, 400, /extra|unrecognized/i],
    ];
    for (const [body, status, message] of refused) {
      const response = await server.post("/api/edits", body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.body.error.message).toMatch(message);
    }
    const notJson = await server.post("/api/edits", "{action:", "application/json");
    expect([notJson.status, notJson.body.error.message]).toEqual([400, "request body is not valid JSON"]);
    const form = await server.post("/api/edits", "action=merge", "application/x-www-form-urlencoded");
    expect(form.status).toBe(415);
    const huge = await server.post("/api/edits", { action: "rename", actors: ["tomas-reyk"], note: "x".repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(storedEdits(server.dbPath)).toEqual([]);
  });
});
