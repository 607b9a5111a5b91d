import { describe, expect, it } from "vitest";
import { compareDeals, DealSchema } from "../../src/deal/index.js";
import { dealBookOf, PROPOSAL_ARTICLES } from "./fixture.js";

const book = dealBookOf(PROPOSAL_ARTICLES);
const offer = book.find("ostmark-2031-03-03");
const counter = book.find("highland-front-2031-03-06");
const rowOf = (rows: ReturnType<typeof compareDeals>["rows"], term: string) => {
  const row = rows.find((r) => r.term === term);
  if (!row) throw new Error(`no row '${term}' among ${rows.map((r) => r.term).join(", ")}`);
  return row;
};

describe("comparing two proposals", () => {
  const { rows, a, b } = compareDeals(offer, counter);

  it("heads the comparison with both deals", () => {
    expect([a.id, b.id]).toEqual([offer.id, counter.id]);
    expect([a.status, b.status]).toEqual(["countered", "rejected"]);
  });

  it("gives the gap in ceasefire length and in phases, a one-off exchange counting as one phase", () => {
    expect(rowOf(rows, "ceasefire length")).toMatchObject({ a: { text: "20 days" }, b: { text: "60 days" }, relation: "different", gap: "+40 days in B" });
    expect(rowOf(rows, "phases")).toMatchObject({ a: { text: "no phases (a one-off exchange)" }, b: { text: "2 phases" }, gap: "+1 phase in B" });
  });

  it("lists what only one side has", () => {
    expect(rowOf(rows, "phase 1: releases")).toMatchObject({ a: null, relation: "only in B" });
    expect(rowOf(rows, "withdrawal from Kell")).toMatchObject({ relation: "only in A", b: null });
    expect(rowOf(rows, "withdrawal from Rusk valley")).toMatchObject({ relation: "only in B", a: null });
    expect(rowOf(rows, "releases (all phases)").gap).toBe("only in A: civilians; only in B: women, children, wounded, soldiers");
  });

  it("carries the evidence of each side", () => {
    const days = rowOf(rows, "ceasefire length");
    expect(days.a!.evidence.map((e) => e.text)).toEqual(["20-day", "20-day"]);
    expect(days.b!.evidence.map((e) => e.text)).toEqual(["60-day"]);
  });

  it("finds nothing to say between a deal and itself", () => {
    expect(compareDeals(counter, counter).rows.every((r) => r.relation === "same" && r.gap === "")).toBe(true);
  });

  it("compares counts and sides, and says when a value is an analyst's", () => {
    const edited = DealSchema.parse({
      ...counter, id: "edited",
      phases: counter.phases.map((p) => (p.number === 1
        ? { ...p, releases: [{ by: "Highland Front", category: "women", count: 25, source: "analyst" }] }
        : p)),
    });
    const row = rowOf(compareDeals(counter, edited).rows, "phase 1: releases");
    expect(row.gap).toBe("only in A: children, wounded; women: counted only in B; women: released by both in A, Highland Front in B");
    expect(row.b!.sources).toEqual(["analyst"]);
  });
});
