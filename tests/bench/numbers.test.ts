import { describe, expect, it } from "vitest";
import { drawNumber, formatNumber, qualifiedCount, roundFigure } from "../../src/bench/corpus/numbers.js";
import { Random } from "../../src/bench/corpus/random.js";

describe("benchmark numbers", () => {
  it("formats numbers as news does", () => {
    expect(formatNumber(7)).toBe("7");
    expect(formatNumber(1240)).toBe("1,240");
    expect(formatNumber(1_890_000)).toBe("1.9 million");
  });

  it("rounds approximate figures to two significant digits", () => {
    expect(roundFigure(87)).toBe(87);
    expect(roundFigure(1234)).toBe(1200);
    expect(roundFigure(25_960)).toBe(26_000);
  });

  it("draws within the bounds", () => {
    const rng = new Random(9);
    for (let i = 0; i < 500; i++) {
      const n = drawNumber(rng, 5, 32_000);
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(32_000);
    }
  });

  it("always writes a number when a numeric count is asked for, and sometimes a vague one otherwise", () => {
    const rng = new Random(2);
    const numeric = Array.from({ length: 300 }, () => qualifiedCount(rng, 10, 2000, true));
    expect(numeric.every((c) => /\d/.test(c))).toBe(true);
    const any = Array.from({ length: 300 }, () => qualifiedCount(rng, 10, 2000));
    expect(any.some((c) => !/\d/.test(c))).toBe(true);
    expect(new Set(any.map((c) => c.replace(/[\d,]+/g, "N"))).size).toBeGreaterThan(8);
  });

  it("repeats its sequence for a seed", () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});
