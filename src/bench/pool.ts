import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createExtractionPool } from "../cli/extraction-pool.js";
import { DEFAULT_MAX_BYTES, expandInputs } from "../ingest/index.js";
import type { SourceDocument } from "../ingest/types.js";

export interface PoolRun {
  workers: number;
  /** wall time from the first input asked for to the last record back, thread start-up excluded */
  seconds: number;
  /** user + system CPU time of the whole process (all threads) over the same span */
  cpuSeconds: number;
  records: number;
}

export interface PoolMeasurement {
  documents: number;
  bytes: number;
  runs: PoolRun[];
}

/**
 * `parley extract`'s own path on several threads: the documents are written as text files to a
 * temporary folder and read back through the extraction pool with each number of workers in turn,
 * the records asked for in input order as the CLI does. Each run starts its threads (and waits for
 * their model) on one file before the clock starts.
 */
export async function measurePool(documents: SourceDocument[], workerCounts: number[]): Promise<PoolMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-pool-"));
  try {
    documents.forEach((document, i) => writeFileSync(join(dir, `${String(i).padStart(6, "0")}.txt`), document.text));
    const { items } = expandInputs([dir], undefined);
    const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.text, "utf8"), 0);
    const runs: PoolRun[] = [];
    for (const workers of workerCounts) {
      const extractor = createExtractionPool({ maxBytes: DEFAULT_MAX_BYTES, workers });
      try {
        // one input on every thread first: loading the model is not part of the throughput
        extractor.plan?.(items.slice(0, workers));
        for (const item of items.slice(0, workers)) await extractor.extract(item);
        extractor.plan?.(items);
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        let records = 0;
        for (const item of items) {
          await extractor.extract(item);
          records++;
        }
        const cpu = process.cpuUsage(cpuBefore);
        runs.push({ workers, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, records });
      } finally {
        await extractor.close();
      }
    }
    return { documents: documents.length, bytes, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
