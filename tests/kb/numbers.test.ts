import { describe, expect, it } from "vitest";
import { writtenDurations, writtenNumberAt } from "../../src/kb/numbers.js";

const words = (text: string) => text.split(" ").map((w) => ({ text: w }));
const HOURS = new Map([["day", 1], ["days", 1], ["hours", 1 / 24]]);

describe("written numbers and durations, shared by the events stage and the deal reader", () => {
  it("reads digits, number words, compounds and scales, and 'a' only when asked", () => {
    const read = (text: string, indefinite = false) => writtenNumberAt(words(text), 0, indefinite);
    expect(read("9,400 people")).toEqual({ value: 9400, to: 1 });
    expect(read("seventy - two days")).toEqual({ value: 72, to: 3 });
    expect(read("thirty one days")).toEqual({ value: 31, to: 2 });
    expect(read("two hundred prisoners")).toEqual({ value: 200, to: 2 });
    expect(read("a month")).toBeUndefined();
    expect(read("a month", true)).toEqual({ value: 1, to: 1 });
  });

  it("reads durations in whole days only", () => {
    expect(writtenDurations(words("a pause of 48 hours and then 12 hours"), HOURS).map((d) => d.days)).toEqual([2]);
    expect(writtenDurations(words("a 30 - day truce"), HOURS)).toEqual([{ from: 1, to: 4, days: 30 }]);
  });
});
