import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { STDIN_PATH } from "../ingest/read.js";
import { InputError } from "../ingest/types.js";
import type { InputItem } from "../ingest/index.js";
import type { ParleyRecord } from "../record/schema.js";

export interface ExtractionRequest {
  id: number;
  item: InputItem;
  maxBytes: number;
}

export type ExtractionReply =
  | { ready: true }
  | { id: number; record: ParleyRecord }
  | { id: number; rejected: { file: string; reason: string } }
  | { id: number; failure: string };

/** Reads and extracts inputs one at a time; an input over its time budget is an InputError. */
export interface Extractor {
  extract(item: InputItem): Promise<ParleyRecord>;
  /** The inputs about to be asked for, in order, so that a pool can extract them ahead on several threads. */
  plan?(items: readonly InputItem[]): void;
  close(): Promise<void>;
}

export interface ExtractorOptions {
  maxBytes: number;
  /** A fixed budget per input in seconds; by default BASE_SECONDS plus SECONDS_PER_MB of input. */
  timeLimitSeconds?: number;
  profile?: string;
}

/** The default budget: generous for any real article (a few hundred KB at most take well under a second). */
export const BASE_SECONDS = 20;
export const SECONDS_PER_MB = 5;

/** The budget in seconds for an input of `bytes`. */
export function budgetSeconds(bytes: number, options: Pick<ExtractorOptions, "timeLimitSeconds">): number {
  return options.timeLimitSeconds ?? BASE_SECONDS + Math.ceil((SECONDS_PER_MB * bytes) / (1024 * 1024));
}

const WORKER = new URL("./extraction-worker.js", import.meta.url);

/**
 * Extraction is synchronous, so a budget cannot be checked from the same thread while a stage runs:
 * each input is read and extracted on a worker thread, and a worker that overruns the input's
 * budget is terminated (a fresh one takes the next input). Where the compiled worker is missing
 * (the sources run directly, as in tests), inputs are extracted on this thread without a budget.
 */
export function createExtractor(options: ExtractorOptions): Extractor {
  if (!existsSync(fileURLToPath(WORKER))) return inThreadExtractor(options);
  let worker: Promise<Worker> | null = null;
  let nextId = 0;
  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const created = new Worker(WORKER, { workerData: { profile: options.profile } });
      created.once("message", () => resolve(created));
      created.once("error", reject);
    });
  const stop = async () => {
    const running = worker;
    worker = null;
    if (running) await (await running.catch(() => null))?.terminate();
  };
  return {
    async extract(item) {
      worker ??= start();
      const thread = await worker;
      const seconds = budgetSeconds(inputBytes(item, options.maxBytes), options);
      const id = nextId++;
      const reply = await new Promise<ExtractionReply | "timeout" | Error>((resolve) => {
        const timer = setTimeout(() => resolve("timeout"), seconds * 1000);
        const done = (value: ExtractionReply | Error) => {
          clearTimeout(timer);
          thread.off("message", onMessage);
          thread.off("error", onError);
          resolve(value);
        };
        const onMessage = (message: ExtractionReply) => {
          if ("id" in message && message.id === id) done(message);
        };
        const onError = (error: Error) => done(error);
        thread.on("message", onMessage);
        thread.on("error", onError);
        thread.postMessage({ id, item, maxBytes: options.maxBytes } satisfies ExtractionRequest);
      });
      if (reply === "timeout" || reply instanceof Error) {
        await stop();
        throw new InputError(item.path, reply === "timeout" ? `took more than ${seconds} s` : `extraction failed: ${reply.message}`);
      }
      return recordOf(reply);
    },
    close: stop,
  };
}

/** The record an extraction thread sent back, or the error it reported for the input. */
export function recordOf(reply: ExtractionReply): ParleyRecord {
  if ("record" in reply) return reply.record;
  if ("rejected" in reply) throw new InputError(reply.rejected.file, reply.rejected.reason);
  throw new Error("failure" in reply ? reply.failure : "unexpected reply from the extraction thread");
}

/** Extraction on this thread, without a budget (the pipeline is loaded only when first needed). */
export function inThreadExtractor(options: Pick<ExtractorOptions, "maxBytes">): Extractor {
  return {
    extract: async (item) => (await import("./extract-input.js")).extractInput(item, options.maxBytes),
    close: async () => {},
  };
}

/** The input's size for its budget: a file's size; stdin, whose size is unknown, gets the budget of the largest input. */
export function inputBytes(item: InputItem, maxBytes: number): number {
  if (item.content !== undefined) return Buffer.byteLength(item.content); // a fetched page, an e-mail's body
  if (item.path === STDIN_PATH) return maxBytes;
  try {
    return statSync(item.path).size;
  } catch {
    return 0;
  }
}
