import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure, spanText } from "./figures-fixture.js";

describe("figures: numbers and qualifiers", () => {
  it.each([
    ["Some 1,200 people were killed in Marenport.", 1200, "approx", "Some 1,200"],
    ["More than 26,000 people were killed in Marenport.", 26000, "more_than", "More than 26,000"],
    ["At least 34 people were wounded in Marenport.", 34, "at_least", "At least 34"],
    ["About 60 people were wounded in Marenport.", 60, "approx", "About 60"],
    ["Three soldiers were killed in Marenport.", 3, "exact", "Three"],
    ["Nearly 40 civilians died in the shelling.", 40, "approx", "Nearly 40"],
    ["Up to 50 villagers were abducted.", 50, "at_most", "Up to 50"],
    ["Fewer than 20 fighters were wounded.", 20, "less_than", "Fewer than 20"],
    ["Roughly 300 people have died.", 300, "approx", "Roughly 300"],
    ["An estimated 4,500 people were displaced.", 4500, "approx", "An estimated 4,500"],
    ["Around 70 hostages remain in Kestrel.", 70, "approx", "Around 70"],
    ["Almost 90 prisoners were freed.", 90, "approx", "Almost 90"],
    ["Over 150 hostages were released on Friday.", 150, "more_than", "Over 150"],
    ["1.2 million people have been displaced.", 1_200_000, "exact", "1.2 million"],
    ["Twenty-five hostages were released.", 25, "exact", "Twenty-five"],
    ["Two hundred and fifty people were killed.", 250, "exact", "Two hundred and fifty"],
    ["A dozen aid workers were killed.", 12, "approx", "A dozen"],
    ["Fifty or more people were wounded.", 50, "at_least", "Fifty or more"],
  ])("%s", (text, value, qualifier, span) => {
    const figure = onlyFigure(text);
    expect(figure.value).toBe(value);
    expect(figure.qualifier).toBe(qualifier);
    expect(spanText(text, figure)).toBe(span);
  });

  it("reads a range as its lower end with low and high, qualifier range", () => {
    const text = "Between 30 and 40 soldiers were wounded.";
    const figure = onlyFigure(text);
    expect(figure).toMatchObject({ value: 30, low: 30, high: 40, qualifier: "range", measure: "wounded" });
    expect(spanText(text, figure)).toBe("Between 30 and 40");
  });

  it.each([
    ["Two or three guards were killed.", 2, 3],
    ["30 to 40 hostages were released.", 30, 40],
    ["30-40 hostages were released.", 30, 40],
    ["Between 1 and 2 million people were displaced.", 1_000_000, 2_000_000],
  ])("reads the range in %s", (text, low, high) => {
    expect(onlyFigure(text)).toMatchObject({ value: low, low, high, qualifier: "range" });
  });

  it.each([
    ["Hundreds of civilians were killed.", 200, 999],
    ["Dozens of people were wounded.", 24, 99],
    ["Scores of people were abducted.", 40, 99],
    ["Tens of thousands of people have been displaced.", 20_000, 99_999],
  ])("gives vague amounts no value but bounds: %s", (text, low, high) => {
    expect(onlyFigure(text)).toMatchObject({ value: null, low, high, qualifier: "approx" });
  });

  it("leaves low and high empty for a single number", () => {
    expect(onlyFigure("More than 100 hostages remain captive.")).toMatchObject({ low: null, high: null });
  });

  it("does not take a change for a range", () => {
    const figures = figuresOf("The death toll rose from 300 to 500 on Monday.");
    expect(figures.map((f) => f.value)).toEqual([500]);
  });
});
