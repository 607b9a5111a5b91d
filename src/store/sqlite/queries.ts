import Database from "better-sqlite3";

/** Read-only queries the HTTP API needs beyond the Store contract. Every statement is a SELECT or a pragma read. */

export type TextKind = "document" | "quote";

export interface TextHit {
  docId: string;
  kind: TextKind;
  /** quote id for kind "quote", null for a document body */
  itemId: string | null;
}

export interface TextSearchOptions {
  /** an FTS5 MATCH expression; the caller builds it from user input so it is always well-formed */
  match: string;
  kind?: TextKind;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
}

export interface TextSearchResult {
  total: number;
  hits: TextHit[];
}

export class ReadQueries {
  private readonly version: Database.Statement;
  private readonly search: Database.Statement;
  private readonly searchCount: Database.Statement;

  constructor(db: Database.Database) {
    this.version = db.prepare("PRAGMA data_version").pluck();
    // bm25 rank, best first; the document join applies the publication-date window.
    const matching = `FROM text_index t JOIN documents d ON d.id = t.doc_id
      WHERE text_index MATCH @match
        AND (@kind IS NULL OR t.kind = @kind)
        AND (@since IS NULL OR d.date >= @since)
        AND (@until IS NULL OR d.date <= @until)`;
    this.search = db.prepare(
      `SELECT t.doc_id AS docId, t.kind AS kind, t.item_id AS itemId ${matching}
       ORDER BY t.rank, d.date DESC, t.doc_id, t.item_id LIMIT @limit OFFSET @offset`);
    this.searchCount = db.prepare(`SELECT count(*) ${matching}`).pluck();
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
      hits: this.search.all({ ...params, limit: options.limit, offset: options.offset }) as TextHit[],
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
