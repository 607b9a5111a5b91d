import { buildAnalysis } from "../../src/analysis/index.js";
import { describe, expect, it } from "vitest";
import { useServers, valmoraRecords } from "./fixture.js";

const serve = useServers();

describe("documents API", () => {
  it("lists documents with counts and a lead, without their text, in date order", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([later, first]);
    const { status, body } = await server.get("/api/documents");
    expect(status).toBe(200);
    expect(body.documents.map((d: { id: string }) => d.id)).toEqual([first.document.id, later.document.id]);
    const entry = body.documents[0];
    expect(entry.text).toBeUndefined();
    expect(entry.counts).toEqual({ actors: 5, quotes: 2, figures: 3, events: 2, positions: 2 });
    expect(entry.length).toBe(first.document.text.length);
    expect(first.document.text.startsWith(entry.lead)).toBe(true);
  });

  it("keeps to the date window and refuses a malformed or reversed one", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([first, later]);
    const windowed = await server.get("/api/documents?since=2031-06-01");
    expect(windowed.body.documents.map((d: { id: string }) => d.id)).toEqual([later.document.id]);
    const bad = await server.get("/api/documents?since=2031-02-30");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/since: expected a date/);
    const reversed = await server.get("/api/documents?since=2031-07-01&until=2031-01-01");
    expect(reversed.status).toBe(400);
  });

  it("returns the stored record by id or unique prefix, 404 for an unknown id, 400 for an ambiguous prefix", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([first, later]);
    const full = await server.get(`/api/documents/${first.document.id}`);
    expect(full.status).toBe(200);
    expect(full.body).toEqual(first);
    const prefix = await server.get(`/api/documents/${first.document.id.slice(0, 10)}`);
    expect(prefix.body.document.id).toBe(first.document.id);
    const missing = await server.get("/api/documents/doc_ffffffffffffffff");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ status: 404, message: "no document with id 'doc_ffffffffffffffff'" });
    const ambiguous = await server.get("/api/documents/doc_");
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error.message).toMatch(/ambiguous id prefix/);
  });

  it("summarises counts, dates and outlets within the window", async () => {
    const [first, later] = valmoraRecords();
    // the summary's counts are the analysis' own: served with the real analysis, not the stub
    const server = await serve([first, later], (store, options) => buildAnalysis(store, options));
    const all = (await server.get("/api/summary")).body;
    // the later text reprints the first with one line added: one document, two reports
    expect([all.counts.documents, all.counts.reports]).toEqual([1, 2]);
    // the analysis' count: direct quotes, the reprinted ones once (src/analysis/counts.ts), as the CLI and the report
    expect(all.counts.quotes).toBe(first.quotes.filter((q) => !q.fragment).length);
    expect(all.counts.actors).toBeGreaterThan(0);
    expect(all.definitions.actors).toBe("resolved across documents");
    expect([all.firstDate, all.lastDate]).toEqual(["2031-05-06", "2031-06-10"]);
    expect(all.outlets).toEqual([{ outlet: "The Example Post", documents: 1 }, { outlet: "Valmora Daily", documents: 1 }]);
    const early = (await server.get("/api/summary?until=2031-05-31")).body;
    expect(early.counts.documents).toBe(1);
    expect(early.outlets).toEqual([{ outlet: "The Example Post", documents: 1 }]);
  });
});

describe("item lists across documents", () => {
  it("lists events with actor names and the evidence text, filtered by type", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const { body } = await server.get("/api/events?type=PROPOSE");
    expect(body.total).toBe(1);
    const event = body.events[0];
    expect(event).toMatchObject({ documentId: first.document.id, id: "e2", actorNames: ["Northern Coalition"], recipientNames: ["Arden"] });
    expect(event.excerpt.text).toBe(first.document.text.slice(event.start, event.end));
    expect(event.excerpt.context.text).toBe(
      "Coalition spokesman Tomas Reyk said the group would release 40 detainees if shelling stopped, calling the offer \"final\".");
    const bad = await server.get("/api/events?type=PARTY");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^type: expected one of AGREE/);
  });

  it("pages through figures and filters them by measure", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([first, later]);
    const page = (await server.get("/api/figures?limit=2&offset=3")).body;
    expect(page.total).toBe(6);
    expect(page.figures.map((f: { id: string; documentId: string }) => [f.documentId, f.id]))
      .toEqual([[later.document.id, "f1"], [later.document.id, "f2"]]);
    const killed = (await server.get("/api/figures?measure=killed")).body;
    expect(killed.figures.map((f: { measureText: string }) => f.measureText)).toEqual([
      "At least 120 people have been killed", "At least 120 people have been killed"]);
    expect((await server.get("/api/figures?limit=0")).status).toBe(400);
  });

  it("leaves quote fragments out unless asked, and names speakers", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const plain = (await server.get("/api/quotes")).body;
    expect(plain.quotes.map((q: { id: string; speakerName: string }) => [q.id, q.speakerName])).toEqual([["q1", "Lise Okafor"]]);
    const all = (await server.get("/api/quotes?fragments=true")).body;
    expect(all.total).toBe(2);
  });
});
