import type { Command } from "commander";
import { DEFAULT_MAX_BYTES, type InputItem } from "../../ingest/index.js";
import { readySources } from "../../ingest/sources.js";
import { DEFAULT_TIMEOUT_SECONDS } from "../../ingest/web/fetch-page.js";
import { skippedLine } from "../format/skipped.js";
import { InputError } from "../../ingest/types.js";
import type { SkippedInput } from "../../ingest/inputs.js";
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
import { parseSeconds } from "../seconds-option.js";
import { printable } from "../printable.js";
import { inThreadExtractor, type Extractor } from "../timed-extraction.js";
import { createExtractionPool, parseWorkers, WORKERS_HELP } from "../extraction-pool.js";
import { ensureResolvedActors } from "../../export/resolved-actors.js";
import { SqliteStore } from "../../store/index.js";

export const DEFAULT_DB = "parley.db";

export interface IngestTally {
  /** Files in the folders read that were not inputs (other types, empty), by name. */
  skipped: SkippedInput[];
  stored: number;
  duplicate: number;
  rejected: number;
  /** the negotiation profile of each document read (stored or already stored) */
  profiles: (DocumentProfile | undefined)[];
}

export interface IngestRun {
  maxBytes: number;
  /** For each web address fetched (default DEFAULT_TIMEOUT_SECONDS). */
  timeoutSeconds?: number;
  /** Files never read as inputs (the database being written). */
  ignored?: string[];
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
  const { items, errors, skipped } = await readySources(inputs, manifest, {
    maxBytes: run.maxBytes, timeoutSeconds: run.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS, ignored: run.ignored,
    onFetch: (index, total, url) => run.progress?.update(`fetching [${index + 1}/${total}] ${printable(url)}`),
  });
  const tally: IngestTally = { skipped, stored: 0, duplicate: 0, rejected: 0, profiles: [] };
  const extractor = run.extractor ?? inThreadExtractor(run);
  run.progress?.finish(); // the fetching line, if any, gives way to the errors
  for (const error of errors) reject(tally, error);
  // A file already read into the store is not extracted again (its text would be a duplicate): known
  // inputs are found before the pool is told what to extract, so it never starts on one.
  const hashes = items.map((item) => inputHash(item.path, run.maxBytes));
  const known = await Promise.all(hashes.map((hash) => (hash === undefined ? undefined : store.knownInput(hash))));
  extractor.plan?.(items.filter((_, index) => !known[index]));
  try {
    for (const [index, item] of items.entries()) {
      run.progress?.update(`[${index + 1}/${items.length}] ${tallyLine(tally)}  ${printable(item.path)}`);
      const stored = known[index];
      if (stored) {
        tally.duplicate++;
        tally.profiles.push(stored.profile);
        continue;
      }
      try {
        const record = await extractor.extract(item);
        const outcome = await saveOrReject(store, item, record, hashes[index]);
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
  if (tally.stored && store instanceof SqliteStore) await ensureResolvedActors(store);
  return tally;
}

function reject(tally: IngestTally, error: InputError): void {
  reportInputError(error);
  tally.rejected++;
}

/** Store failures for a single record become that input's rejection. */
export async function saveOrReject(store: Store, item: InputItem, record: ParleyRecord, hash?: string): Promise<SaveOutcome> {
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
    .argument("[inputs...]", "files (text, HTML, Markdown, e-mail), folders (recursive), web addresses, feeds, or - for stdin")
    .option("--manifest <file>", "JSON lines: {path, date?, outlet?, title?, authors?, url?}")
    .option("--db <file>", "SQLite database, created if missing", DEFAULT_DB)
    .option("--timeout <seconds>", "time allowed to fetch each web address", String(DEFAULT_TIMEOUT_SECONDS))
    .option("--quiet", "no progress and no summary line")
    .option("--max-bytes <size>", "largest accepted input: bytes or a size such as 512KB, 5MB", String(DEFAULT_MAX_BYTES))
    .option("--profile <file>", PROFILE_OPTION_HELP, "auto")
    .option("--time-limit <seconds>", TIME_LIMIT_HELP)
    .option("--workers <n>", WORKERS_HELP)
    .action(async (inputs: string[], opts: { manifest?: string; db: string; quiet?: boolean; maxBytes: string; profile?: string; timeLimit?: string; timeout: string; workers?: string }) => {
      const maxBytes = parseMaxBytes(opts.maxBytes);
      const timeoutSeconds = parseSeconds("--timeout", opts.timeout);
      const timeLimitSeconds = parseTimeLimit(opts.timeLimit);
      const workers = parseWorkers(opts.workers);
      useProfile(opts.profile);
      if (!inputs.length && !opts.manifest) throw new Error("ingest: no inputs (give files, folders, - or --manifest)");
      const store = openStore(opts.db, { batchWrites: true });
      const extractor = createExtractionPool({ maxBytes, timeLimitSeconds, profile: opts.profile, workers });
      try {
        const progress = opts.quiet ? undefined : createProgress(process.stderr);
        const ignored = [opts.db, `${opts.db}-wal`, `${opts.db}-shm`, `${opts.db}-journal`];
        const tally = await ingestInputs(store, inputs, opts.manifest, { maxBytes, timeoutSeconds, ignored, progress, extractor });
        if (!opts.quiet) {
          const profiles = profileSummary(tally.profiles);
          const skipped = skippedLine(tally.skipped);
          process.stderr.write(tallyLine(tally) + "\n" + (skipped ? skipped + "\n" : "") + (profiles ? profiles + "\n" : ""));
        }
        if (tally.rejected) setExit(EXIT_REJECTED);
      } finally {
        await extractor.close();
        store.close();
      }
    });
}
