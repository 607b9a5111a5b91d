import { describe, expect, it } from "vitest";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { extractPositions } from "../../src/extract/positions/index.js";
import { source } from "../helpers.js";

// Fictional sentences; Kestria is the only actor, marked wherever its name stands.

const onlyTokens = stages.filter((s) => s.name === "tokens" || s.name === "clauses");

function read(text: string): string[] {
  const doc = analyse(source(text), onlyTokens);
  const mentions = [...text.matchAll(/Kestria/g)].map((m) => ({ start: m.index!, end: m.index! + "Kestria".length }));
  doc.actors = [{ id: "a1", name: "Kestria", type: "state", aliases: [], roles: [], affiliation: null, gender: null, mentions }];
  extractPositions(doc);
  return doc.positions.map((p) => `${p.stance} ${doc.actor(p.actor)?.name ?? null}: ${p.text}`);
}

describe("positions after a condition that opens the sentence", () => {
  it("reads a threat to oppose or refuse as the holder's position", () => {
    expect(read("If the council does not cut the levy, Kestria will vote against the budget.")).toEqual(["oppose Kestria: the budget"]);
  });

  it("keeps any other stance after a condition hypothetical", () => {
    expect(read("If the council cuts the levy, Kestria will vote for the budget.")).toEqual([]);
    expect(read("If the council does not cut the levy, Kestria would vote against the budget.")).toEqual([]);
  });

  it("keeps a condition in the middle of a sentence hypothetical", () => {
    expect(read("Kestria said that if the council does not cut the levy, it will vote against the budget.")).toEqual([]);
  });
});
