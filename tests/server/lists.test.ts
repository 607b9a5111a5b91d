import { describe, expect, it } from "vitest";
import { documentId } from "../../src/extract/pipeline.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { spanOf } from "../store/fixture.js";
import { useServers, valmoraRecords } from "./fixture.js";

const serve = useServers();

/** A third, fictional article: two speakers of different sides, each quote carrying a position. */
const GENEVA_TEXT = [
  "GENEVA — Mediator Ines Bahr said: \"A ceasefire by Friday is within reach.\"",
  "Rebel envoy Kofi Dane replied: \"We will not disarm before elections.\"",
].join("\n");

function genevaRecord(): ParleyRecord {
  const at = (phrase: string) => spanOf(GENEVA_TEXT, phrase);
  const quote = (id: string, text: string, speaker: string) =>
    ({ id, text, speaker, ...at(`"${text}"`), attribution: null, fragment: false });
  return {
    document: {
      id: documentId(GENEVA_TEXT), path: "fixtures/geneva.txt", url: null, title: "Geneva round", date: "2031-07-01",
      outlet: "Geneva Wire", authors: [], dateline: "GENEVA", format: "text", text: GENEVA_TEXT,
    },
    actors: [
      { id: "a1", name: "Ines Bahr", type: "person", aliases: [], roles: ["Mediator"], affiliation: "United Nations", gender: null, mentions: [at("Ines Bahr")] },
      { id: "a2", name: "Kofi Dane", type: "person", aliases: [], roles: ["Rebel envoy"], affiliation: "Southern Front", gender: null, mentions: [at("Kofi Dane")] },
    ],
    quotes: [quote("q1", "A ceasefire by Friday is within reach.", "a1"), quote("q2", "We will not disarm before elections.", "a2")],
    figures: [],
    events: [],
    positions: [
      { id: "p1", actor: "a1", stance: "support", issue: "ceasefire", text: "A ceasefire by Friday", places: [], ...at("A ceasefire by Friday") },
      { id: "p2", actor: "a2", stance: "reject", issue: "disarmament", text: "We will not disarm", places: [], ...at("We will not disarm") },
    ],
  };
}

const pairs = (quotes: { speakerName: string; text: string }[]) => quotes.map((q) => [q.speakerName, q.text]);

describe("list routes: paging, sorting, facets", () => {
  it("filters quotes by speaker, side, outlet, issue and words, with facet counts for the other filters", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([first, later, genevaRecord()]);
    const all = (await server.get("/api/quotes")).body;
    expect(all).toMatchObject({ total: 4, offset: 0, limit: 50, sort: "date", order: "asc" });
    expect(all.facets.speaker).toEqual([
      { value: "Lise Okafor", count: 2 }, { value: "Ines Bahr", count: 1 }, { value: "Kofi Dane", count: 1 }]);
    expect(all.facets.issue).toEqual([{ value: "ceasefire", count: 1 }, { value: "disarmament", count: 1 }]);

    const okafor = (await server.get("/api/quotes?speaker=Lise%20Okafor")).body;
    expect(okafor.total).toBe(2);
    // A facet's own counts ignore its own choice, so the other speakers stay offered.
    expect(okafor.facets.speaker).toHaveLength(3);
    expect(okafor.facets.outlet).toEqual([{ value: "The Example Post", count: 1 }, { value: "Valmora Daily", count: 1 }]);

    expect(pairs((await server.get("/api/quotes?issue=disarmament")).body.quotes))
      .toEqual([["Kofi Dane", "We will not disarm before elections."]]);
    expect((await server.get("/api/quotes?side=United%20Nations")).body.quotes[0]).toMatchObject({ speakerName: "Ines Bahr", speakerSide: "United Nations" });
    expect(pairs((await server.get("/api/quotes?q=FRIDAY%20ceasefire")).body.quotes))
      .toEqual([["Ines Bahr", "A ceasefire by Friday is within reach."]]);
    expect((await server.get("/api/quotes?q=ceasefire%20elections")).body.total).toBe(0);
  });

  it("sorts on whitelisted columns either way and pages, refusing anything else", async () => {
    const [first, later] = valmoraRecords();
    const server = await serve([first, later, genevaRecord()]);
    const bySpeaker = (await server.get("/api/quotes?sort=speaker&order=desc")).body;
    expect(bySpeaker.quotes.map((q: { speakerName: string }) => q.speakerName)).toEqual(["Lise Okafor", "Lise Okafor", "Kofi Dane", "Ines Bahr"]);
    const second = (await server.get("/api/quotes?sort=speaker&order=desc&limit=1&offset=2")).body;
    expect(second).toMatchObject({ total: 4, offset: 2, limit: 1 });
    expect(second.quotes.map((q: { speakerName: string }) => q.speakerName)).toEqual(["Kofi Dane"]);

    const newest = (await server.get("/api/documents?sort=date&order=desc")).body;
    expect(newest.documents.map((d: { date: string }) => d.date)).toEqual(["2031-07-01", "2031-06-10", "2031-05-06"]);
    expect(newest.facets.outlet.map((f: { value: string }) => f.value).sort()).toEqual(["Geneva Wire", "The Example Post", "Valmora Daily"]);

    for (const bad of ["sort=text", "order=up", "limit=501", "offset=-1"]) {
      const response = await server.get(`/api/quotes?${bad}`);
      expect(response.status, bad).toBe(400);
      expect(response.body.error.message).toMatch(new RegExp(`^${bad.split("=")[0]}:`));
    }
  });

  it("lists just the documents asked for by id, and one outlet's", async () => {
    const [first, later] = valmoraRecords();
    const geneva = genevaRecord();
    const server = await serve([first, later, geneva]);
    const some = (await server.get(`/api/documents?ids=${geneva.document.id},${first.document.id}`)).body;
    expect(some.documents.map((d: { id: string }) => d.id).sort()).toEqual([first.document.id, geneva.document.id].sort());
    const outlet = (await server.get("/api/documents?outlet=Geneva%20Wire")).body;
    expect(outlet.documents.map((d: { id: string; counts: { quotes: number } }) => [d.id, d.counts.quotes])).toEqual([[geneva.document.id, 2]]);
  });

  it("pages, sorts and facets the analysis lists: actors (also by id or member) and the timeline", async () => {
    const [first] = valmoraRecords();
    const server = await serve([first]);
    const actors = (await server.get("/api/actors?sort=name")).body;
    expect(actors.actors.map((a: { name: string }) => a.name)).toEqual(["Lise Okafor", "Northern Coalition", "Tomas Reyk"]);
    expect(actors.total).toBe(3);
    expect(actors.facets.type).toEqual([{ value: "person", count: 2 }, { value: "group", count: 1 }]);
    expect((await server.get("/api/actors?type=group")).body.actors.map((a: { id: string }) => a.id)).toEqual(["northern-coalition"]);
    expect((await server.get("/api/actors?ids=tomas-reyk,lise-okafor&sort=name")).body.actors.map((a: { id: string }) => a.id))
      .toEqual(["lise-okafor", "tomas-reyk"]);
    expect((await server.get(`/api/actors?member=${first.document.id}/a2`)).body.actors.map((a: { id: string }) => a.id)).toEqual(["tomas-reyk"]);

    const page = (await server.get("/api/timeline?limit=1&offset=1")).body;
    expect(page).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(page.timeline.map((e: { type: string }) => e.type)).toEqual(["PROPOSE"]);
    expect(page.timeline[0].excerpt.text).toBe("would release 40 detainees if shelling stopped");
    // Both events fall on one day: by date they keep the timeline's order; its own order reversed is latest first.
    const byDate = (await server.get("/api/timeline?sort=date&order=desc")).body;
    expect(byDate.timeline.map((e: { type: string }) => e.type)).toEqual(["CONSULT", "PROPOSE"]);
    const latestFirst = (await server.get("/api/timeline?sort=order&order=desc")).body;
    expect(latestFirst.timeline.map((e: { type: string }) => e.type)).toEqual(["PROPOSE", "CONSULT"]);
    const proposals = (await server.get("/api/timeline?type=PROPOSE")).body;
    expect(proposals.total).toBe(1);
    expect(proposals.facets.type).toEqual([{ value: "CONSULT", count: 1 }, { value: "PROPOSE", count: 1 }]);
  });
});
