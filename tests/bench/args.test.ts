import { describe, expect, it } from "vitest";
import { BenchUsageError, DEFAULT_MEGABYTES, parseBenchArgs } from "../../src/bench/args.js";

describe("benchmark arguments", () => {
  it("defaults to the full-size corpus and a markdown table", () => {
    expect(parseBenchArgs([])).toMatchObject({ megabytes: DEFAULT_MEGABYTES, json: false, help: false });
    expect(DEFAULT_MEGABYTES).toBeGreaterThanOrEqual(20);
  });

  it("reads the size, the seed and --json", () => {
    expect(parseBenchArgs(["--mb", "0.5", "--seed", "7", "--json"])).toMatchObject({ megabytes: 0.5, seed: 7, json: true, help: false });
  });

  it("reads the workers, the size of the pool's part and the folder of real text", () => {
    expect(parseBenchArgs(["--workers", "3", "--pool-mb", "0", "--real", "news"])).toMatchObject({ workers: 3, poolMegabytes: 0, realText: "news" });
    expect(parseBenchArgs([]).workers).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [["--mb", "0"], /--mb: expected a positive number/],
    [["--mb", "lots"], /--mb: expected a positive number/],
    [["--seed", "1.5"], /--seed: expected a whole number/],
    [["--workers", "0"], /--workers: expected a whole number of at least 1/],
    [["--pool-mb=-1"], /--pool-mb: expected a number of at least 0/],
    [["--fast"], /Unknown option '--fast'/],
    [["extra"], /positional/],
  ])("rejects %j with one line", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
