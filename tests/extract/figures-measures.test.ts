import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure } from "./figures-fixture.js";

describe("figures: measures", () => {
  it.each([
    ["Some 1,200 people were killed in the raid on Marenport.", "killed", "people were killed"],
    ["The strikes killed more than 260 people in Kestrel.", "killed", "killed more than 260 people"],
    ["More than 390 people have died since the fighting began.", "killed", "people have died"],
    ["Three Valdorian service members were killed near the border.", "killed", "service members were killed"],
    ["At least 34 soldiers were wounded in the blast.", "wounded", "soldiers were wounded"],
    ["The rebels hold some 115 hostages in the hills.", "hostages_held", "hold some 115 hostages"],
    ["The envoy pressed for the 115 hostages who remain captive.", "hostages_held", "hostages who remain captive"],
    ["The militia released 17 hostages on Friday.", "hostages_released", "released 17 hostages"],
    ["Marenport freed 39 prisoners in return.", "prisoners_released", "freed 39 prisoners"],
    ["The militia took 40 villagers hostage last year.", "abducted", "took 40 villagers"],
    ["Eight hostages are presumed dead.", "presumed_dead", "hostages are presumed dead"],
    ["About 1.9 million people have been displaced.", "displaced", "people have been displaced"],
    ["More than 200 trucks entered the enclave on Sunday.", "aid_trucks", "trucks entered"],
    ["Twelve fishermen are still missing.", "missing", "fishermen are still missing"],
    ["Police arrested 45 protesters in the capital.", "arrested", "arrested 45 protesters"],
    ["The guards shot dead 3 prisoners.", "killed", "shot dead 3 prisoners"],
    ["The death toll rose to 310 on Monday.", "killed", "death toll"],
    ["There were 40 deaths in the camp.", "killed", "deaths"],
    ["Some 1,200 people, most of them civilians, were killed.", "killed", "people, most of them civilians, were killed"],
    ["Twenty of them were killed in the crossfire.", "killed", "them were killed"],
    ["Troops rescued four hostages from a flat in Kestrel.", "hostages_rescued", "rescued four hostages"],
    ["Five Valdorians wrongfully detained in Kestrel flew home.", "detainees_held", "Valdorians wrongfully detained"],
    ["More than 100 trucks of aid entered Kestrel on Tuesday.", "aid_trucks", "trucks of aid entered"],
    ["Kestrel admits it has lost 31,000 soldiers.", "killed", "lost 31,000 soldiers"],
    ["The death toll in Marenport has surpassed 40,000.", "killed", "death toll"],
    ["Some 20 of the remaining hostages are dead.", "killed", "hostages are dead"],
  ])("%s", (text, measure, measureText) => {
    expect(onlyFigure(text)).toMatchObject({ measure, measureText });
  });

  it.each([
    ["More than 1.9 million Kestrelians - 90% of the population - have been displaced.", "Kestrelians - 90% of the population - have been displaced", 90],
    ["About 1.7 million people, or about 75 percent of them, have been displaced.", "people, or about 75 percent of them, have been displaced", 75],
  ])("reads past a percentage in an apposition: %s", (text, measureText, percent) => {
    const figures = figuresOf(text);
    expect(figures.filter((f) => f.unit === undefined)).toMatchObject([{ measure: "displaced", measureText }]);
    // the share is a figure of its own, never a second count of people
    expect(figures.filter((f) => f.unit !== undefined)).toMatchObject([{ value: percent, unit: "percent" }]);
  });

  it("shares the noun of the previous figure with an elliptical one", () => {
    const figures = figuresOf("Some 1,200 people were killed and 253 abducted in the raid.");
    expect(figures.map((f) => [f.value, f.measure, f.measureText])).toEqual([
      [1200, "killed", "people were killed"],
      [253, "abducted", "abducted"],
    ]);
  });

  it("reads a figure with no noun through a relative clause right after it", () => {
    expect(onlyFigure("The town greeted the 78 who were released.")).toMatchObject({ value: 78, measure: "released" });
  });

  it("does not give an elliptical figure a measure its cue does not name", () => {
    expect(figuresOf("Twelve hostages were freed and 10 arrived later.").map((f) => f.value)).toEqual([12]);
  });

  it("reads two figures joined by 'and' with their own cues", () => {
    const figures = figuresOf("Three guards were killed and at least 34 wounded in the attack.");
    expect(figures.map((f) => [f.value, f.qualifier, f.measure])).toEqual([
      [3, "exact", "killed"],
      [34, "at_least", "wounded"],
    ]);
  });

  it("prefers a relative clause over a governing noun that is only a goal", () => {
    const text = "The envoy is trying to secure the release of the more than 100 hostages who remain captive.";
    expect(onlyFigure(text)).toMatchObject({ value: 100, measure: "hostages_held" });
  });

  it("prefers an achieved release over a relative clause", () => {
    const text = "The envoy secured the release of four hostages who were held for months.";
    expect(onlyFigure(text)).toMatchObject({ value: 4, measure: "hostages_released" });
  });

  it("carries a governing noun across a first conjunct", () => {
    const text = "The town mourned the murder of Tomas Vell and five other hostages.";
    expect(onlyFigure(text)).toMatchObject({ value: 5, measure: "killed" });
  });

  it("reads the prisoners given in exchange as released", () => {
    const figures = figuresOf("Hamas freed 105 hostages in exchange for 240 prisoners.");
    expect(figures.map((f) => [f.value, f.measure])).toEqual([[105, "hostages_released"], [240, "prisoners_released"]]);
  });

  it("takes a wounded modifier inside the noun phrase", () => {
    expect(onlyFigure("Medics treated 34 wounded soldiers.")).toMatchObject({ measure: "wounded", measureText: "wounded soldiers" });
  });

  it("counts people by a capitalised demonym", () => {
    expect(onlyFigure("At least 70 Kestrelians were killed.")).toMatchObject({ measure: "killed", measureText: "Kestrelians were killed" });
  });

  it.each([
    ["Three soldiers were not killed in the blast.", "a negated cue"],
    ["The deal would see 33 hostages released in the first phase.", "a term of a proposal"],
    ["Under the plan, 33 hostages would be released.", "a modal between noun and cue"],
    ["Dozens of hostages will be returned to their families.", "a prediction"],
    ["The militia agreed to release 50 hostages.", "an agreed term"],
    ["The proposal calls for the release of 700 prisoners.", "a proposal"],
    ["It requires 600 trucks of aid a day.", "trucks without an entry cue"],
    ["Three Valdorian service members met the envoy.", "a countable noun without a cue"],
    ["Three ministers were killed.", "a noun not on the countable list"],
    ["The plan would free 34 wounded soldiers.", "a proposal around a modifier cue"],
    ["Negotiators discussed a six-week pause and the release of 40 hostages.", "a term under discussion"],
  ])("keeps no figure for %s (%s)", (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it("counts hostages by default, but not in a proposal", () => {
    expect(onlyFigure("Two hostages met the envoy.")).toMatchObject({ measure: "hostages_held" });
    expect(figuresOf("The first phase would include two hostages.")).toEqual([]);
  });
});
