import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { useServers, valmoraRecords } from "./fixture.js";

const serve = useServers();

const resolved = (dbPath: string, sql: string, ...params: unknown[]) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
};

describe("POST /api/edits: set, speaker, undo", () => {
  it("sets a side, corrects a speaker and undoes, keeping the resolved-actor tables current", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const quote = first.quotes[0]!;
    const set = await server.post("/api/edits", { action: "set", actors: ["tomas-reyk"], side: "Valmora", type: "person" });
    expect(set.status).toBe(201);
    expect(set.body.edit).toMatchObject({ action: "set", side: "Valmora", type: "person", members: [{ actorId: "a2" }] });
    expect(resolved(server.dbPath, "SELECT side FROM resolved_actors r JOIN resolved_actor_members m ON m.actor_id = r.id WHERE m.record_actor_id = 'a2'"))
      .toEqual([{ side: "Valmora" }]);

    const speaker = await server.post("/api/edits", { action: "speaker", actors: ["tomas-reyk"], quote: { documentId: first.document.id, quoteId: quote.id } });
    expect(speaker.status).toBe(201);
    expect(resolved(server.dbPath, "SELECT m.record_actor_id AS actor, s.corrected FROM quote_speakers s JOIN resolved_actor_members m ON m.actor_id = s.actor_id WHERE s.quote_id = ?", quote.id))
      .toEqual([{ actor: "a2", corrected: 1 }]);
    // the dashboard's Quotes list shows the corrected speaker, with the side set above
    const [{ name }] = resolved(server.dbPath, "SELECT r.name FROM resolved_actors r JOIN resolved_actor_members m ON m.actor_id = r.id WHERE m.record_actor_id = 'a2'") as { name: string }[];
    const listed = await server.get(`/api/quotes?doc=${first.document.id}&limit=500`);
    expect(listed.body.quotes.find((q: { id: string }) => q.id === quote.id))
      .toMatchObject({ speakerName: name, speakerSide: "Valmora", speakerCorrected: true });

    const undo = await server.post("/api/edits", { action: "undo" });
    expect(undo.status).toBe(201);
    expect(undo.body.edit).toMatchObject({ action: "undo", undoes: speaker.body.edit.id });
    expect(resolved(server.dbPath, "SELECT corrected FROM quote_speakers WHERE quote_id = ?", quote.id)).not.toContainEqual({ corrected: 1 });
    const again = await server.post("/api/edits", { action: "undo", undoes: speaker.body.edit.id });
    expect([again.status, again.body.error.message]).toEqual([400, `#${speaker.body.edit.id} is already undone`]);
  });

  it("refuses a speaker edit without a quote, or naming a quote that is not there", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const missing = await server.post("/api/edits", { action: "speaker", actors: ["tomas-reyk"] });
    expect([missing.status, missing.body.error.message]).toEqual([400, "speaker: name the 'quote' and exactly one actor who said it"]);
    const unknown = await server.post("/api/edits", { action: "speaker", actors: ["tomas-reyk"], quote: { documentId: first.document.id, quoteId: "q99" } });
    expect([unknown.status, unknown.body.error.message]).toEqual([400, `quote: no quote 'q99' in document '${first.document.id}'`]);
    const set = await server.post("/api/edits", { action: "set", actors: ["tomas-reyk"] });
    expect(set.status).toBe(400);
  });
});
