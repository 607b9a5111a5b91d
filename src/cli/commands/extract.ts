import type { Command } from "commander";
import { extract } from "../../extract/pipeline.js";
import { DEFAULT_MAX_BYTES, expandInputs, loadSource } from "../../ingest/index.js";
import { InputError } from "../../ingest/types.js";
import type { ParleyRecord } from "../../record/schema.js";
import { EXIT_REJECTED, type SetExit } from "../main.js";
import { recordToMarkdown } from "../format/markdown.js";
import { useProfile } from "../../kb/profile.js";
import { ploverLines } from "../../export/plover.js";

export function reportInputError(error: InputError): void {
  process.stderr.write(`parley: ${error.file}: ${error.reason}\n`);
}

export function registerExtract(program: Command, setExit: SetExit): void {
  program
    .command("extract")
    .description("extract the record of each input and print it (nothing is stored)")
    .argument("[inputs...]", "files, folders (recursive) or - for stdin")
    .option("--manifest <file>", "JSON lines: {path, date?, outlet?, title?, authors?}")
    .option("--format <format>", "jsonl | json | md | plover (one PLOVER event record a line)", "jsonl")
    .option("--max-bytes <n>", "largest accepted input in bytes", String(DEFAULT_MAX_BYTES))
    .option("--profile <file>", "negotiation profile (JSON) naming the parties and issues; default: the generic ceasefire profile")
    .action((inputs: string[], opts: { manifest?: string; format: string; maxBytes: string; profile?: string }) => {
      if (!["jsonl", "json", "md", "plover"].includes(opts.format)) throw new Error(`unknown format '${opts.format}' (jsonl, json, md or plover)`);
      useProfile(opts.profile);
      const { items, errors } = expandInputs(inputs, opts.manifest);
      for (const error of errors) reportInputError(error);
      if (errors.length) setExit(EXIT_REJECTED);
      const records: ParleyRecord[] = [];
      for (const item of items) {
        let record: ParleyRecord;
        try {
          record = extract(loadSource(item, { maxBytes: Number(opts.maxBytes) }));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          reportInputError(error);
          setExit(EXIT_REJECTED);
          continue;
        }
        if (opts.format === "jsonl") process.stdout.write(JSON.stringify(record) + "\n");
        else if (opts.format === "plover") process.stdout.write(ploverLines(record));
        else records.push(record);
      }
      if (opts.format === "json") process.stdout.write(JSON.stringify(records, null, 2) + "\n");
      if (opts.format === "md") process.stdout.write(records.map(recordToMarkdown).join("\n\n---\n\n") + "\n");
    });
}
