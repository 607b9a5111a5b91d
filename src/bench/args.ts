import { parseArgs } from "node:util";

export interface BenchOptions {
  megabytes: number;
  seed: number;
  json: boolean;
  help: boolean;
}

export const DEFAULT_MEGABYTES = 24;
export const DEFAULT_SEED = 20240129;

export const USAGE = `usage: npm run bench -- [--mb N] [--seed N] [--json]
  --mb N      size of the synthetic corpus in MB of UTF-8 text (default ${DEFAULT_MEGABYTES})
  --seed N    seed of the corpus generator (default ${DEFAULT_SEED}); a seed always gives the same corpus
  --json      print the measurements as JSON instead of a markdown table`;

/** A bad command line, reported as one line on stderr. */
export class BenchUsageError extends Error {}

function positiveNumber(option: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new BenchUsageError(`${option}: expected a positive number, got '${raw}'`);
  return value;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  let values: { mb?: string; seed?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        mb: { type: "string" },
        seed: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
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
  };
}
