import { describe, expect, it } from "vitest";
import { omittedNotice, summariseView } from "../../src/report/summary-limits.js";
import { reportView } from "../../src/report/views/index.js";
import { fixtureContext } from "./analysis-fixture.js";

describe("summarised HTML report", () => {
  const full = reportView(fixtureContext());

  it("leaves a small report whole, with no notice", () => {
    const { view, omitted } = summariseView(full);
    expect(omitted).toEqual([]);
    expect(view.timeline).toEqual(full.timeline);
    expect(omittedNotice(omitted).value).toBe("");
  });

  it("keeps the most recent events and says how many are in the dashboard", () => {
    expect(full.timeline.length).toBeGreaterThan(1);
    const limits = { actors: 1000, unnamed: 1000, series: 1000, conflicts: 1000, timeline: 1, otherPositions: 1000, momentumDays: 1000, documents: 1000 } as const;
    const { view, omitted } = summariseView(full, limits);
    expect(view.timeline).toEqual([full.timeline.at(-1)]);
    expect(omitted).toEqual([{ what: "events", shown: 1, total: full.timeline.length, route: "timeline" }]);
    const notice = omittedNotice(omitted, "http://example.test/").value;
    expect(notice).toContain(`1 of ${full.timeline.length} events shown`);
    expect(notice).toContain('href="http://example.test/#/timeline"');
  });
});
