import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure } from "./figures-fixture.js";

const read = (text: string) => figuresOf(text).map((f) => [f.value, f.measure]);

describe("figures: words between a noun and its verb", () => {
  it.each([
    ["Five people in the car were killed.", "killed"],
    ["Four workers at the plant were wounded.", "wounded"],
    ["Three engineers repairing a power line were abducted by the militia.", "abducted"],
    ["About 40 trucks carrying flour crossed into Orvel.", "aid_trucks"],
    ["More than 50 trucks delivering flour entered the town.", "aid_trucks"],
  ])("reads past a phrase describing the noun: %s", (text, measure) => {
    expect(onlyFigure(text).measure).toBe(measure);
  });

  it("does not read a phrase that no verb of the measures list ends", () => {
    expect(figuresOf("About 40 lorries carrying food were waiting at the crossing.")).toEqual([]);
  });

  it("lets two noun phrases share a verb", () => {
    expect(read("Twelve civilians and three soldiers were killed in the attack.")).toEqual([[12, "killed"], [3, "killed"]]);
  });

  it("keeps the verb of another clause out when a verb governs the number", () => {
    expect(read("Rebels killed 3 soldiers and 40 people were wounded.")).toEqual([[3, "killed"], [40, "wounded"]]);
  });

  it("does not count the doers of an active verb", () => {
    expect(read("Six gunmen killed 20 people at the market.")).toEqual([[20, "killed"]]);
    expect(read("Five fighters who killed two guards escaped.")).toEqual([[2, "killed"]]);
  });

  it("still reads verbs whose subject is what is counted", () => {
    expect(read("Some 200 people have fled their homes.")).toEqual([[200, "displaced"]]);
  });
});

describe("figures: tolls and groups named before the number", () => {
  it.each([
    ["The death toll from Saturday's shelling of the market in Orvel has risen to 61.", 61, "killed"],
    ["Among the dead were four aid workers.", 4, "killed"],
    ["The dead included four teenagers.", 4, "killed"],
    ["Among the injured were 15 schoolchildren.", 15, "wounded"],
  ])("%s", (text, value, measure) => {
    expect(onlyFigure(text)).toMatchObject({ value, measure });
  });

  it("needs a verb after a toll's own words", () => {
    expect(figuresOf("Kestria offered the dead in return for the release of five detainees.")).toEqual([]);
  });
});

describe("figures: vocabulary", () => {
  it.each([
    ["Twenty people had been treated in hospital for their injuries.", "wounded"],
    ["Fifteen people were hospitalized after the blast.", "wounded"],
    ["Eleven soldiers sustained injuries in the blast.", "wounded"],
    ["Four military engineers were seized.", "abducted"],
    ["Eleven rebels were killed in the clashes.", "killed"],
    ["Two monitors were wounded.", "wounded"],
    ["The war has claimed more than 9,000 lives.", "killed"],
    ["The fighting took 300 lives in a week.", "killed"],
    ["Some 40 lives were lost in the flood.", "killed"],
  ])("%s", (text, measure) => {
    expect(onlyFigure(text).measure).toBe(measure);
  });

  it("counts no lives that were saved", () => {
    expect(figuresOf("Medics saved 300 lives.")).toEqual([]);
  });

  it("counts remains as the dead, whatever killed them", () => {
    expect(onlyFigure("The rebels hold the remains of at least 27 soldiers killed in fighting.")).toMatchObject({
      value: 27, qualifier: "at_least", measure: "dead_bodies",
    });
    expect(onlyFigure("Militants returned the bodies of 3 hostages.").measure).toBe("dead_bodies");
  });

  it("reads 'several hundred' as a vague amount", () => {
    expect(onlyFigure("Several hundred people remain in government custody.")).toMatchObject({ value: null, low: 200, high: 999 });
  });
});
