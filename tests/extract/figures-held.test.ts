import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure } from "./figures-fixture.js";

describe("figures: people held", () => {
  it.each([
    ["The Tarsian militia is holding about 120 people.", 120, "approx"],
    ["Rebels still hold more than 80 villagers in the hills.", 80, "more_than"],
    ["The Orvel Brigades are believed to be holding around 60 people.", 60, "approx"],
    ["The envoy met relatives of the 350 people the militia holds.", 350, "exact"],
    ["The group says it is still holding 212 civilians.", 212, "exact"],
  ])("reads people held by a group as held: %s", (text, value, qualifier) => {
    expect(onlyFigure(text)).toMatchObject({ value, qualifier, measure: "hostages_held" });
  });

  it.each([
    ["The stadium in Orvel holds 40,000 people.", "a stadium's capacity"],
    ["The shelter, which held 500 people, was hit.", "a shelter's capacity"],
    ["The militia could hold 500 people in the old fort.", "a possibility"],
  ])("keeps no figure for %s (%s)", (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it.each([
    ["About 90 people remain in Tarsian custody.", "detainees_held"],
    ["Four journalists are still in rebel captivity.", "hostages_held"],
    ["Some 30 fishermen remain under militia detention.", "detainees_held"],
  ])("reads a place of custody with its modifiers: %s", (text, measure) => {
    expect(onlyFigure(text).measure).toBe(measure);
  });

  it("lets a verb after a state say what happened to the noun", () => {
    expect(onlyFigure("Ten hostages held in Orvel were freed on Monday.").measure).toBe("hostages_released");
    expect(onlyFigure("The militia freed 12 hostages held in Orvel.").measure).toBe("hostages_released");
    expect(onlyFigure("Some 40 hostages held in Orvel met the envoy.").measure).toBe("hostages_held");
  });

  it("reads 'remain' after a number with no noun as held, for hostages only", () => {
    const read = (text: string) => figuresOf(text).map((f) => [f.value, f.measure]);
    expect(read("Of the 251 hostages taken, 115 remain in Orvel.")).toEqual([[251, "hostages_held"], [115, "hostages_held"]]);
    expect(read("Of the 400 people who fled, 115 remain in the camp.")).toEqual([[400, "displaced"]]);
  });

  it("keeps a state out of a goal before it", () => {
    expect(figuresOf("The plan calls for the release of 8 people held in Kestrel.")).toEqual([]);
  });

  it("does not take a demand or support for a release", () => {
    expect(figuresOf("The Kavan Front wants the release of 500 prisoners.")).toEqual([]);
    expect(figuresOf("The envoy said she supported the release of six detainees as a first step.")).toEqual([]);
  });
});
