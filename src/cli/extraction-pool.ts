import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import type { InputItem } from "../ingest/index.js";
import { InputError } from "../ingest/types.js";
import type { ParleyRecord } from "../record/schema.js";
import {
  budgetSeconds, createExtractor, inputBytes, recordOf, type ExtractionReply, type ExtractionRequest, type Extractor, type ExtractorOptions,
} from "./timed-extraction.js";

export const WORKERS_HELP = "threads that extract at once (default: one per core; 1 extracts one input at a time)";

export interface PoolOptions extends ExtractorOptions {
  workers: number;
}

export interface PoolWorkerData {
  profile?: string;
  /** an Int32Array's buffer: how many threads have loaded their modules and model */
  ready: SharedArrayBuffer;
}

/** `--workers`: a whole number from 1 up; by default one per core. */
export function parseWorkers(raw: string | undefined): number {
  if (raw === undefined) return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--workers: '${raw}' is not a whole number of at least 1`);
  return n;
}

const POOL_WORKER = new URL("./extraction-pool-worker.js", import.meta.url);
/** Inputs extracted ahead of the one the caller waits for, per thread: bounds the records held in memory. */
const AHEAD_PER_THREAD = 4;
/** A thread that never gets ready (a broken install) does not hold the run up longer than this. */
const MAX_READY_WAIT_MS = 60_000;
const READY_POLL_MS = 10;

interface Pending {
  promise: Promise<ParleyRecord>;
  resolve(record: ParleyRecord): void;
  reject(error: unknown): void;
}

/**
 * Extraction on several threads (tinypool), for callers that ask for one input after another in
 * the order they planned (`plan`): the inputs after the awaited one are extracted meanwhile, and
 * each record is handed back in input order. Each input keeps the time budget of timed-extraction.ts,
 * counted from when a ready thread takes it; a thread over budget is stopped and replaced, and the
 * input is rejected with one line, like an input that failed. With one worker (or where the
 * compiled worker is missing, as when the sources run directly) this is the single timed extractor.
 */
export function createExtractionPool(options: PoolOptions): Extractor {
  if (options.workers <= 1 || !existsSync(fileURLToPath(POOL_WORKER))) return createExtractor(options);
  const ready = new SharedArrayBuffer(4);
  const readyCount = new Int32Array(ready);
  let pool: Tinypool | undefined;
  let threads = options.workers;
  /** threads started so far, replacements included: a new thread loads before it takes an input */
  let expectedReady = 0;

  let planned: readonly InputItem[] = [];
  let pending: (Pending | undefined)[] = [];
  let cursor = 0;
  let next = 0;
  let running = 0;

  const start = () => {
    if (pool) return pool;
    expectedReady = threads;
    const workerData: PoolWorkerData = { profile: options.profile, ready };
    pool = new Tinypool({ filename: fileURLToPath(POOL_WORKER), minThreads: threads, maxThreads: threads, workerData });
    return pool;
  };

  const allReady = async () => {
    const deadline = Date.now() + MAX_READY_WAIT_MS;
    while (Atomics.load(readyCount, 0) < expectedReady && Date.now() < deadline) await sleep(READY_POLL_MS);
  };

  const extractOne = async (item: InputItem): Promise<ParleyRecord> => {
    const threadPool = start();
    await allReady();
    const seconds = budgetSeconds(inputBytes(item, options.maxBytes), options);
    const signal = AbortSignal.timeout(seconds * 1000);
    let reply: ExtractionReply;
    try {
      reply = await threadPool.run({ id: 0, item, maxBytes: options.maxBytes } satisfies ExtractionRequest, { signal });
    } catch (error) {
      // the pool replaces the stopped or failed thread; the next input waits until it has loaded
      expectedReady++;
      throw new InputError(item.path, signal.aborted ? `took more than ${seconds} s` : `extraction failed: ${(error as Error).message}`);
    }
    return recordOf(reply);
  };

  const pump = () => {
    while (running < threads && next < planned.length && next < cursor + AHEAD_PER_THREAD * threads) {
      const slot = pending[next]!;
      next++;
      running++;
      extractOne(planned[next - 1]!)
        .then(slot.resolve, slot.reject)
        .finally(() => {
          running--;
          pump();
        });
    }
  };

  return {
    plan(items) {
      planned = items;
      pending = items.map(() => {
        const slot = {} as Pending;
        slot.promise = new Promise<ParleyRecord>((resolve, reject) => Object.assign(slot, { resolve, reject }));
        slot.promise.catch(() => {}); // handled by whoever asks for the input; not every planned input is asked for
        return slot;
      });
      cursor = 0;
      next = 0;
      if (!pool) threads = Math.max(1, Math.min(options.workers, items.length));
      if (items.length) pump();
    },
    extract(item) {
      if (planned[cursor] !== item) return extractOne(item);
      const slot = pending[cursor]!;
      pending[cursor] = undefined;
      cursor++;
      pump();
      return slot.promise;
    },
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
