import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { useProfile } from "../../src/kb/profile.js";
import { eventsOf, one, ofType } from "./events-fixture.js";

// Fictional labour, trade and takeover stories around Valdoria; 2024-01-29 is a Monday.

describe("labour", () => {
  it("reads a union striking a company as a strike (PROTEST), never an attack", () => {
    const { events } = eventsOf("The Harbour Workers Union struck Tarnov Mining on Monday over pay.");
    const e = one(events, "PROTEST");
    expect(e.mode).toBe("strike-lim");
    expect(e.actors).toContain("Harbour Workers Union");
    expect(ofType(events, "ASSAULT")).toHaveLength(0);
  });

  it("still reads troops striking a town as an attack", () => {
    const { events } = eventsOf("Valdorian troops struck the town of Brel on Monday.");
    one(events, "ASSAULT");
    expect(ofType(events, "PROTEST")).toHaveLength(0);
  });

  it("takes walkouts and one-day strikes as PROTEST, and a threat to strike as one THREATEN", () => {
    one(eventsOf("Dockers of the Harbour Workers Union walked out on Monday.").events, "PROTEST");
    const threat = eventsOf("The Harbour Workers Union threatened to strike over the pension changes.").events;
    one(threat, "THREATEN");
    expect(ofType(threat, "PROTEST")).toHaveLength(0);
  });

  it("does not read a military strike as a labour strike", () => {
    expect(ofType(eventsOf("The military strike on Brel followed Valdoria's warning on Monday.").events, "PROTEST")).toHaveLength(0);
  });
});

describe("takeovers, trade and courts", () => {
  it("codes a takeover bid as PROPOSE and a completed takeover as AGREE", () => {
    const bid = one(eventsOf("Tarnov Mining launched a hostile bid for Brel Copper on Monday.").events, "PROPOSE");
    expect(bid.actors).toEqual(["Tarnov Mining"]);
    one(eventsOf("Tarnov Mining bought a 20% stake in Brel Copper.").events, "AGREE");
  });

  it("codes a complaint to the WTO and a court ruling as ACCUSE, but not a party ruling a country", () => {
    one(eventsOf("Valdoria filed a complaint with the WTO against Kestrel's steel tariffs.").events, "ACCUSE");
    const ruling = one(eventsOf("The Supreme Court of Valdoria ruled the decree unlawful on Monday.").events, "ACCUSE");
    expect(ruling.actors).toEqual(["Supreme Court of Valdoria"]);
    expect(ofType(eventsOf("The Amber Front ruled the valley for ten years.").events, "ACCUSE")).toHaveLength(0);
  });

  it("codes an application to join a trade body as REQUEST and its blocking as REJECT", () => {
    one(eventsOf("Kestrel applied to join the WTO in 2001.").events, "REQUEST");
    one(eventsOf("Valdoria blocked Kestrel's application on Monday.").events, "REJECT");
  });
});

describe("agreement or not", () => {
  it("reads 'would accept if' as a hypothetical AGREE", () => {
    const e = one(eventsOf("Kestrel would accept the offer if Valdoria withdrew its troops.").events, "AGREE");
    expect(e.modality).toBe("hypothetical");
  });

  it("asserts no agreement when the parties failed to agree", () => {
    const agreed = ofType(eventsOf("Valdoria and Kestrel failed to agree on export quotas on Monday.").events, "AGREE");
    expect(agreed.filter((e) => e.modality === "asserted")).toHaveLength(0);
  });

  it("reads 'cannot accept' as a REJECT by the speaker's side", () => {
    const e = one(eventsOf("Kestrel cannot accept the proposal, Oduya said.").events, "REJECT");
    expect(e.actors).toContain("Kestrel");
    expect(ofType(eventsOf("Kestrel cannot accept the proposal, Oduya said.").events, "AGREE")).toHaveLength(0);
  });

  it("reads 'the company' as the company named before", () => {
    const e = one(eventsOf("Brel Copper lost the case. The company sued Valdoria in March.").events, "ACCUSE");
    expect(e.actors).toEqual(["Brel Copper"]);
  });
});

describe("participants", () => {
  it("never takes the outlet that reports the story for a party", () => {
    const text = "Oduya told Reuters the debt accord had eased the pressure on Kestrel.";
    const reported = eventsOf(text, "2024-01-29", (doc) => Object.assign(doc.source, { outlet: "Reuters" })).events;
    expect(ofType(reported, "AGREE").flatMap((e) => e.actors)).not.toContain("Reuters");
  });
});

describe("the profile's domains", () => {
  afterEach(() => {
    useProfile();
  });

  it("reads only the vocabularies a profile names", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-domains-"));
    const file = join(dir, "labour.json");
    writeFileSync(file, JSON.stringify({ name: "harbour-contract", extends: "ceasefire-exchange", domains: ["labour"] }));
    useProfile(file);
    // armed-conflict is not loaded: no attack, whatever the cues
    const { events } = eventsOf("Valdorian troops struck the town of Brel on Monday.");
    expect(ofType(events, "ASSAULT")).toHaveLength(0);
    one(eventsOf("The Harbour Workers Union struck Tarnov Mining on Monday.").events, "PROTEST");
  });
});
