import type { Command } from "commander";
import { loadDealBook, type DealBook } from "../../deal/index.js";
import { openStore } from "../../store/index.js";
import { DEFAULT_DB } from "./ingest.js";
import { writeReport } from "./report.js";

/** What the deal commands share: the output format, the database (opened only when needed), the output. */

export function pickFormat<F extends string>(value: string, formats: readonly F[]): F {
  if (!(formats as readonly string[]).includes(value)) throw new Error(`unknown format '${value}' (${formats.join(", ")})`);
  return value as F;
}

/** A lazy loader of the store's deals: a comparison of two deal files never opens the database. */
export function dealBookLoader(db: string): { book: () => Promise<DealBook>; close: () => void } {
  let store: ReturnType<typeof openStore> | undefined;
  let loaded: Promise<DealBook> | undefined;
  return {
    book: () => {
      store ??= openStore(db, { mustExist: true });
      loaded ??= loadDealBook(store);
      return loaded;
    },
    close: () => store?.close(),
  };
}

/** Runs `work` with a lazy deal book and closes the database afterwards. */
export async function withDealBook<T>(db: string, work: (book: () => Promise<DealBook>) => Promise<T>): Promise<T> {
  const loader = dealBookLoader(db);
  try {
    return await work(loader.book);
  } finally {
    loader.close();
  }
}

/** Writes to --out when given, else to standard output. */
export function emit(text: string, out: string | undefined): void {
  if (out) writeReport(out, text);
  else process.stdout.write(text.endsWith("\n") ? text : text + "\n");
}

export const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

export interface OutputOptions {
  db: string;
  format: string;
  out?: string;
}

/** --db, --format (one of `formats`, the first by default) and --out, as every deal command takes them. */
export function outputOptions(command: Command, formats: readonly string[]): Command {
  return command
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--format <format>", formats.join(" | "), formats[0])
    .option("--out <file>", "write to this file instead of standard output");
}
