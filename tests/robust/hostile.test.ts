import { describe, expect, it } from "vitest";
import { HOSTILE_CASES, randomText } from "../../src/bench/hostile/cases.js";
import { extract } from "../../src/extract/pipeline.js";
import { sourceFromText } from "../../src/ingest/index.js";
import { InputError } from "../../src/ingest/types.js";
import type { ParleyRecord } from "../../src/record/schema.js";

/**
 * Every class of input that once stalled or crashed Parley, generated here at a size where the old
 * super-linear code needed minutes (or overflowed the stack): each must now end, within the test's
 * timeout, with a record whose offsets point into its text or with one clear InputError. No time is
 * measured: a quadratic stage simply does not finish in time. `npm run bench` reports the times.
 */
const SIZE = 200_000;

function outcome(text: string, fileName: string): ParleyRecord | InputError {
  try {
    return extract(sourceFromText(text, { path: fileName }));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

function expectSound(result: ParleyRecord | InputError): void {
  if (result instanceof InputError) {
    expect(result.reason).not.toContain("\n");
    return;
  }
  const text = result.document.text;
  expect(text.length).toBeGreaterThan(0);
  for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  for (const actor of result.actors) {
    for (const mention of actor.mentions) expect(mention.end).toBeLessThanOrEqual(text.length);
  }
}

describe("hostile inputs end with a record or one clear error", () => {
  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.name}: ${hostile.about}`, { timeout: 120_000 }, () => {
      expectSound(outcome(hostile.generate(SIZE), hostile.fileName));
    });
  }

  it("random mixtures of the pieces every rule looks for, with several seeds", { timeout: 120_000 }, () => {
    for (const seed of [1, 2, 3, 4, 5]) expectSound(outcome(randomText(20_000, seed), `random-${seed}.txt`));
  });
});

describe("what the hostile inputs still give", () => {
  it("reads the article after a first line that once backtracked exponentially", { timeout: 60_000 }, () => {
    const record = outcome(HOSTILE_CASES.find((c) => c.name === "dateline-groups")!.generate(SIZE), "dateline.txt") as ParleyRecord;
    expect(record.document.text).toContain("Negotiators from Valdoria and Marenland met again on Tuesday");
  });

  it("finds the one quote after thousands of paragraphs without a mark", { timeout: 120_000 }, () => {
    const record = outcome(HOSTILE_CASES.find((c) => c.name === "short-paragraphs")!.generate(SIZE), "paragraphs.txt") as ParleyRecord;
    expect(record.quotes.map((q) => q.text)).toEqual(["Enough."]);
  });

  it("reads the paragraphs of a page nested far deeper than Readability can walk", { timeout: 120_000 }, () => {
    for (const name of ["nested-divs", "unclosed-elements"]) {
      const hostile = HOSTILE_CASES.find((c) => c.name === name)!;
      const record = outcome(hostile.generate(SIZE), hostile.fileName) as ParleyRecord;
      expect(record.document.text).toContain("Negotiators from Valdoria and Marenland met again on Tuesday");
    }
  });

  it("keeps every transcript turn of a long transcript", { timeout: 120_000 }, () => {
    const text = HOSTILE_CASES.find((c) => c.name === "transcript-labels")!.generate(50_000);
    const record = outcome(text, "transcript.txt") as ParleyRecord;
    expect(record.document.format).toBe("transcript");
    expect(record.quotes.length).toBe(text.split("\n").filter(Boolean).length);
  });
});
