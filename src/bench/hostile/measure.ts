import { performance } from "node:perf_hooks";
import { extract } from "../../extract/pipeline.js";
import { sourceFromText } from "../../ingest/index.js";
import { InputError } from "../../ingest/types.js";
import { HOSTILE_CASES } from "./cases.js";

/** The sizes each hostile case is run at: time growing tenfold between them is linear. */
export const HOSTILE_SIZES = [100_000, 1_000_000] as const;

export interface HostileTiming {
  name: string;
  about: string;
  /** Seconds to read and extract the input at each of HOSTILE_SIZES. */
  seconds: number[];
  /** What the largest input gave: "record" or the one-line reason it was refused. */
  outcome: string;
}

/** Reads (from memory) and extracts every hostile case at every size, on this thread. */
export function measureHostile(): HostileTiming[] {
  return HOSTILE_CASES.map((hostile) => {
    let outcome = "record";
    const seconds = HOSTILE_SIZES.map((size) => {
      const text = hostile.generate(size);
      const started = performance.now();
      try {
        extract(sourceFromText(text, { path: hostile.fileName }));
        outcome = "record";
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        outcome = error.reason;
      }
      return (performance.now() - started) / 1000;
    });
    return { name: hostile.name, about: hostile.about, seconds, outcome };
  });
}

export function hostileToMarkdown(timings: HostileTiming[]): string {
  const sizes = HOSTILE_SIZES.map((size) => `${size / 1_000_000} MB`);
  const growth = (t: HostileTiming) => (t.seconds[0]! > 0 ? (t.seconds.at(-1)! / t.seconds[0]!).toFixed(1) : "");
  return [
    "## Hostile inputs (read from memory and extracted; linear growth is about ×10 between the sizes)",
    "",
    `| case | ${sizes.map((s) => `seconds at ${s}`).join(" | ")} | growth | outcome |`,
    `| --- | ${sizes.map(() => "---:").join(" | ")} | ---: | --- |`,
    ...timings.map((t) => `| ${t.name} | ${t.seconds.map((s) => s.toFixed(2)).join(" | ")} | ×${growth(t)} | ${t.outcome} |`),
  ].join("\n");
}
