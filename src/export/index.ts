import type { Writable } from "node:stream";
import type Database from "better-sqlite3";
import { loadDealBook } from "../deal/index.js";
import { recordToPlover } from "./plover.js";
import { PloverRecordSchema } from "./plover-schema.js";
import type { Store } from "../store/store.js";
import { DEAL_COLUMNS, dealRows } from "./deal-rows.js";
import { TABLE_SPECS, TABLES, type ExportTable, type Row } from "./rows.js";
import { exportRecords, rowFilter, type ExportFilter } from "./source.js";
import { EXPORT_FORMATS, lineWriter, writeChunk, type ExportFormat } from "./write.js";

export { EXPORT_FORMATS, TABLES, type ExportFilter, type ExportFormat, type ExportTable };

export interface ExportRequest {
  table: ExportTable;
  format: ExportFormat;
  filter: ExportFilter;
}

/** A request that cannot be exported; the message says why in one line. */
export class ExportError extends Error {}

/** Checks the table and format names and that they go together. */
export function exportRequest(table: string, format: string, filter: ExportFilter = {}): ExportRequest {
  if (!(TABLES as readonly string[]).includes(table)) throw new ExportError(`unknown table '${table}' (${TABLES.join(", ")})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new ExportError(`unknown format '${format}' (${EXPORT_FORMATS.join(", ")})`);
  if (format === "plover" && table !== "events") throw new ExportError(`format plover is for the events table only, not '${table}'`);
  return { table: table as ExportTable, format: format as ExportFormat, filter };
}

/** The database an export reads: the SQLite connection (documents, items, resolved actors) and the store (deals). */
export interface ExportSource {
  db: Database.Database;
  store: Store;
}

/**
 * Writes a table to `out` as CSV (a header, then one row per item), JSON lines, or PLOVER records
 * (events only, each validated against the PLOVER fields). Per-document tables stream one document at
 * a time; deals are built across the whole store first (there are few). Returns the number of rows.
 */
export async function writeExport(source: ExportSource, request: ExportRequest, out: Writable): Promise<number> {
  const keep = rowFilter(request.filter);
  if (request.format === "plover") return writePlover(source, request.filter, keep, out);
  if (request.table === "deals") {
    const rows = dealRows(await loadDealBook(source.store), request.filter).filter(keep);
    return writeRows(rows, DEAL_COLUMNS, request.format, out);
  }
  const spec = TABLE_SPECS[request.table];
  const rows = (function* () {
    for (const { record, resolved } of exportRecords(source.db, request.filter)) yield* spec.rows(record, resolved).filter(keep);
  })();
  return writeRows(rows, spec.columns, request.format, out);
}

async function writeRows(rows: Iterable<Row>, columns: readonly string[], format: "csv" | "jsonl", out: Writable): Promise<number> {
  const writer = lineWriter(format, columns);
  if (writer.header) await writeChunk(out, writer.header);
  let count = 0;
  for (const row of rows) {
    await writeChunk(out, writer.line(row));
    count++;
  }
  return count;
}

/** The events the filter keeps, as PLOVER records (the same writer as `parley extract --format plover`). */
async function writePlover(source: ExportSource, filter: ExportFilter, keep: (row: Row) => boolean, out: Writable): Promise<number> {
  let count = 0;
  for (const { record, resolved } of exportRecords(source.db, filter)) {
    const kept = new Set(TABLE_SPECS.events.rows(record, resolved).filter(keep).map((row) => row.id));
    for (const plover of recordToPlover(record)) {
      if (!kept.has(plover.parley.event)) continue;
      const checked = PloverRecordSchema.safeParse(plover);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new ExportError(`${plover.id}: not a valid PLOVER record: ${issue.path.join(".")}: ${issue.message}`);
      }
      await writeChunk(out, JSON.stringify(plover) + "\n");
      count++;
    }
  }
  return count;
}
