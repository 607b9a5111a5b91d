import { describe, expect, it } from "vitest";
import { analyseRecords } from "../../src/analysis/index.js";
import { record } from "./builder.js";

/** Fictional reports of one negotiation over months, each wording the same quantities differently. */
const january = record("2026-01-10", "Wire A", [
  "The Sable Front holds more than 100 people, including 30 miners, according to the Orvane government.",
], (b) => {
  b.figure("more than 100", { measure: "hostages_held", value: 100, qualifier: "more_than", source: "the Orvane government" });
  b.figure("30", { measure: "hostages_held", value: 30, source: "the Orvane government" });
});
const march = record("2026-03-02", "Post", [
  "The Front still holds about 90 detainees, officials said.",
], (b) => b.figure("about 90", { measure: "detainees_held", value: 90, qualifier: "approx", source: "officials" }));
const attack = record("2026-02-05", "Herald", [
  "A bomb exploded at a market in the town of Delvo on Wednesday, killing some 20 people.",
  "The war has killed more than 2,000 people since 2019, according to monitors.",
], (b) => {
  b.figure("some 20", { measure: "killed", value: 20, qualifier: "approx", source: "the ministry" });
  b.figure("more than 2,000", { measure: "killed", value: 2000, qualifier: "more_than", source: "monitors" });
});
const later = record("2026-02-06", "Ledger", [
  "Relief workers said Wednesday's attack in Delvo had killed 26 people.",
], (b) => b.figure("26", { measure: "killed", value: 26, source: "relief workers" }));

describe("figure identity across documents", () => {
  const { series, conflicts } = analyseRecords([january, march, attack, later]);
  const values = (id: (s: (typeof series)[number]) => boolean) => series.find(id)?.points.map((p) => p.value);

  it("puts hostages held and detainees held in one series, and says why", () => {
    const held = series.find((s) => s.quantity === "people_held" && !s.part)!;
    expect(held.points.map((p) => p.value)).toEqual([100, 90]);
    expect(held.grouping.join(" ")).toMatch(/count the same people/);
  });

  it("keeps a subset off its total's line", () => {
    const part = series.find((s) => s.part)!;
    expect(part.points.map((p) => p.value)).toEqual([30]);
    expect(part.grouping.join(" ")).toMatch(/parts of a larger total/);
  });

  it("resolves one incident worded differently across reports, apart from the cumulative toll", () => {
    const toll = series.find((s) => s.scope === "incident" && s.measure === "killed")!;
    expect(toll.points.map((p) => p.value)).toEqual([20, 26]);
    expect(toll.event).toMatch(/Delvo on 2026-02-04/);
    expect(values((s) => s.scope === "cumulative")).toEqual([2000]);
    expect(conflicts.map((c) => c.values.map((v) => v.value))).toContainEqual([20, 26]);
  });
});
