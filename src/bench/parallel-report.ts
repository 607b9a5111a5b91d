import { BYTES_PER_MB } from "./report.js";
import type { PoolMeasurement } from "./pool.js";
import type { WinkRatio } from "./wink-ratio.js";

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const mbPerSecond = (bytes: number, seconds: number) => (seconds > 0 ? bytes / BYTES_PER_MB / seconds : 0);

/** The pool's runs: wall time, throughput and speed-up over one worker. */
export function poolToMarkdown(pool: PoolMeasurement): string {
  const one = pool.runs.find((run) => run.workers === 1);
  return [
    `## parley extract's pool (${fixed(pool.bytes / BYTES_PER_MB)} MB, ${pool.documents} articles written to files; wall time, threads started before the clock)`,
    "",
    "| workers | wall seconds | MB/s | CPU seconds, all threads | speed-up over 1 worker |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...pool.runs.map((run) =>
      `| ${run.workers} | ${fixed(run.seconds)} | ${fixed(mbPerSecond(pool.bytes, run.seconds))} | ${fixed(run.cpuSeconds)} | ${one && run.seconds > 0 ? `×${fixed(one.seconds / run.seconds)}` : ""} |`),
    "",
    "A speed-up below the number of workers on an idle machine is the main thread's share (reading files, receiving records) and the cores' shared memory; on a busy machine the wall times say little.",
  ].join("\n");
}

/** Parley's extraction time as a multiple of wink's own tagging pass. */
export function winkRatioToMarkdown(wink: WinkRatio | null, folder: string): string {
  if (!wink) return `## Parley against wink's own pass\n\nskipped: no real articles at ${folder} (give a folder with --real)`;
  return [
    `## Parley against wink's own pass (${wink.documents} real articles from ${wink.folder}, ${fixed(wink.bytes / BYTES_PER_MB)} MB; CPU time on one thread, best of two)`,
    "",
    "| pass | CPU seconds | MB/s |",
    "| --- | ---: | ---: |",
    `| wink readDoc (sentences, parts of speech) | ${fixed(wink.winkSeconds)} | ${fixed(mbPerSecond(wink.bytes, wink.winkSeconds))} |`,
    `| Parley's extraction (wink's pass included) | ${fixed(wink.parleySeconds)} | ${fixed(mbPerSecond(wink.bytes, wink.parleySeconds))} |`,
    "",
    `Parley takes ×${fixed(wink.ratio)} wink's time.`,
  ].join("\n");
}
