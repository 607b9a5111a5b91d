import { describe, expect, it } from "vitest";
import { BenchUsageError, DEFAULT_MEGABYTES, parseBenchArgs } from "../../src/bench/args.js";

describe("benchmark arguments", () => {
  it("defaults to the full-size corpus and a markdown table", () => {
    expect(parseBenchArgs([])).toMatchObject({ megabytes: DEFAULT_MEGABYTES, json: false, help: false });
    expect(DEFAULT_MEGABYTES).toBeGreaterThanOrEqual(20);
  });

  it("reads the size, the seed and --json", () => {
    expect(parseBenchArgs(["--mb", "0.5", "--seed", "7", "--json"])).toEqual({ megabytes: 0.5, seed: 7, json: true, help: false });
  });

  it.each([
    [["--mb", "0"], /--mb: expected a positive number/],
    [["--mb", "lots"], /--mb: expected a positive number/],
    [["--seed", "1.5"], /--seed: expected a whole number/],
    [["--fast"], /Unknown option '--fast'/],
    [["extra"], /positional/],
  ])("rejects %j with one line", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
