import type { Command } from "commander";
import { DEFAULT_MAX_BYTES, expandInputs, type InputItem } from "../../ingest/index.js";
import { InputError } from "../../ingest/types.js";
import type { ParleyRecord } from "../../record/schema.js";
import { inputHash, InvalidRecordError, openStore, type SaveOutcome, type Store } from "../../store/index.js";
import { EXIT_REJECTED, type SetExit } from "../main.js";
import { createProgress, type Progress } from "../progress.js";
import { reportInputError } from "./extract.js";
import { useProfile } from "../../kb/profile.js";
import type { DocumentProfile } from "../../record/schema.js";
import { PROFILE_OPTION_HELP } from "./extract.js";
import { profileSummary } from "../format/profile-summary.js";
import { parseMaxBytes, parseTimeLimit, TIME_LIMIT_HELP } from "../input-options.js";
import { printable } from "../printable.js";
import { createExtractor, inThreadExtractor, type Extractor } from "../timed-extraction.js";

export const DEFAULT_DB = "parley.db";

export interface IngestTally {
  stored: number;
  duplicate: number;
  rejected: number;
  /** the negotiation profile of each document read (stored or already stored) */
  profiles: (DocumentProfile | undefined)[];
}

export interface IngestRun {
  maxBytes: number;
  progress?: Progress;
  /** Reads and extracts each input (the CLI's keeps a time budget); by default on this thread, without one. */
  extractor?: Extractor;
}

export function tallyLine(tally: IngestTally): string {
  return `stored ${tally.stored}, already stored ${tally.duplicate}, rejected ${tally.rejected}`;
}

/**
 * Reads, extracts and stores every input. A bad input is reported on its own line and counted; the
 * others are still processed. Only a failing database stops the run.
 */
export async function ingestInputs(
  store: Store, inputs: string[], manifest: string | undefined, run: IngestRun,
): Promise<IngestTally> {
  const { items, errors } = expandInputs(inputs, manifest);
  const tally: IngestTally = { stored: 0, duplicate: 0, rejected: 0, profiles: [] };
  const extractor = run.extractor ?? inThreadExtractor(run);
  for (const error of errors) reject(tally, error);
  try {
    for (const [index, item] of items.entries()) {
      run.progress?.update(`[${index + 1}/${items.length}] ${tallyLine(tally)}  ${printable(item.path)}`);
      try {
        // A file already read into the store is not extracted again (its text would be a duplicate).
        const hash = inputHash(item.path, run.maxBytes);
        const known = hash === undefined ? undefined : await store.knownInput(hash);
        if (known) {
          tally.duplicate++;
          tally.profiles.push(known.profile);
          continue;
        }
        const record = await extractor.extract(item);
        const outcome = await saveOrReject(store, item, record, hash);
        tally[outcome === "stored" ? "stored" : "duplicate"]++;
        tally.profiles.push(record.document.profile);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        run.progress?.finish(); // the error gets a line of its own; the next update redraws the progress
        reject(tally, error);
      }
    }
  } finally {
    run.progress?.finish();
  }
  return tally;
}

function reject(tally: IngestTally, error: InputError): void {
  reportInputError(error);
  tally.rejected++;
}

/** Store failures for a single record become that input's rejection. */
async function saveOrReject(store: Store, item: InputItem, record: ParleyRecord, hash?: string): Promise<SaveOutcome> {
  try {
    return await store.saveRecord(record, hash);
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new InputError(item.path, error.message);
    throw error;
  }
}

export { parseMaxBytes } from "../input-options.js";

export function registerIngest(program: Command, setExit: SetExit): void {
  program
    .command("ingest")
    .description("extract each input and store its record in a database (the same text is stored once)")
    .argument("[inputs...]", "files, folders (recursive) or - for stdin")
    .option("--manifest <file>", "JSON lines: {path, date?, outlet?, title?, authors?, url?}")
    .option("--db <file>", "SQLite database, created if missing", DEFAULT_DB)
    .option("--quiet", "no progress and no summary line")
    .option("--max-bytes <size>", "largest accepted input: bytes or a size such as 512KB, 5MB", String(DEFAULT_MAX_BYTES))
    .option("--profile <file>", PROFILE_OPTION_HELP, "auto")
    .option("--time-limit <seconds>", TIME_LIMIT_HELP)
    .action(async (inputs: string[], opts: { manifest?: string; db: string; quiet?: boolean; maxBytes: string; profile?: string; timeLimit?: string }) => {
      const maxBytes = parseMaxBytes(opts.maxBytes);
      const timeLimitSeconds = parseTimeLimit(opts.timeLimit);
      useProfile(opts.profile);
      if (!inputs.length && !opts.manifest) throw new Error("ingest: no inputs (give files, folders, - or --manifest)");
      const store = openStore(opts.db, { batchWrites: true });
      const extractor = createExtractor({ maxBytes, timeLimitSeconds, profile: opts.profile });
      try {
        const progress = opts.quiet ? undefined : createProgress(process.stderr);
        const tally = await ingestInputs(store, inputs, opts.manifest, { maxBytes, progress, extractor });
        if (!opts.quiet) {
          const profiles = profileSummary(tally.profiles);
          process.stderr.write(tallyLine(tally) + "\n" + (profiles ? profiles + "\n" : ""));
        }
        if (tally.rejected) setExit(EXIT_REJECTED);
      } finally {
        await extractor.close();
        store.close();
      }
    });
}
