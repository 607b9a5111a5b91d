import { describe, expect, it } from "vitest";
import { analyseRecords } from "../../src/analysis/index.js";
import { estimatedJaccard, MinHasher, shingles } from "../../src/analysis/dedupe/minhash.js";
import { record } from "./builder.js";

const WIRE = "Negotiators for the government and the rebels met face to face for the first time on Monday, "
  + "in talks hosted by Kestria that officials on both sides described as difficult but serious, "
  + "and the rebels said they were holding about 400 detainees.";
const EDITED = WIRE.replace("described as", "called");
const OTHER = "Shelling resumed along the northern road overnight, residents said, and the army reported "
  + "that two of its positions near the river crossing had come under sustained mortar fire.";

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g)!;

function exactJaccard(a: string, b: string): number {
  const [x, y] = [shingles(words(a), 5), shingles(words(b), 5)];
  const shared = [...x].filter((s) => y.has(s)).length;
  return shared / (x.size + y.size - shared);
}

describe("MinHash", () => {
  it("estimates the Jaccard similarity of word shingles", () => {
    const hasher = new MinHasher(126);
    const sign = (text: string) => hasher.signature(shingles(words(text), 5));
    expect(estimatedJaccard(sign(WIRE), sign(WIRE))).toBe(1);
    expect(Math.abs(estimatedJaccard(sign(WIRE), sign(EDITED)) - exactJaccard(WIRE, EDITED))).toBeLessThan(0.15);
    expect(estimatedJaccard(sign(WIRE), sign(OTHER))).toBeLessThan(0.1);
  });
});

describe("duplicate paragraphs", () => {
  const outlets = ["Wire A", "Herald", "Post", "Monitor", "Observer"];
  const copies = outlets.map((outlet, i) =>
    record(`2025-03-0${i + 3}`, outlet, [`${outlet} reports from Osk.`, i === 2 ? EDITED : WIRE], (b) =>
      b.figure("about 400", { measure: "detainees_held", value: 400, qualifier: "approx", asOf: "2025-03-03" })));

  it("groups one paragraph printed by five outlets, with all five as sources", () => {
    const { duplicates } = analyseRecords(copies);
    expect(duplicates.groups).toHaveLength(1);
    const [group] = duplicates.groups;
    expect(group!.copies.map((c) => c.outlet)).toEqual(outlets);
    const first = group!.copies[0]!;
    expect(copies[0]!.document.text.slice(first.start, first.end)).toBe(WIRE);
    expect(group!.similarity).toBeGreaterThanOrEqual(duplicates.threshold);
  });

  it("counts a figure of the copied paragraph once in series, keeping the other outlets as copies", () => {
    const { series, conflicts } = analyseRecords(copies);
    const [held] = series.filter((s) => s.measure === "detainees_held");
    expect(held!.points).toHaveLength(1);
    expect(held!.points[0]!.outlet).toBe("Wire A");
    expect(held!.points[0]!.copies.map((c) => c.outlet)).toEqual(outlets.slice(1));
    expect(conflicts).toEqual([]);
  });

  it("keeps a number that a later copy changed as its own point", () => {
    const updated = record("2025-03-09", "Late Wire", ["Late story.", WIRE.replace("about 400", "about 380")], (b) =>
      b.figure("about 380", { measure: "detainees_held", value: 380, qualifier: "approx", asOf: "2025-03-09" }));
    const { series, duplicates } = analyseRecords([...copies, updated]);
    expect(duplicates.groups[0]!.copies.map((c) => c.outlet)).toContain("Late Wire");
    expect(series[0]!.points.map((p) => p.value)).toEqual([400, 380]);
  });

  it("does not group unrelated or short paragraphs", () => {
    const a = record("2025-03-01", "A", [WIRE, "He said no."]);
    const b = record("2025-03-02", "B", [OTHER, "He said no."]);
    expect(analyseRecords([a, b]).duplicates.groups).toEqual([]);
  });

  it("counts an event and a position of a copied paragraph once", () => {
    const make = (date: string, outlet: string) => record(date, outlet, [`${outlet} reports.`, WIRE], (b) => {
      const front = b.actor("the rebels", { type: "group" });
      b.event("met face to face", { type: "CONSULT", actors: [front] });
      b.position("holding about 400 detainees", { stance: "reject", issue: "hostages_release", actor: front });
    });
    const { timeline, positions } = analyseRecords([make("2025-03-03", "A"), make("2025-03-04", "B")]);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.sources.map((s) => s.outlet)).toEqual(["A", "B"]);
    expect(positions.cells[0]!.evidence).toHaveLength(1);
    expect(positions.cells[0]!.evidence[0]!.copies.map((c) => c.outlet)).toEqual(["B"]);
  });
});
