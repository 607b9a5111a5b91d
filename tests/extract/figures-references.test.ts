import { describe, expect, it } from "vitest";
import { figuresOf } from "./figures-fixture.js";

const read = (text: string) => figuresOf(text).map((f) => [f.value, f.measure]);

describe("figures: parts of a figure", () => {
  it.each([
    ["Some 300 people were killed, including 40 children.", [[300, "killed"], [40, "killed"]]],
    ["At least 14 people were killed, eight of them women.", [[14, "killed"], [8, "killed"]]],
    ["The government released 200 prisoners, 30 of whom were women.", [[200, "prisoners_released"], [30, "prisoners_released"]]],
    ["Some 23 people died, among them nine children.", [[23, "killed"], [9, "killed"]]],
    ["The bombing killed 12 people, including at least two journalists.", [[12, "killed"], [2, "killed"]]],
    ["Militants are holding around 100 hostages, including about 30 believed dead.", [[100, "hostages_held"], [30, "presumed_dead"]]],
  ])("gives a part the measure of its figure: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("gives a part the source of its clause", () => {
    const figures = figuresOf("The Kavan Front holds about 400 people, according to the ministry, including 170 soldiers.");
    expect(figures.map((f) => [f.value, f.measure, f.source])).toEqual([
      [400, "hostages_held", "the ministry"],
      [170, "hostages_held", "the ministry"],
    ]);
  });

  it("refers an inclusion that opens a sentence to the sentence before", () => {
    expect(read("Some 40 people were wounded. Among them were 12 women.")).toEqual([[40, "wounded"], [12, "wounded"]]);
  });

  it.each([
    ["The war has killed 300 people. We want to bring all seven of them home.", [[300, "killed"]], "a whole group in a goal"],
    ["The deal would free 50 hostages, including 10 children.", [], "a part of a term"],
    ["The convoy carried families, including 40 children.", [], "a part of no figure"],
    ["Some 40 people were killed. The convoy carried families, including 12 children.", [[40, "killed"]], "a part of a figure in another sentence"],
    ["Some 40 people were killed, and medics said they treated families, including 12 children.", [[40, "killed"]], "a part of another clause"],
  ])("keeps no part in %s (%s)", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("figures: references to a figure before", () => {
  it("takes the measure of the last figure and the source of its own clause", () => {
    const figures = figuresOf("The Kavan Front says it is holding 212 people. Officials have put the number at about 230.");
    expect(figures.map((f) => [f.value, f.qualifier, f.measure, f.source])).toEqual([
      [212, "exact", "hostages_held", "The Kavan Front"],
      [230, "approx", "hostages_held", "Officials"],
    ]);
  });

  it("takes the owner of a count for its source", () => {
    const figures = figuresOf("The militia is holding 90 people, officials said. The militia's own figure is 84.");
    expect(figures.map((f) => [f.value, f.measure, f.source])).toEqual([
      [90, "hostages_held", "officials"],
      [84, "hostages_held", "The militia"],
    ]);
  });

  it("reaches back two sentences at most", () => {
    expect(read("Some 40 people were killed. Talks stalled. The ministry put the figure at 45.")).toEqual([[40, "killed"], [45, "killed"]]);
    expect(read("Some 40 people were killed. Talks stalled. Envoys left. Aid arrived. The ministry put the figure at 45.")).toEqual([[40, "killed"]]);
  });

  it.each([
    ["Officials put the number at 230.", [], "no figure before"],
    ["Some 40 people were killed. The number of visitors rose to 300.", [[40, "killed"]], "a number of something else"],
    ["Some 40 people were killed. A total of 300 cars were damaged.", [[40, "killed"]], "a total of something else"],
  ])("keeps no reference in %s (%s)", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
