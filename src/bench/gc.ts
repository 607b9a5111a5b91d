import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full collection before the clock starts, so that the garbage of corpus generation is not
 * collected on extraction's time. gc() is only exposed by a flag; setting it at run time works
 * for contexts created afterwards.
 */
export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

export interface GcClock {
  /** Seconds spent in garbage collection between `from` and `to` (performance.now() times). */
  stop(from: number, to: number): Promise<number>;
}

/** Counts garbage-collection pauses; they land inside whichever stage happens to allocate. */
export function startGcClock(): GcClock {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  return {
    async stop(from, to) {
      // Node queues GC entries and hands them over only once the event loop turns.
      await new Promise((resolve) => setImmediate(resolve));
      entries.push(...observer.takeRecords());
      observer.disconnect();
      const inside = entries.filter((entry) => entry.startTime >= from && entry.startTime <= to);
      return inside.reduce((sum, entry) => sum + entry.duration, 0) / 1000;
    },
  };
}
