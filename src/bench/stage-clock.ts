import { performance } from "node:perf_hooks";
import type { Stage } from "../extract/pipeline.js";

export interface StageTiming {
  name: string;
  seconds: number;
}

export interface StageClock {
  timings: StageTiming[];
  restore(): void;
}

/**
 * Wraps each stage's run in a timer, in place, so that extract() itself is measured with its real
 * stage list; stages depend on each other's layers and cannot be timed one at a time.
 */
export function startStageClock(list: Stage[]): StageClock {
  const originals = list.map((stage) => stage.run);
  const timings = list.map((stage) => ({ name: stage.name, seconds: 0 }));
  list.forEach((stage, i) => {
    const run = originals[i]!;
    const timing = timings[i]!;
    stage.run = (doc) => {
      const started = performance.now();
      try {
        run.call(stage, doc);
      } finally {
        timing.seconds += (performance.now() - started) / 1000;
      }
    };
  });
  return {
    timings,
    restore: () => list.forEach((stage, i) => (stage.run = originals[i]!)),
  };
}
