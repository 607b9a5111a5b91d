import type { Command } from "commander";
import { DEFAULT_MAX_BYTES } from "../../ingest/index.js";
import { readySources } from "../../ingest/sources.js";
import { DEFAULT_TIMEOUT_SECONDS } from "../../ingest/web/fetch-page.js";
import { InputError } from "../../ingest/types.js";
import type { ParleyRecord } from "../../record/schema.js";
import { EXIT_REJECTED, type SetExit } from "../main.js";
import { recordToMarkdown } from "../format/markdown.js";
import { useProfile } from "../../kb/profile.js";
import { profileSummary } from "../format/profile-summary.js";

export const PROFILE_OPTION_HELP =
  "negotiation profile: auto (the default: each article gets the shipped profile its text matches best), the name of a shipped profile (labour-contract), or a profile JSON file";
import { printable } from "../printable.js";
import { createExtractionPool, parseWorkers, WORKERS_HELP } from "../extraction-pool.js";
import { inputsOrStdin, parseMaxBytes, parseTimeLimit, TIME_LIMIT_HELP } from "../input-options.js";
import { ploverLines } from "../../export/plover.js";

export function reportInputError(error: InputError): void {
  process.stderr.write(`parley: ${printable(error.file)}: ${printable(error.reason)}\n`);
}

export function registerExtract(program: Command, setExit: SetExit): void {
  program
    .command("extract")
    .description("extract the record of each input and print it (nothing is stored)")
    .argument("[inputs...]", "files, folders (recursive) or - for stdin (with none: stdin when it is piped in)")
    .option("--manifest <file>", "JSON lines: {path, date?, outlet?, title?, authors?}")
    .option("--format <format>", "jsonl | json | md | plover (one PLOVER event record a line)", "jsonl")
    .option("--max-bytes <size>", "largest accepted input: bytes or a size such as 512KB, 5MB", String(DEFAULT_MAX_BYTES))
    .option("--profile <file>", PROFILE_OPTION_HELP, "auto")
    .option("--time-limit <seconds>", TIME_LIMIT_HELP)
    .option("--workers <n>", WORKERS_HELP)
    .action(async (named: string[], opts: { manifest?: string; format: string; maxBytes: string; profile?: string; timeLimit?: string; workers?: string }, command: Command) => {
      if (!["jsonl", "json", "md", "plover"].includes(opts.format)) throw new Error(`unknown format '${opts.format}' (jsonl, json, md or plover)`);
      const maxBytes = parseMaxBytes(opts.maxBytes);
      const timeLimitSeconds = parseTimeLimit(opts.timeLimit);
      const workers = parseWorkers(opts.workers);
      useProfile(opts.profile);
      const inputs = inputsOrStdin(named, opts.manifest, command);
      const { items, errors } = await readySources(inputs, opts.manifest, { maxBytes, timeoutSeconds: DEFAULT_TIMEOUT_SECONDS });
      for (const error of errors) reportInputError(error);
      if (errors.length) setExit(EXIT_REJECTED);
      const records: ParleyRecord[] = [];
      const extractor = createExtractionPool({ maxBytes, timeLimitSeconds, profile: opts.profile, workers });
      extractor.plan?.(items);
      const choices: ParleyRecord["document"]["profile"][] = [];
      try {
        for (const item of items) {
          let record: ParleyRecord;
          try {
            record = await extractor.extract(item);
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            reportInputError(error);
            setExit(EXIT_REJECTED);
            continue;
          }
          choices.push(record.document.profile);
          if (opts.format === "jsonl") process.stdout.write(JSON.stringify(record) + "\n");
          else if (opts.format === "plover") process.stdout.write(ploverLines(record));
          else records.push(record);
        }
      } finally {
        await extractor.close();
      }
      if (opts.format === "json") process.stdout.write(JSON.stringify(records, null, 2) + "\n");
      if (opts.format === "md") process.stdout.write(records.map(recordToMarkdown).join("\n\n---\n\n") + "\n");
      const summary = profileSummary(choices);
      if (summary) process.stderr.write(summary + "\n");
    });
}
