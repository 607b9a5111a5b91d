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

describe("one negotiation over months, the same quantities worded differently", () => {
  const held = (date: string, outlet: string, sentence: string, phrase: string, value: number, context: string | null) =>
    record(date, outlet, [sentence], (b) => b.figure(phrase, { measure: "hostages_held", value, context, source: "officials" }));
  const toll = (date: string, outlet: string, paragraphs: string[], phrase: string, value: number, source: string, context: string) =>
    record(date, outlet, paragraphs, (b) => b.figure(phrase, { measure: "killed", value, source, context, qualifier: "approx" }));
  const records = [
    held("2026-01-12", "Wire A", "More than 100 hostages taken in the deadly March 3 raid are still held.", "More than 100", 100, "the deadly March 3 raid"),
    held("2026-03-20", "Wire B", "About 130 hostages are held in Kessa, officials said.", "About 130", 130, "Kessa"),
    held("2026-08-02", "Wire A", "Some 115 hostages are still held, officials said.", "Some 115", 115, null),
    toll("2026-06-01", "Wire A", [
      "Talks resumed on Monday, three months after the March 3 raid on the border town of Pell.",
      "The raid killed some 1,200 people, according to Ostland officials.",
    ], "some 1,200", 1200, "Ostland officials", "the Front's cross-border rampage"),
    toll("2026-07-15", "Wire B", [
      "Negotiators met again, four months after the March 3 raid on Pell.",
      "About 1,160 people were killed in Ostland, according to a tally by the agency.",
    ], "About 1,160", 1160, "a tally by the agency", "Ostland"),
  ];
  const { series, conflicts } = analyseRecords(records);

  it("puts the hostages held, named by event, by place or by nothing, on one line", () => {
    const line = series.find((s) => s.measure === "hostages_held")!;
    expect(line.points.map((p) => p.value)).toEqual([100, 130, 115]);
    expect(line.grouping.join(" ")).toMatch(/naming no place/);
  });

  it("sets two sources' settled tolls of one incident against each other, months after it", () => {
    const raid = conflicts.find((c) => c.measure === "killed")!;
    expect(raid.values.map((v) => [v.value, v.source])).toEqual([[1200, "Ostland officials"], [1160, "a tally by the agency"]]);
  });
});
