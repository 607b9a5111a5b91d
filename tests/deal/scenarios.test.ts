import { describe, expect, it } from "vitest";
import { dealBookOf } from "./fixture.js";
import { ACCUSATION, EXTENDED, FIRST_RELEASE, ONLY_ACCUSED, PAUSE_AGREED } from "./scenarios.js";

describe("an exchange at a fixed ratio, read as an analyst reads it", () => {
  const book = dealBookOf([PAUSE_AGREED, FIRST_RELEASE, ACCUSATION, EXTENDED]);
  const deal = book.latestAgreed()!;

  it("gives each side of the exchange its own release, and the ratio", () => {
    expect(book.deals).toHaveLength(1);
    expect(deal.releases.map((r) => [r.by, r.category, r.count, r.includes.map((i) => i.category)])).toEqual([
      ["Hamas", "hostages", 40, ["women", "children"]],
      ["Israel", "prisoners", 120, []],
    ]);
    expect(deal.exchanges).toEqual([expect.objectContaining({
      give: { by: "Hamas", what: "hostages", count: 40 }, get: { by: "Israel", what: "prisoners", count: 120 }, ratio: 3,
    })]);
  });

  it("reads the extension rule as a term, not a release due or a ceasefire length", () => {
    expect(deal.ceasefire.days).toMatchObject({ value: 5, alternatives: [] });
    expect(deal.ceasefire.extensions.map((x) => [x.days, x.per, x.conditional])).toEqual([
      [1, { category: "hostages", count: 10 }, true],
      [2, null, false],
    ]);
    expect(deal.releases.some((r) => r.count === 10)).toBe(false);
  });

  const ledger = book.ledger(deal);

  it("lengthens the ceasefire by the extension agreed, not by the rule", () => {
    expect(ledger.ceasefire).toMatchObject({ from: "2031-11-20", to: "2031-11-26", days: 7 });
    expect(ledger.due.find((d) => d.kind === "ceasefire")!.what).toBe("5-day ceasefire, extended by 2 days");
  });

  it("counts the people a release includes once", () => {
    const hamas = ledger.due.find((d) => d.kind === "release" && d.by === "Hamas")!;
    expect(hamas).toMatchObject({ count: 40, delivered: 13, status: "partial", what: "40 hostages (women and children)" });
    expect(ledger.due.find((d) => d.kind === "release" && d.by === "Israel")).toMatchObject({ count: 120, delivered: 39 });
  });

  it("takes aid that entered as aid, and aid that was blocked as no aid", () => {
    expect(ledger.observations.filter((o) => o.kind === "aid").map((o) => o.date)).toEqual(["2031-11-20"]);
  });

  it("keeps an accusation as one side's claim, and a shooting reported by an agency as an incident", () => {
    const incident = ledger.observations.find((o) => o.kind === "violation")!;
    expect(incident.date).toBe("2031-11-22");
    expect(incident.accused.map((a) => [a.party, a.by, a.alleged])).toEqual([
      ["Israel", "Hamas", true],
      ["Israel", "Gaza civil defence agency", false],
    ]);
    expect(incident.figures.map((f) => [f.measure, f.value])).toEqual([["killed", 2]]);
    expect(ledger.due.find((d) => d.kind === "ceasefire")!.status).toBe("violated");
  });
});

describe("a violation only one side reports", () => {
  it("is alleged, not established", () => {
    const book = dealBookOf([PAUSE_AGREED, ONLY_ACCUSED]);
    const ledger = book.ledger(book.latestAgreed()!);
    const incident = ledger.observations.find((o) => o.kind === "violation")!;
    expect(incident).toMatchObject({ alleged: true, summary: "violation alleged: by Israel against Hamas" });
    expect(ledger.due.find((d) => d.kind === "ceasefire")!.status).toBe("violation alleged");
  });
});
