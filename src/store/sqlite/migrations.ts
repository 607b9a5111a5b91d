import type Database from "better-sqlite3";

/**
 * Schema history. Entry i brings a database from user_version i to i + 1. Never edit a released entry:
 * append a new one, so databases made by older versions are upgraded in place.
 */
export type Migration = (db: Database.Database) => void;

/** PRAGMA application_id of Parley databases ("Prly"), to tell them from other SQLite files. */
export const PARLEY_APPLICATION_ID = 0x50726c79;

const initialSchema: Migration = (db) => {
  db.exec(`
    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      path TEXT,
      url TEXT,
      title TEXT,
      date TEXT,
      outlet TEXT,
      authors TEXT NOT NULL,        -- JSON array
      dateline TEXT,
      format TEXT NOT NULL,
      text TEXT NOT NULL,
      ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_date ON documents (date);

    -- seq keeps each list in the record's order; span_start/span_end are offsets into documents.text.
    CREATE TABLE actors (
      doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      name TEXT NOT NULL,
      type TEXT NOT NULL,
      aliases TEXT NOT NULL,        -- JSON array
      roles TEXT NOT NULL,          -- JSON array
      affiliation TEXT,
      gender TEXT,
      PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX actors_name ON actors (name);

    CREATE TABLE actor_mentions (
      doc_id TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      PRIMARY KEY (doc_id, actor_id, seq),
      FOREIGN KEY (doc_id, actor_id) REFERENCES actors (doc_id, id) ON DELETE CASCADE
    );

    CREATE TABLE quotes (
      doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      text TEXT NOT NULL,
      speaker TEXT,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      attribution_start INTEGER,
      attribution_end INTEGER,
      fragment INTEGER NOT NULL CHECK (fragment IN (0, 1)),
      PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX quotes_speaker ON quotes (doc_id, speaker);

    CREATE TABLE figures (
      doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      value REAL,
      low REAL,
      high REAL,
      qualifier TEXT NOT NULL,
      measure TEXT NOT NULL,
      measure_text TEXT NOT NULL,
      context TEXT,
      source TEXT,
      as_of TEXT,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX figures_measure ON figures (measure);

    CREATE TABLE events (
      doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      type TEXT NOT NULL,
      mode TEXT,
      trigger TEXT NOT NULL,
      actors TEXT NOT NULL,         -- JSON array of actor ids
      recipients TEXT NOT NULL,     -- JSON array of actor ids
      modality TEXT NOT NULL,
      polarity TEXT,
      date TEXT,
      place TEXT,
      terms TEXT,                   -- JSON object or NULL
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX events_type ON events (type);

    CREATE TABLE positions (
      doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      actor TEXT,
      stance TEXT NOT NULL,
      issue TEXT NOT NULL,
      text TEXT NOT NULL,
      places TEXT NOT NULL,         -- JSON array
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX positions_issue ON positions (issue);

    -- Full-text search over document bodies (kind 'document', item_id NULL) and quotes (kind 'quote').
    CREATE VIRTUAL TABLE text_index USING fts5 (
      doc_id UNINDEXED, kind UNINDEXED, item_id UNINDEXED, text,
      tokenize = 'unicode61 remove_diacritics 2'
    );
  `);
  db.pragma(`application_id = ${PARLEY_APPLICATION_ID}`);
};

/**
 * Analysts' corrections to cross-document actor resolution. Append-only (the audit trail): triggers
 * refuse UPDATE and DELETE. No foreign key to documents, so edits outlive a document's re-ingest;
 * `members` names record actors by documentId + actorId + name and is re-matched on every analysis.
 */
const actorEdits: Migration = (db) => {
  db.exec(`
    CREATE TABLE actor_edits (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,               -- ISO timestamp
      by TEXT NOT NULL,               -- who made the edit
      action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename')),
      members TEXT NOT NULL,          -- JSON array of {documentId, actorId, name}
      name TEXT,                      -- the new name of a rename
      note TEXT
    );
    CREATE TRIGGER actor_edits_append_only_update BEFORE UPDATE ON actor_edits
      BEGIN SELECT RAISE(ABORT, 'actor_edits is append-only'); END;
    CREATE TRIGGER actor_edits_append_only_delete BEFORE DELETE ON actor_edits
      BEGIN SELECT RAISE(ABORT, 'actor_edits is append-only'); END;
  `);
};

/** The negotiation profile each document was extracted with, and why (JSON of the record's document.profile). */
const documentProfile: Migration = (db) => {
  db.exec(`ALTER TABLE documents ADD COLUMN profile TEXT;`);
};

/**
 * Analysts' edits gain set (side, type), speaker (a quote's speaker) and undo, so actor_edits is rebuilt
 * with a wider CHECK (SQLite cannot alter one; DROP TABLE fires no triggers, and the append-only
 * triggers are made again). The cross-document resolved actors become tables, rewritten whole by
 * src/store/sqlite/resolved-actors.ts after every ingest and edit, so SQL can join quotes to a person:
 *   SELECT q.text FROM quotes q JOIN quote_speakers s ON s.doc_id = q.doc_id AND s.quote_id = q.id
 *   JOIN resolved_actors r ON r.id = s.actor_id WHERE r.name = 'Lidia Marek'
 */
const resolvedActors: Migration = (db) => {
  db.exec(`
    CREATE TABLE actor_edits_widened (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      by TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename', 'set', 'speaker', 'undo')),
      members TEXT NOT NULL,          -- JSON array of {documentId, actorId, name}
      name TEXT,                      -- rename: the new name; split: the split-off actor's name
      note TEXT,
      side TEXT,                      -- set: the new side ('' clears it)
      actor_type TEXT,                -- set: the new actor type
      quote TEXT,                     -- speaker: JSON {documentId, quoteId}
      undoes INTEGER                  -- undo: the id of the edit undone
    );
    INSERT INTO actor_edits_widened (id, at, by, action, members, name, note)
      SELECT id, at, by, action, members, name, note FROM actor_edits;
    DROP TABLE actor_edits;
    ALTER TABLE actor_edits_widened RENAME TO actor_edits;
    CREATE TRIGGER actor_edits_append_only_update BEFORE UPDATE ON actor_edits
      BEGIN SELECT RAISE(ABORT, 'actor_edits is append-only'); END;
    CREATE TRIGGER actor_edits_append_only_delete BEFORE DELETE ON actor_edits
      BEGIN SELECT RAISE(ABORT, 'actor_edits is append-only'); END;

    CREATE TABLE resolved_actors (
      id TEXT PRIMARY KEY,            -- the actor id of parley report and the API
      name TEXT NOT NULL,
      type TEXT NOT NULL,
      side TEXT,                      -- the side the actor speaks for
      document_count INTEGER NOT NULL,
      mention_count INTEGER NOT NULL,
      first_seen TEXT,
      last_seen TEXT,
      edited INTEGER NOT NULL CHECK (edited IN (0, 1))
    );
    CREATE INDEX resolved_actors_name ON resolved_actors (name);
    CREATE TABLE resolved_actor_aliases (
      actor_id TEXT NOT NULL REFERENCES resolved_actors (id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      PRIMARY KEY (actor_id, alias)
    );
    CREATE INDEX resolved_actor_aliases_alias ON resolved_actor_aliases (alias);
    -- the per-document actors (actors.doc_id, actors.id) each resolved actor joins
    CREATE TABLE resolved_actor_members (
      actor_id TEXT NOT NULL REFERENCES resolved_actors (id) ON DELETE CASCADE,
      doc_id TEXT NOT NULL,
      record_actor_id TEXT NOT NULL,
      PRIMARY KEY (doc_id, record_actor_id),
      FOREIGN KEY (doc_id, record_actor_id) REFERENCES actors (doc_id, id) ON DELETE CASCADE
    );
    CREATE INDEX resolved_actor_members_actor ON resolved_actor_members (actor_id);
    -- every quote with a known speaker, as resolved or as an analyst corrected it
    CREATE TABLE quote_speakers (
      doc_id TEXT NOT NULL,
      quote_id TEXT NOT NULL,
      actor_id TEXT NOT NULL REFERENCES resolved_actors (id) ON DELETE CASCADE,
      corrected INTEGER NOT NULL CHECK (corrected IN (0, 1)),
      PRIMARY KEY (doc_id, quote_id),
      FOREIGN KEY (doc_id, quote_id) REFERENCES quotes (doc_id, id) ON DELETE CASCADE
    );
    CREATE INDEX quote_speakers_actor ON quote_speakers (actor_id);
    -- what the resolved tables were built from, to tell when they are stale
    CREATE TABLE resolved_actors_state (
      one INTEGER PRIMARY KEY CHECK (one = 1),
      documents INTEGER NOT NULL,
      last_edit INTEGER NOT NULL,
      refreshed_at TEXT NOT NULL
    );
  `);
};

/**
 * What `parley watch` has read from each source (a feed's address or file, a folder), so that a
 * restart neither reads an item again nor misses one: the feed's validators for conditional
 * requests, and every item (feed item id or link, file path) already ingested.
 */
const watchState: Migration = (db) => {
  db.exec(`
    CREATE TABLE watch_sources (
      source TEXT PRIMARY KEY,        -- feed URL, or absolute path of a feed file or folder
      etag TEXT,                      -- ETag of the last complete read, sent as If-None-Match
      last_modified TEXT,             -- Last-Modified of the last complete read, sent as If-Modified-Since
      checked_at TEXT NOT NULL        -- ISO timestamp of the last poll
    );
    CREATE TABLE watch_seen (
      source TEXT NOT NULL REFERENCES watch_sources (source) ON DELETE CASCADE,
      key TEXT NOT NULL,              -- feed item id or link; a file's path
      version TEXT,                   -- a file's size and modification time; NULL for feed items
      doc_id TEXT,                    -- the document stored from it (NULL when it was refused)
      seen_at TEXT NOT NULL,
      PRIMARY KEY (source, key)
    );
  `);
};

/**
 * Full-text search without a second copy of the text (#15): the first index kept its own copy of
 * every document and quote (storage was 6.8x the text). Each FTS5 table now reads its text from the
 * table it indexes (external content, matched by rowid) and triggers keep it in step, so a writer
 * only inserts rows. The porter tokenizer stems ("negotiating" finds "negotiations"); actors and
 * events are searchable too. Existing databases are upgraded in place: the old index is dropped and
 * the new ones are rebuilt from the stored rows. Also adds `input_hashes`: the SHA-256 of each input
 * file already ingested, so re-ingesting a known file skips extraction.
 *
 * The rowids are the implicit ones of the indexed tables; VACUUM may renumber those, so after a
 * VACUUM run `INSERT INTO <name>_fts(<name>_fts) VALUES ('rebuild')` (Parley itself never vacuums).
 */
const externalContentSearch: Migration = (db) => {
  const indexes: Array<{ table: string; columns: string[] }> = [
    { table: "documents", columns: ["title", "text"] },
    { table: "quotes", columns: ["text"] },
    { table: "actors", columns: ["name", "aliases", "roles", "affiliation"] },
    { table: "events", columns: ["trigger", "type", "place"] },
  ];
  db.exec("DROP TABLE text_index;");
  for (const { table, columns } of indexes) {
    const fts = `${table}_fts`;
    const list = columns.join(", ");
    const values = (row: string) => columns.map((c) => `${row}.${c}`).join(", ");
    db.exec(`
      CREATE VIRTUAL TABLE ${fts} USING fts5 (
        ${list}, content = '${table}', content_rowid = 'rowid',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
        INSERT INTO ${fts} (rowid, ${list}) VALUES (new.rowid, ${values("new")});
      END;
      CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
        INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.rowid, ${values("old")});
      END;
      CREATE TRIGGER ${fts}_update AFTER UPDATE ON ${table} BEGIN
        INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.rowid, ${values("old")});
        INSERT INTO ${fts} (rowid, ${list}) VALUES (new.rowid, ${values("new")});
      END;
      INSERT INTO ${fts} (${fts}) VALUES ('rebuild');
    `);
  }
  db.exec(`
    CREATE TABLE input_hashes (
      hash TEXT PRIMARY KEY,          -- SHA-256 of the input file's bytes
      doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX input_hashes_doc ON input_hashes (doc_id);
  `);
};

/**
 * Every outlet that published a stored text. A reprint whose text is identical to a stored document has
 * that document's id (the id is the text's hash), so it is not stored again; its outlet, date and
 * address are kept here, so a reprint counts once and every outlet stays a source (#12).
 */
const documentReports: Migration = (db) => {
  db.exec(`
    CREATE TABLE document_reports (
      doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      report_key TEXT NOT NULL,       -- outlet, date and address together: one row per report
      outlet TEXT,
      date TEXT,
      url TEXT,
      path TEXT,
      title TEXT,
      reported_at TEXT NOT NULL,
      PRIMARY KEY (doc_id, report_key)
    );
  `);
};

export const MIGRATIONS: readonly Migration[] = [
  initialSchema, actorEdits, documentProfile, resolvedActors, watchState, externalContentSearch, documentReports,
];

/**
 * Brings the database up to the latest schema, one transaction per step, so an interrupted upgrade
 * leaves the database at the last completed version. Each step reads the version inside an
 * immediate (write-locked) transaction: two processes opening one new database at once take turns,
 * and the second finds the first one's work done instead of creating the same tables again.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const step = db.transaction((): boolean => {
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > migrations.length) {
      throw new Error(`schema version ${current} is newer than this Parley supports (${migrations.length}); upgrade Parley`);
    }
    if (current === migrations.length) return false;
    migrations[current]!(db);
    db.pragma(`user_version = ${current + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per transaction
  }
}
