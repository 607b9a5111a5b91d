import { describe, expect, it } from "vitest";
import { analyseRecords } from "../../src/analysis/index.js";
import { record } from "./builder.js";

/** Fictional talks: a minister, a spokesman and the group itself state stances; one envoy is placed by no report. */
const records = [
  record("2026-02-01", "Wire", ["The Ostland government demands a ceasefire, said Mira Holt, the foreign minister."], (b) => {
    b.actor("Ostland", { type: "state" });
    const holt = b.actor("Mira Holt", { type: "person", affiliation: "Ostland" });
    b.position("demands a ceasefire", { actor: holt, stance: "demand", issue: "ceasefire" });
  }),
  record("2026-02-03", "Post", ["The Tarra Front rejects a ceasefire, its spokesman Idris Val said."], (b) => {
    b.actor("Tarra Front", { type: "group" });
    const val = b.actor("Idris Val", { type: "person", affiliation: "Tarra Front" });
    b.position("rejects a ceasefire", { actor: val, stance: "reject", issue: "ceasefire" });
  }),
  record("2026-02-04", "Herald", ["The Tarra Front wants elections, and Ostland supports a ceasefire, and Sol Brand backs elections."], (b) => {
    const front = b.actor("Tarra Front", { type: "group" });
    const ostland = b.actor("Ostland", { type: "state" });
    const brand = b.actor("Sol Brand", { type: "person" });
    b.position("wants elections", { actor: front, stance: "demand", issue: "elections" });
    b.position("supports a ceasefire", { actor: ostland, stance: "support", issue: "ceasefire" });
    b.position("backs elections", { actor: brand, stance: "support", issue: "elections" });
  }),
];

describe("positions at party level", () => {
  const { positions, actors } = analyseRecords(records);
  const id = (name: string) => actors.find((a) => a.name === name)!.id;

  it("rolls people up to the side they speak for, keeping who said it inside the cell", () => {
    const ostland = positions.cells.find((c) => c.party === id("Ostland") && c.issue === "ceasefire")!;
    expect(ostland.evidence.map((e) => [e.stance, e.speaker])).toEqual([["demand", id("Mira Holt")], ["support", undefined]]);
    const front = positions.cells.find((c) => c.party === id("Tarra Front") && c.issue === "ceasefire")!;
    expect(front.evidence.map((e) => e.speaker)).toEqual([id("Idris Val")]);
    expect(positions.parties).not.toContain(id("Mira Holt"));
  });

  it("lists a person no report places as unplaced, on their own row, not guessed", () => {
    expect(positions.parties).toContain(id("Sol Brand"));
    expect(positions.unplaced).toEqual([id("Sol Brand")]);
  });
});

describe("one placement for every analysis", () => {
  /** A mediator's intelligence chief: his agency speaks for its state, so he counts for the state. */
  const talks = [
    record("2026-03-01", "Wire", ["Ostland's Intelligence Bureau chief Hal Brenner said the talks made progress, and Sol Brand said they stalled."], (b) => {
      b.actor("Ostland", { type: "state" });
      b.actor("Intelligence Bureau", { type: "organization", affiliation: "Ostland" });
      const brenner = b.actor("Hal Brenner", { type: "person", affiliation: "Intelligence Bureau", roles: ["chief"] });
      const brand = b.actor("Sol Brand", { type: "person" });
      b.event("said the talks made progress", { type: "ASSESS", actors: [brenner], polarity: "positive", modality: "asserted" });
      b.event("said they stalled", { type: "ASSESS", actors: [brand], polarity: "negative", modality: "asserted" });
    }),
  ];
  const { actors, momentum } = analyseRecords(talks);
  const id = (name: string) => actors.find((a) => a.name === name)!.id;

  it("places a person with the side of the body he speaks for, and leaves an unplaced person unplaced", () => {
    expect(actors.find((a) => a.name === "Hal Brenner")!.party).toBe(id("Ostland"));
    expect(actors.find((a) => a.name === "Intelligence Bureau")!.party).toBe(id("Ostland"));
    expect(actors.find((a) => a.name === "Sol Brand")!.party).toBeNull();
  });

  it("reads momentum per side with the speakers inside, unplaced speakers listed as such", () => {
    expect(momentum.parties).toEqual([
      expect.objectContaining({ party: id("Ostland"), speakers: [id("Hal Brenner")], positive: 1, negative: 0 }),
      expect.objectContaining({ party: id("Sol Brand"), speakers: [id("Sol Brand")], positive: 0, negative: 1 }),
    ]);
    expect(momentum.unplaced).toEqual([id("Sol Brand")]);
  });
});
