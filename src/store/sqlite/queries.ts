import Database from "better-sqlite3";

/** Read-only queries the HTTP API needs beyond the Store contract. Every statement is a SELECT or a pragma read. */

export const TEXT_KINDS = ["document", "quote", "actor", "event"] as const;
export type TextKind = (typeof TEXT_KINDS)[number];
export type TextSort = "relevance" | "date";

export interface TextHit {
  docId: string;
  kind: TextKind;
  /** quote, actor or event id in its record; null for a document body */
  itemId: string | null;
}

export interface TextSearchOptions {
  /** an FTS5 MATCH expression; the caller builds it from user input so it is always well-formed */
  match: string;
  kind?: TextKind;
  since?: string;
  until?: string;
  /** relevance: bm25, best first (the default); date: newest publication first, undated last */
  sort?: TextSort;
  limit: number;
  offset: number;
}

export interface TextSearchResult {
  total: number;
  hits: TextHit[];
}

/**
 * One SELECT per indexed table (see the migrations: external-content FTS5, porter stemming), each
 * joined back to its row by rowid and to its document for the date window.
 */
const KIND_SOURCES: Record<TextKind, { fts: string; row: string; itemId: string; docId: string }> = {
  document: { fts: "documents_fts", row: "documents", itemId: "NULL", docId: "r.id" },
  quote: { fts: "quotes_fts", row: "quotes", itemId: "r.id", docId: "r.doc_id" },
  actor: { fts: "actors_fts", row: "actors", itemId: "r.id", docId: "r.doc_id" },
  event: { fts: "events_fts", row: "events", itemId: "r.id", docId: "r.doc_id" },
};

function matchesOf(kind: TextKind): string {
  const { fts, row, itemId, docId } = KIND_SOURCES[kind];
  const documentJoin = kind === "document" ? "" : `JOIN documents d ON d.id = ${docId}`;
  const date = kind === "document" ? "r.date" : "d.date";
  return `SELECT '${kind}' AS kind, ${docId} AS docId, ${itemId} AS itemId, f.rank AS rank, ${date} AS date
    FROM ${fts} f JOIN ${row} r ON r.rowid = f.rowid ${documentJoin}
    WHERE ${fts} MATCH @match AND (@kind IS NULL OR @kind = '${kind}')
      AND (@since IS NULL OR ${date} >= @since) AND (@until IS NULL OR ${date} <= @until)`;
}

export class ReadQueries {
  private readonly version: Database.Statement;
  private readonly search: Record<TextSort, Database.Statement>;
  private readonly searchCount: Database.Statement;

  constructor(db: Database.Database) {
    this.version = db.prepare("PRAGMA data_version").pluck();
    const matching = TEXT_KINDS.map(matchesOf).join("\n UNION ALL \n");
    const page = (order: string) => db.prepare(
      `SELECT kind, docId, itemId FROM (${matching}) ORDER BY ${order}, docId, kind, itemId LIMIT @limit OFFSET @offset`);
    this.search = {
      relevance: page("rank, date DESC"),
      date: page("date IS NULL, date DESC, rank"),
    };
    this.searchCount = db.prepare(`SELECT count(*) FROM (${matching})`).pluck();
  }

  /**
   * Changes whenever another connection commits to the database (an ingest or an analyst edit), so
   * cached views can tell they are stale.
   */
  dataVersion(): number {
    return this.version.get() as number;
  }

  searchText(options: TextSearchOptions): TextSearchResult {
    const params = {
      match: options.match, kind: options.kind ?? null, since: options.since ?? null, until: options.until ?? null,
    };
    return {
      total: this.searchCount.get(params) as number,
      hits: this.search[options.sort ?? "relevance"].all({ ...params, limit: options.limit, offset: options.offset }) as TextHit[],
    };
  }
}

/**
 * A second, read-only connection for serving: the API cannot write through it even by mistake. The
 * database must already exist and be migrated (open it with openStore first).
 */
export function openReadOnly(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}
