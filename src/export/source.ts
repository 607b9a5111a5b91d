import type Database from "better-sqlite3";
import type { ParleyRecord } from "../record/schema.js";
import { recordReader } from "../store/sqlite/read.js";
import { resolvedLookups } from "../store/sqlite/resolved-actors.js";
import type { ResolvedView, Row } from "./rows.js";

/** Which documents and items an export holds; every field is optional. */
export interface ExportFilter {
  /** publication dates (YYYY-MM-DD), inclusive; a window leaves out undated documents */
  since?: string;
  until?: string;
  /** one document id */
  doc?: string;
  outlet?: string;
  /** rows whose column has this value: events `type`, figures `measure`, positions `issue` or `stance`... */
  columns?: Record<string, string>;
  /** quotes: include fragments (quoted words inside a sentence); default true */
  fragments?: boolean;
}

/**
 * The stored records one at a time, in publication order (undated last), each with its resolved
 * actors: only one document's record is in memory at a time, however large the archive.
 */
export function* exportRecords(db: Database.Database, filter: ExportFilter): Generator<{ record: ParleyRecord; resolved: ResolvedView }> {
  const ids = db.prepare(
    `SELECT id FROM documents
     WHERE (@since IS NULL OR (date IS NOT NULL AND date >= @since))
       AND (@until IS NULL OR (date IS NOT NULL AND date <= @until))
       AND (@doc IS NULL OR id = @doc)
       AND (@outlet IS NULL OR outlet = @outlet)
     ORDER BY date IS NULL, date, title, id`).pluck()
    .all({ since: filter.since ?? null, until: filter.until ?? null, doc: filter.doc ?? null, outlet: filter.outlet ?? null }) as string[];
  const read = recordReader(db);
  const lookups = resolvedLookups(db);
  for (const id of ids) {
    const record = read(id);
    if (!record) continue; // removed since the list was read
    const members = new Map(lookups.members(id).map((m) => [m.recordActorId, m]));
    const speakers = new Map(lookups.speakers(id).map((s) => [s.quoteId, s]));
    yield {
      record,
      resolved: { actor: (actorId) => (actorId === null ? undefined : members.get(actorId)), speaker: (quoteId) => speakers.get(quoteId) },
    };
  }
}

/** The row filter of `columns` and `fragments`. */
export function rowFilter(filter: ExportFilter): (row: Row) => boolean {
  const wanted = Object.entries(filter.columns ?? {});
  return (row) => (filter.fragments !== false || row.fragment !== true)
    && wanted.every(([column, value]) => !(column in row) || String(row[column]) === value);
}
