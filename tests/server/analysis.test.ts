import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { useServers, valmoraRecords } from "./fixture.js";

const serve = useServers();

describe("analysis endpoints", () => {
  it("serve each part of the analysis with the text of every evidence span", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const text = first.document.text;
    const { body } = await server.get("/api/timeline");
    expect(body.timeline).toHaveLength(2);
    for (const event of body.timeline) {
      expect(event.excerpt.text).toBe(text.slice(event.start, event.end));
      for (const source of event.sources) expect(source.excerpt.text).toBe(text.slice(source.start, source.end));
    }
    const positions = (await server.get("/api/positions")).body.positions;
    expect(positions.cells[0].evidence[0].excerpt.text).toBe("if shelling stopped");
    const series = (await server.get("/api/series")).body.series;
    expect(series[0].points[0].excerpt.context.text).toBe("At least 120 people have been killed since March, according to the Valmora Red Crescent.");
    for (const path of ["conflicts", "momentum", "duplicates"]) expect((await server.get(`/api/${path}`)).status).toBe(200);
  });

  it("lists actors without mention spans but with quote counts", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const { actors } = (await server.get("/api/actors")).body;
    expect(actors.map((a: { id: string; quoteCount: number; mentionCount: number }) => [a.id, a.quoteCount, a.mentionCount]))
      .toEqual([["lise-okafor", 1, 1], ["tomas-reyk", 0, 1], ["northern-coalition", 0, 3]]);
    expect(actors[0].mentions).toBeUndefined();
  });

  it("gives an actor's page: quotes of its members, its positions, its events", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const okafor = (await server.get("/api/actors/lise-okafor")).body;
    expect(okafor.actor.name).toBe("Lise Okafor");
    expect(okafor.actor.roles[0].evidence[0].excerpt.text).toBe("Lise Okafor");
    expect(okafor.quotes.map((q: { id: string; fragment: boolean }) => [q.id, q.fragment])).toEqual([["q1", false]]);
    expect(okafor.timeline).toEqual([]);
    const reyk = (await server.get("/api/actors/tomas-reyk")).body;
    expect(reyk.quotes.map((q: { id: string }) => q.id)).toEqual(["q2"]);
    const coalition = (await server.get("/api/actors/northern-coalition")).body;
    expect(coalition.timeline.map((e: { id: string }) => e.id)).toEqual(["t-e1", "t-e2"]);
    expect(coalition.positions.map((c: { issue: string }) => c.issue)).toEqual(["ceasefire"]);
    expect(coalition.documents.map((d: { id: string }) => d.id)).toEqual([first.document.id]);
    const missing = await server.get("/api/actors/nobody");
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe("no actor with id 'nobody'");
  });

  it("passes the date window to the analysis and reuses it until the database changes", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([first]);
    await server.get("/api/timeline?since=2031-01-01");
    await server.get("/api/positions?since=2031-01-01");
    await server.get("/api/series");
    expect(server.analysisCalls).toEqual([{ since: "2031-01-01" }, {}]);
    // An ingest by another process while the server runs.
    const store = openStore(server.dbPath);
    store.saveRecord(later);
    store.close();
    await server.get("/api/series");
    expect(server.analysisCalls).toHaveLength(3);
    expect((await server.get("/api/documents")).body.documents).toHaveLength(2);
  });

  it("reports a failing analysis as a JSON 500 and tries again on the next request", async () => {
    const [first] = valmoraRecords();
    let calls = 0;
    const server = await serve([first], async () => {
      calls++;
      throw new Error("analysis exploded");
    });
    const failed = await server.get("/api/timeline");
    expect(failed.status).toBe(500);
    expect(failed.body.error.message).toMatch(/internal error/);
    await server.get("/api/timeline");
    expect(calls).toBe(2);
  });
});
