import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { ensureResolvedActors } from "../../export/resolved-actors.js";
import { EXPORT_FORMATS, exportRequest, TABLES, writeExport, type ExportRequest } from "../../export/index.js";
import { openStore } from "../../store/index.js";
import type { SetExit } from "../main.js";
import { DEFAULT_DB } from "./ingest.js";
import { parseDayOption } from "./report.js";

interface ExportOptions {
  db: string;
  table: string;
  format: string;
  out?: string;
  since?: string;
  until?: string;
  doc?: string;
  outlet?: string;
}

/** The file named by --out, opened only once the request is known to be good; a failure is one line naming it. */
async function openOut(path: string): Promise<Writable> {
  const file = createWriteStream(path);
  try {
    await once(file, "open");
  } catch (error) {
    throw new Error(`${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such folder" : (error as Error).message}`);
  }
  return file;
}

async function exportTable(opts: ExportOptions): Promise<void> {
  const request: ExportRequest = exportRequest(opts.table, opts.format, {
    since: opts.since && parseDayOption("--since", opts.since),
    until: opts.until && parseDayOption("--until", opts.until),
    doc: opts.doc, outlet: opts.outlet,
  });
  const store = openStore(opts.db, { mustExist: true });
  try {
    // The resolved-actor columns come from the database's tables; bring them up to date first.
    await ensureResolvedActors(store);
    const out = opts.out ? await openOut(opts.out) : process.stdout;
    await writeExport({ db: store.db, store }, request, out);
    if (opts.out) {
      out.end();
      await once(out, "finish");
    }
  } finally {
    store.close();
  }
}

export function registerExport(program: Command, _setExit: SetExit): void {
  program
    .command("export")
    .description("write a stored table as CSV, JSON lines or PLOVER records; every row has its document, outlet, date and character span")
    .requiredOption("--table <table>", TABLES.join(" | "))
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--format <format>", `${EXPORT_FORMATS.join(" | ")} (plover: events only)`, "csv")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--since <date>", "only documents published on or after this day (YYYY-MM-DD)")
    .option("--until <date>", "only documents published on or before this day (YYYY-MM-DD)")
    .option("--doc <id>", "only this document")
    .option("--outlet <name>", "only this outlet's documents")
    .action((opts: ExportOptions) => exportTable(opts));
}
