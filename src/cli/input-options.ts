import { parseByteSize } from "./byte-size.js";
import { BASE_SECONDS, SECONDS_PER_MB } from "./timed-extraction.js";

/** The options that bound one input, shared by `extract` and `ingest`. */
export function parseMaxBytes(value: string): number {
  return parseByteSize("--max-bytes", value);
}

export const TIME_LIMIT_HELP = `time budget per input in seconds; an input that takes longer is rejected (default ${BASE_SECONDS} s plus ${SECONDS_PER_MB} s per MB)`;

export function parseTimeLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!value.trim() || !Number.isFinite(seconds) || seconds <= 0) throw new Error(`--time-limit: '${value}' is not a positive number of seconds`);
  return seconds;
}
