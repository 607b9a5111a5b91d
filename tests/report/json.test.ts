import { describe, expect, it } from "vitest";
import { AnalysisSchema } from "../../src/analysis/types.js";
import { renderReport } from "../../src/report/index.js";
import { fixtureContext } from "./analysis-fixture.js";

describe("JSON report", () => {
  const context = fixtureContext();
  const parsed = JSON.parse(renderReport("json", context));

  it("is the analysis itself", () => {
    expect(AnalysisSchema.parse(parsed)).toEqual(context.analysis);
    for (const key of ["actors", "series", "conflicts", "timeline", "positions", "momentum"]) expect(parsed).toHaveProperty(key);
  });

  it("gives each series point and conflict value its source, date and document", () => {
    expect(parsed.series[0]).toMatchObject({ measure: "hostages_held", context: null });
    expect(parsed.series[0].points[0]).toMatchObject({
      asOf: "2025-05-05", value: 40, qualifier: "at_least", source: "the Orvane interior ministry",
      documentId: "doc_1111111111111111", outlet: "Pellmar Wire",
    });
    expect(parsed.conflicts[0].values.map((v: { value: number; source: string }) => [v.value, v.source])).toEqual([
      [25, "The Ridge Alliance"], [40, "The Orvane interior ministry"],
    ]);
  });
});
