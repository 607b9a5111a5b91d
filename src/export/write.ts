import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { Cell, Row } from "./rows.js";

export const EXPORT_FORMATS = ["csv", "jsonl", "plover"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes one chunk, waiting while the reader is behind, so a large export never piles up in memory. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

const csvCell = (cell: Cell): string | number | boolean | null => (Array.isArray(cell) ? cell.join("; ") : cell);

/** A line writer for one export: the CSV header first (always, even for no rows), then one line per row. */
export function lineWriter(format: "csv" | "jsonl", columns: readonly string[]): { header: string; line: (row: Row) => string } {
  if (format === "jsonl") return { header: "", line: (row) => JSON.stringify(row) + "\n" };
  return {
    header: stringify([columns as string[]]),
    line: (row) => stringify([columns.map((c) => csvCell(row[c] ?? null))], { cast: { boolean: (b) => (b ? "true" : "false") } }),
  };
}
