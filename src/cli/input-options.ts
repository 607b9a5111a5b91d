import type { Command } from "commander";
import { STDIN_PATH } from "../ingest/read.js";
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

/**
 * The inputs to read when none are named: standard input when something is piped in; at a terminal
 * there is nothing to wait for, so the usage is printed and the run ends with exit code 2.
 */
export function inputsOrStdin(
  inputs: string[], manifest: string | undefined, command: Command, stdinIsTerminal = Boolean(process.stdin.isTTY),
): string[] {
  if (inputs.length || manifest) return inputs;
  if (!stdinIsTerminal) return [STDIN_PATH];
  command.outputHelp({ error: true });
  throw new UsageError();
}

/** Ends the run with the usage exit code after the message (or usage) has already been printed. */
export class UsageError extends Error {
  constructor() {
    super("usage");
    this.name = "UsageError";
  }
}
