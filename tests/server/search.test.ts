import { describe, expect, it } from "vitest";
import type { ParleyRecord } from "../../src/record/schema.js";
import { matchSpans, parseTextQuery } from "../../src/server/text-match.js";
import { talksRecord } from "../store/fixture.js";
import { useServers, valmoraRecords } from "./fixture.js";

const serve = useServers();

const words = (text: string, query: string) =>
  matchSpans(parseTextQuery(query)!, text).map((s) => text.slice(s.start, s.end));

describe("search queries", () => {
  it("matches words without case or diacritics, prefixes and phrases", () => {
    const text = "Envoys met in Zürich. The ENVOY said talks were negotiated; negotiators agreed.";
    expect(words(text, "zurich envoy")).toEqual(["Zürich", "ENVOY"]);
    expect(words(text, "negotiat*")).toEqual(["negotiated", "negotiators"]);
    expect(words(text, '"envoy said"')).toEqual(["ENVOY said"]);
    expect(words(text, '"said envoy"')).toEqual([]);
  });

  it("builds an FTS5 expression of quoted terms whatever the input", () => {
    expect(parseTextQuery('truce "Red Crescent" negotiat*')!.match).toBe('"truce" AND "red crescent" AND "negotiat"*');
    expect(parseTextQuery('NEAR( OR "x AND -y:')!.match).toBe('"near" AND "or" AND "x and y"');
    expect(parseTextQuery('*** "" -- :')).toBeUndefined();
  });
});

function quoteHit(body: { results: { kind: string; quoteId?: string }[] }, id: string) {
  return body.results.find((r) => r.kind === "quote" && r.quoteId === id) as any;
}

describe("GET /api/search", () => {
  it("finds a quote with offsets into its document and the matched words marked", async () => {
    const [first]: ParleyRecord[] = valmoraRecords();
    const server = await serve([first]);
    const { status, body } = await server.get("/api/search?q=closer");
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    const quote = quoteHit(body, "q1");
    expect(quote).toMatchObject({ documentId: first.document.id, speaker: "Lise Okafor" });
    const text = first.document.text;
    expect([quote.start, quote.end]).toEqual([first.quotes[0]!.start, first.quotes[0]!.end]);
    expect(quote.snippet.highlights.map((s: { start: number; end: number }) => text.slice(s.start, s.end))).toEqual(["closer"]);
    const article = body.results.find((r: { kind: string }) => r.kind === "document");
    expect(text.slice(article.start, article.end)).toBe(
      "\"We are closer than we have ever been,\" said Arden's foreign minister Lise Okafor.");
  });

  it("requires every word, filters by kind and date, and pages", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([first, later]);
    expect((await server.get("/api/search?q=truce broken")).body.total).toBe(1);
    expect((await server.get("/api/search?q=truce kumquat")).body.total).toBe(0);
    const quotes = (await server.get("/api/search?q=closer&kind=quote")).body;
    expect(quotes.results.map((r: { kind: string }) => r.kind)).toEqual(["quote", "quote"]);
    const windowed = (await server.get("/api/search?q=closer&kind=quote&since=2031-06-01")).body;
    expect(windowed.results.map((r: { documentId: string }) => r.documentId)).toEqual([later.document.id]);
    const paged = (await server.get("/api/search?q=closer&limit=1&offset=1")).body;
    expect([paged.total, paged.offset, paged.results.length]).toEqual([4, 1, 1]);
  });

  it("finds actors and events, matches stemmed words, and sorts by date on request", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([first, later]);
    const actors = (await server.get("/api/search?q=spokesman&kind=actor")).body;
    expect(actors.results.map((r: { name: string }) => r.name)).toEqual(["Tomas Reyk", "Tomas Reyk"]);
    const events = (await server.get("/api/search?q=consultations&kind=event")).body;
    expect(events.total).toBe(2);
    expect(events.results[0]).toMatchObject({ kind: "event", eventId: "e1", trigger: "met" });
    // "stopping" finds "stopped" through the index's stemmer, and the snippet marks the word found.
    const stemmed = (await server.get("/api/search?q=stopping&kind=document")).body;
    expect(stemmed.total).toBe(2);
    const text = first.document.text;
    const marked = stemmed.results[0].snippet.highlights.map((s: { start: number; end: number }) => text.slice(s.start, s.end));
    expect(marked).toEqual(["stopped"]);
    const byDate = (await server.get("/api/search?q=closer&kind=document&sort=date")).body;
    expect(byDate.results.map((r: { documentId: string }) => r.documentId)).toEqual([later.document.id, first.document.id]);
    expect((await server.get("/api/search?q=talks&sort=oldest")).status).toBe(400);
  });

  it("answers 400, not 500, to a missing or wordless query", async () => {
    const server = await serve([talksRecord()]);
    const missing = await server.get("/api/search");
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("q: a search query is required");
    expect((await server.get("/api/search?q=%22%2A%22")).status).toBe(400);
    expect((await server.get(`/api/search?q=${encodeURIComponent('NEAR(a b) OR "')}`)).status).toBe(200);
    expect((await server.get("/api/search?q=talks&kind=video")).status).toBe(400);
  });
});
