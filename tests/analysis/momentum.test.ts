import { describe, expect, it } from "vitest";
import { analyseRecords } from "../../src/analysis/index.js";
import type { EventRecord, ParleyRecord } from "../../src/record/schema.js";
import { record } from "./builder.js";

interface Said {
  speaker: string;
  side: string | null;
  polarity: EventRecord["polarity"];
  modality?: EventRecord["modality"];
}

/** One document on `date` with an ASSESS event per statement. */
function day(date: string, statements: Said[]): ParleyRecord {
  const sentences = [`Talks on ${date}.`, ...statements.map((s, i) => `${s.speaker} assessed the talks (${i}).`)];
  return record(date, `Outlet ${date}`, sentences, (b) => statements.forEach((s, i) => {
    const id = b.actor(`${s.speaker}`, { affiliation: s.side }, `${s.speaker} assessed the talks (${i})`);
    b.event(`assessed the talks (${i})`, { type: "ASSESS", actors: [id], polarity: s.polarity, modality: s.modality ?? "asserted" });
  }));
}

const mediator = (polarity: EventRecord["polarity"]): Said => ({ speaker: "Anneliese Korvath", side: "Kestria", polarity });
const government = (polarity: EventRecord["polarity"]): Said => ({ speaker: "Radek Sova", side: "Valdoria", polarity });

describe("momentum", () => {
  it("weights sides equally within a day and shows each contribution", () => {
    const { momentum } = analyseRecords([day("2025-03-03", [mediator("positive"), government("negative"), government("negative")])]);
    const [point] = momentum.points;
    expect(point!.raw).toBeCloseTo(0);
    expect(point!.contributions.map((c) => [c.side, c.score, c.weight])).toEqual([
      ["Kestria", 1, 0.5], ["Valdoria", -1, 0.25], ["Valdoria", -1, 0.25],
    ]);
  });

  it("smooths exponentially and keeps the index on days without assessments", () => {
    const { momentum } = analyseRecords([
      day("2025-03-01", [government("negative")]),
      day("2025-03-04", [mediator("positive")]),
      day("2025-03-05", [mediator("mixed")]),
    ]);
    const alpha = momentum.smoothing;
    const expected = [-1, -1, -1];
    expected.push(alpha * 1 + (1 - alpha) * -1);
    expected.push(alpha * 0 + (1 - alpha) * expected[3]!);
    expect(momentum.points.map((p) => p.date)).toEqual(["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04", "2025-03-05"]);
    expect(momentum.points.map((p) => p.raw)).toEqual([-1, null, null, 1, 0]);
    momentum.points.forEach((p, i) => expect(p.index).toBeCloseTo(expected[i]!));
  });

  it("leaves out hypothetical assessments and keeps evidence for the rest", () => {
    const doc = day("2025-03-03", [government("positive"), { ...mediator("negative"), modality: "hypothetical" }]);
    const [point] = analyseRecords([doc]).momentum.points;
    expect(point!.contributions).toHaveLength(1);
    const [c] = point!.contributions;
    expect(doc.document.text.slice(c!.start, c!.end)).toBe("assessed the talks (0)");
    expect(point!.raw).toBe(1);
  });

  it("is empty without assessments", () => {
    expect(analyseRecords([day("2025-03-03", [])]).momentum.points).toEqual([]);
  });
});
