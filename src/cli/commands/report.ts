import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import type { Command } from "commander";
import { openStore } from "../../store/index.js";
import { REPORT_FORMATS, renderReport, reportContext, type ReportFormat } from "../../report/index.js";
import { buildAnalysis } from "../../analysis/index.js";
import { writeJsonReport } from "../../report/json-stream.js";
import type { SetExit } from "../main.js";
import { DEFAULT_DB } from "./ingest.js";

interface ReportOptions {
  db: string;
  since?: string;
  until?: string;
  format?: string;
  out?: string;
}

/** A real calendar day written YYYY-MM-DD: "2025-02-30" is refused rather than rolled over. */
export function parseDayOption(option: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!day || day.toISOString().slice(0, 10) !== value) throw new Error(`${option}: '${value}' is not a date (YYYY-MM-DD)`);
  return value;
}

const isFormat = (value: string): value is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(value);

/** --format wins; otherwise the extension of --out (report.html), otherwise Markdown. */
export function reportFormat(format: string | undefined, out: string | undefined): ReportFormat {
  if (format !== undefined) {
    if (!isFormat(format)) throw new Error(`unknown format '${format}' (md, html or json)`);
    return format;
  }
  const extension = out ? extname(out).slice(1).toLowerCase() : "";
  if (extension === "htm") return "html";
  return isFormat(extension) ? extension : "md";
}

/** Writes a report file; a failure is one line naming the file. */
export function writeReport(out: string, text: string): void {
  try {
    writeFileSync(out, text);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Error(`${out}: cannot write the report (${code ?? message})`);
  }
}

export function registerReport(program: Command, _setExit: SetExit): void {
  program
    .command("report")
    .description("analyse the stored records: actors, figure series, conflicts, timeline, positions, momentum")
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--since <date>", "only documents published on or after this day (YYYY-MM-DD)")
    .option("--until <date>", "only documents published on or before this day (YYYY-MM-DD)")
    .option("--format <format>", "md | html | json (default: from the --out extension, else md)")
    .option("--out <file>", "write the report to this file instead of standard output")
    .action(async (opts: ReportOptions) => {
      const format = reportFormat(opts.format, opts.out);
      const since = opts.since === undefined ? undefined : parseDayOption("--since", opts.since);
      const until = opts.until === undefined ? undefined : parseDayOption("--until", opts.until);
      if (since && until && since > until) throw new Error(`--since ${since} is after --until ${until}`);
      const store = openStore(opts.db, { mustExist: true });
      try {
        // JSON quotes no text, and is streamed: an archive's analysis is too large for one string.
        if (format === "json") return await writeJsonReport(await buildAnalysis(store, { since, until }), opts.out);
        const text = renderReport(format, await reportContext(store, { since, until }));
        if (opts.out) writeReport(opts.out, text);
        else process.stdout.write(text);
      } finally {
        store.close();
      }
    });
}
