import { describe, expect, it } from "vitest";
import { AnalysisSchema, analyseRecords } from "../../src/analysis/index.js";
import type { FigureRecord } from "../../src/record/schema.js";
import { record } from "./builder.js";

type Fields = Partial<FigureRecord> & Pick<FigureRecord, "measure">;

/** One document per figure, the figure being the whole phrase `phrase` of its text. */
const report = (date: string, outlet: string, phrase: string, fields: Fields) =>
  record(date, outlet, [`Officials gave a count of ${phrase} on the day.`], (b) => b.figure(phrase, fields));

describe("an empty corpus", () => {
  it("gives empty views that still match the schema", () => {
    const analysis = analyseRecords([]);
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
    expect([analysis.actors, analysis.series, analysis.conflicts, analysis.timeline, analysis.momentum.points])
      .toEqual([[], [], [], [], []]);
  });
});

describe("figure series", () => {
  it("orders one measure's figures by asOf across documents, with document, outlet and source", () => {
    const may = report("2025-05-02", "Herald", "more than 350", {
      measure: "detainees_held", value: 350, qualifier: "more_than", source: "the government", asOf: "2025-05-01",
    });
    const march = report("2025-03-04", "Wire A", "about 400", {
      measure: "detainees_held", value: 400, qualifier: "approx", source: "officials", asOf: "2025-03-03",
    });
    const { series } = analyseRecords([may, march]);
    expect(series).toHaveLength(1);
    expect(series[0]!.points.map((p) => [p.asOf, p.qualifier, p.value, p.outlet, p.source, p.documentId])).toEqual([
      ["2025-03-03", "approx", 400, "Wire A", "officials", march.document.id],
      ["2025-05-01", "more_than", 350, "Herald", "the government", may.document.id],
    ]);
    const point = series[0]!.points[0]!;
    expect(march.document.text.slice(point.start, point.end)).toBe("about 400");
  });

  it("falls back to the document date when a figure has no asOf", () => {
    const undated = report("2025-03-04", "Wire A", "12", { measure: "wounded", value: 12, asOf: null });
    expect(analyseRecords([undated]).series[0]!.points[0]!.asOf).toBe("2025-03-04");
  });

  it("groups near-identical contexts but never different places", () => {
    const contexts = ["the Brenna bombing", "bombing in Brenna", "the Brenna blast", "Brenna", "the Korsk bombing", null];
    const records = contexts.map((context, i) =>
      report(`2025-04-0${i + 1}`, `Outlet ${i}`, String(30 + i), { measure: "killed", value: 30 + i, context }));
    const { series } = analyseRecords(records);
    const byValues = series.map((s) => s.points.map((p) => p.value));
    expect(byValues).toEqual(expect.arrayContaining([[30, 31, 32, 33], [34], [35]]));
    expect(series).toHaveLength(3);
    const brenna = series.find((s) => s.points.length === 4)!;
    expect(brenna.contextForms).toEqual(["the Brenna bombing", "bombing in Brenna", "the Brenna blast", "Brenna"]);
    expect(series.find((s) => s.points[0]!.value === 35)!.context).toBeNull();
  });

  it("keeps different measures apart", () => {
    const killed = report("2025-04-01", "A", "40", { measure: "killed", value: 40 });
    const wounded = report("2025-04-01", "B", "40", { measure: "wounded", value: 40 });
    expect(analyseRecords([killed, wounded]).series.map((s) => s.measure)).toEqual(["killed", "wounded"]);
  });
});

describe("conflicts", () => {
  const toll = (date: string, outlet: string, phrase: string, value: number, source: string | null, asOf = date) =>
    report(date, outlet, phrase, { measure: "killed", value, source, asOf, qualifier: phrase.startsWith("at least") ? "at_least" : "approx" });

  it("lists different values from different sources on the same day side by side, never averaged", () => {
    const ministry = toll("2025-04-02", "Post", "some 40", 40, "the interior ministry");
    const un = toll("2025-04-02", "Monitor", "at least 34", 34, "U.N. human rights office");
    const { conflicts } = analyseRecords([ministry, un]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ measure: "killed", from: "2025-04-02", to: "2025-04-02" });
    expect(conflicts[0]!.values.map((v) => [v.value, v.source, v.outlet]).sort()).toEqual([
      [34, "U.N. human rights office", "Monitor"], [40, "the interior ministry", "Post"],
    ]);
  });

  it("finds values within the window, and not beyond it", () => {
    const a = toll("2025-04-02", "Post", "some 40", 40, "the ministry");
    const b = toll("2025-04-03", "Wire", "at least 34", 34, "the U.N.");
    const c = toll("2025-04-09", "Herald", "at least 38", 38, "the U.N.");
    const { conflicts } = analyseRecords([a, b, c]);
    expect(conflicts.map((x) => x.values.map((v) => v.value))).toEqual([[40, 34]]);
  });

  it("does not set a source's update, agreeing values, or a much smaller subtotal against each other", () => {
    const first = toll("2025-04-02", "Post", "some 40", 40, "the ministry");
    const update = toll("2025-04-03", "Wire", "some 43", 43, "The Ministry");
    const agreeing = toll("2025-04-02", "Herald", "some 40", 40, "the U.N.");
    const children = toll("2025-04-02", "Monitor", "some 6", 6, "aid workers");
    expect(analyseRecords([first, update]).conflicts).toEqual([]);
    expect(analyseRecords([first, agreeing, children]).conflicts).toEqual([]);
    // The U.N.'s 40 does contradict the ministry's later 43; the ministry's own 40 is not part of that.
    expect(analyseRecords([first, update, agreeing]).conflicts[0]!.values.map((v) => [v.value, v.source]))
      .toEqual([[40, "the U.N."], [43, "The Ministry"]]);
  });

  it("compares an unattributed figure by its outlet", () => {
    const a = toll("2025-05-21", "Press Agency", "at least 5", 5, null);
    const b = toll("2025-05-21", "Wire", "some 3", 3, "the army");
    expect(analyseRecords([a, b]).conflicts[0]!.values.map((v) => v.source)).toEqual([null, "the army"]);
  });
});
