import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { useProfile } from "../../src/kb/profile.js";
import { figuresOf, figuresWithActors, onlyFigure, spanText } from "./figures-fixture.js";

describe("figures: sums, rates and quantities", () => {
  it.each([
    ["The carmaker paid $3.7m to settle the claim.", 3700000, "USD", 1000000],
    ["Ostravia owes 102.6bn dollars to its creditors.", 102600000000, "USD", 1000000000],
    ["The bank lent 1.42 billion dlrs to the utility.", 1420000000, "USD", 1000000000],
    ["Tarnov will repay 13 mln stg over three years.", 13000000, "GBP", 1000000],
    ["The ministry put the cost of the dam at six billion euros.", 6000000000, "EUR", 1000000000],
    ["The cartel set an output ceiling of 15.8 mln bpd.", 15800000, "bpd", 1000000],
  ])("reads the value as a plain number: %s", (text, value, unit, scale) => {
    expect(onlyFigure(text)).toMatchObject({ value, unit, scale });
  });

  it.each([
    ["The union won a 40% stake in the mill.", 40, "stake", "the mill"],
    ["Brunvik offered A$6.35 a share for the miner.", 6.35, "offer", null],
    ["Exports hit 97.7 billion dlrs last year.", 97700000000, "exports", null],
    ["The loans carry a margin of 7/8 pct over Libor.", 0.875, "interest_rate", "Libor"],
    ["Shares in Halvik Steel were up 5% by noon.", 5, "share_price", null],
    ["The cartel put its output shortfall in March at 900,000 bpd.", 900000, "shortfall", null],
    ["Tarnov agreed to invest up to $20bn in the port.", 20000000000, "investment", "the port"],
    ["The dockers were given wage increases of three pct.", 3, "wage_increase", null],
    ["The bank moved 300 mln dlrs of frozen debt to a new fund.", 300000000, "debt", "frozen debt"],
  ])("finds what the figure measures: %s", (text, value, measure, context) => {
    const figure = onlyFigure(text);
    expect(figure).toMatchObject({ value, measure });
    if (context) expect(figure.context).toBe(context);
  });

  it("reads a range whose ends both carry the currency sign, with its upper end in high", () => {
    const text = "An adviser values the shares at A$7.17 to A$8.24 each.";
    expect(onlyFigure(text)).toMatchObject({ value: 7.17, low: 7.17, high: 8.24, qualifier: "range", unit: "AUD", measure: "share_price" });
  });

  it("keeps a rate's denominator", () => {
    expect(onlyFigure("The cartel defends a price of 18 dlrs a barrel.")).toMatchObject({ value: 18, per: "barrel", measure: "price" });
  });

  it("reads a bracketed conversion as part of one figure, not a second one", () => {
    const text = "Brunvik made a hostile 7.4bn Australian dollar ($5.8bn; £3bn) bid for the miner.";
    const figure = onlyFigure(text);
    expect(figure).toMatchObject({ value: 7400000000, currency: "AUD", measure: "bid" });
    expect(spanText(text, figure)).toBe("7.4bn Australian dollar ($5.8bn; £3bn)");
  });

  it.each([
    ["The union represents more than 40,000 workers.", 40000, "workers", "more_than"],
    ["The board plans to cut about 12,000 jobs.", 12000, "jobs", "approx"],
    ["Talks covered the 11 plants in Halvik.", 11, "plants", "exact"],
    ["Over 100 of the country's 350 creditors signed.", 100, "creditors", "more_than"],
    ["The league has 148 members.", 148, "members", "exact"],
  ])("counts workers, jobs, plants and members: %s", (text, value, measure, qualifier) => {
    expect(figuresOf(text)[0]).toMatchObject({ value, measure, qualifier });
  });

  it.each([
    ["Brunvik offered as much as $2bn for the yard.", "at_most"],
    ["Inflation stayed below 10%.", "less_than"],
    ["Halvik would not settle for less than two billion dlrs.", "at_least"],
    ["The estimated cost is six billion euros.", "approx"],
  ])("reads the qualifier of %s", (text, qualifier) => {
    expect(onlyFigure(text)).toMatchObject({ qualifier });
  });

  it("gives a figure continuing the one before its measure", () => {
    const figures = figuresOf("The price ended the day at 1,314 stg, down 184 stg from the previous close.");
    expect(figures.map((f) => [f.value, f.measure])).toEqual([[1314, "price"], [184, "price"]]);
  });

  it("takes its source from the attribution or the quote it stands in", () => {
    expect(onlyFigure("Exports fell to 78.3 billion dlrs, the minister said.").source).toBe("the minister");
    const quoted = 'Lena Halvorsen, the union leader, said: "We will not accept less than a 3 pct rise."';
    expect(figuresWithActors(quoted).find((f) => f.value === 3)?.source).toBe("Lena Halvorsen");
  });

  it("lets a sentence-final attribution speak for a sum across 'but'", () => {
    const text = "The pact covers 13.2 billion dlrs of debt, but it brings no quick boom, bankers said.";
    expect(onlyFigure(text)).toMatchObject({ value: 13200000000, measure: "debt", source: "bankers" });
  });

  it("keeps scale words out of the measure and reads a change as two figures", () => {
    expect(onlyFigure("Regulators uncovered an $11bn fraud.")).toMatchObject({ value: 11000000000, measure: "fraud" });
    const change = figuresOf("The deficit rose from $19bn to $41bn.");
    expect(change.map((f) => [f.value, f.qualifier, f.measure])).toEqual([[19000000000, "exact", "deficit"], [41000000000, "exact", "deficit"]]);
  });

  it.each([
    ["a year", "In 1987 the talks resumed."],
    ["a date", "The deadline is 1 February."],
    ["a duration", "The loan has a 12-year term and five years' grace."],
    ["an age", "Workers aged 60 may retire."],
    ["a label", "Article 50 was invoked."],
    ["a group named before", "The two companies held talks."],
    ["a number counting nothing listed", "Both sides met 14 times in three rounds."],
    ["an average over days", "The ICO 15 day average was firm."],
    ["'one' as a pronoun", "Inflation is one of the highest in the region."],
  ])("keeps no figure for %s", (_what, text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe("figures: measures a profile adds", () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-measures-"));
  afterEach(() => {
    useProfile();
  });

  it("counts a noun only once the profile lists it as a measure that counts", () => {
    const text = "The strike kept 14 ferries in port.";
    expect(figuresOf(text)).toEqual([]);
    const file = join(dir, "ferry.json");
    writeFileSync(file, JSON.stringify({
      name: "ferry strike", extends: "ceasefire-exchange",
      measures: [{ measure: "ferries", counts: true, nouns: ["ferries", "ferry boats"] }],
    }));
    useProfile(file);
    expect(onlyFigure(text)).toMatchObject({ value: 14, measure: "ferries" });
  });
});
