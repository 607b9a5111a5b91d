import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

export interface BenchOptions {
  megabytes: number;
  seed: number;
  json: boolean;
  help: boolean;
  /** threads for the run through `parley extract`'s pool, beside the run on one */
  workers: number;
  /** MB of the corpus (its first documents) run through the pool with 1 and `workers` threads; 0 skips it */
  poolMegabytes: number;
  /** a folder of real articles to time Parley against wink's own pass on */
  realText: string;
}

export const DEFAULT_MEGABYTES = 24;
export const DEFAULT_SEED = 20240129;
export const DEFAULT_POOL_MEGABYTES = 6;
export const DEFAULT_REAL_TEXT = "../shared/corpus/news";

export const USAGE = `usage: npm run bench -- [--mb N] [--seed N] [--json]
  --mb N      size of the synthetic corpus in MB of UTF-8 text (default ${DEFAULT_MEGABYTES})
  --seed N    seed of the corpus generator (default ${DEFAULT_SEED}); a seed always gives the same corpus
  --json      print the measurements as JSON instead of a markdown table
  --workers N threads for the run through parley extract's pool, compared with 1 (default: one per core)
  --pool-mb N MB of the corpus for that comparison (default ${DEFAULT_POOL_MEGABYTES}; 0 skips it)
  --real DIR  real articles to time Parley against wink's own tagging pass on (default ${DEFAULT_REAL_TEXT}; skipped when missing)`;

/** A bad command line, reported as one line on stderr. */
export class BenchUsageError extends Error {}

function wholeNumber(option: string, raw: string | undefined, fallback: number, least: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) throw new BenchUsageError(`${option}: expected a whole number of at least ${least}, got '${raw}'`);
  return value;
}

function nonNegative(option: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new BenchUsageError(`${option}: expected a number of at least 0, got '${raw}'`);
  return value;
}

function positiveNumber(option: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new BenchUsageError(`${option}: expected a positive number, got '${raw}'`);
  return value;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  let values: { mb?: string; seed?: string; json?: boolean; help?: boolean; workers?: string; "pool-mb"?: string; real?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        mb: { type: "string" },
        seed: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        workers: { type: "string" },
        "pool-mb": { type: "string" },
        real: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchUsageError((error as Error).message.split("\n")[0]!);
  }
  const seed = positiveNumber("--seed", values.seed, DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new BenchUsageError(`--seed: expected a whole number, got '${values.seed}'`);
  return {
    megabytes: positiveNumber("--mb", values.mb, DEFAULT_MEGABYTES),
    seed,
    json: values.json ?? false,
    help: values.help ?? false,
    workers: wholeNumber("--workers", values.workers, availableParallelism(), 1),
    poolMegabytes: values["pool-mb"] === undefined ? DEFAULT_POOL_MEGABYTES : nonNegative("--pool-mb", values["pool-mb"]),
    realText: values.real ?? DEFAULT_REAL_TEXT,
  };
}
