import { describe, expect, it } from "vitest";
import { figuresOf } from "./figures-fixture.js";

/** Head counts only: sums and percentages are figures of their own (figures-quantities.test.ts), never counts of people. */
const headCounts = (text: string) => figuresOf(text).filter((f) => f.unit === undefined).map((f) => f.value);

describe("figures: numbers that are not figures", () => {
  it.each([
    ["a date", "On Oct. 7, 12 soldiers were killed.", [12]],
    ["a day before its month", "On 7 October, 12 soldiers were killed.", [12]],
    ["a year", "In 2024 the talks resumed and 2024 was a hard year.", []],
    ["an age", "A 34-year-old man was killed in the blast.", []],
    ["an age after 'aged'", "A woman aged 34 was killed.", []],
    ["an age after a noun", "Children under 18 were killed.", []],
    ["a time", "At 10:30 a.m. three guards were wounded.", [3]],
    ["an ordinal", "The 7th hostage was released.", []],
    ["money", "The fund paid $5 million and 40 people were killed.", [40]],
    ["a percentage", "About 50% of the people were displaced.", []],
    ["a percentage in words", "Some 30 percent were killed.", []],
    ["a phone number", "Call 555-0123 for news of the hostages.", []],
    ["'one of the'", "One of the hostages was released.", []],
    ["the pronoun 'one'", "No one was killed in the blast.", []],
    ["a duration term", "The sides agreed a 30-day truce, a three-month ceasefire and a four-day pause.", []],
    ["'two sides' and 'both'", "The two sides and both mediators were killed off in the draft.", []],
    ["a label", "Resolution 2735 and Phase 2 were adopted, Channel 14 reported.", []],
    ["a fraction", "1.5 people were killed on average.", []],
    ["one side of a ratio", "The deal sets 30 prisoners for each hostage, and 12 hostages are held.", [12]],
  ])("skips %s", (_what, text, values) => {
    expect(headCounts(text)).toEqual(values);
  });
});
