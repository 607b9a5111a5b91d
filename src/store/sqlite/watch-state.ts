import type Database from "better-sqlite3";

/** The validators of a source's last complete read, for a conditional request. */
export interface SourceValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface SeenItem {
  /** The keys the item is known by (a feed item's id and link; a file's path): any one seen means seen. */
  keys: string[];
  /** A file's size and modification time: a changed file is read again. */
  version?: string;
  docId: string | null;
}

export interface WatchState {
  validators(source: string): SourceValidators;
  /** Records a poll; validators are saved only after a complete read (else the next poll must fetch all again). */
  checked(source: string, validators?: SourceValidators): void;
  /** Whether any of the keys was seen (at this version, when given). */
  seen(source: string, keys: string[], version?: string): boolean;
  markSeen(source: string, item: SeenItem): void;
}

/** Prepared statements over watch_sources and watch_seen (the watch command's memory across restarts). */
export function watchState(db: Database.Database): WatchState {
  const ensure = db.prepare("INSERT INTO watch_sources (source, checked_at) VALUES (?, ?) ON CONFLICT (source) DO NOTHING");
  const getValidators = db.prepare("SELECT etag, last_modified AS lastModified FROM watch_sources WHERE source = ?");
  const setChecked = db.prepare("UPDATE watch_sources SET checked_at = ? WHERE source = ?");
  const setValidators = db.prepare("UPDATE watch_sources SET etag = ?, last_modified = ?, checked_at = ? WHERE source = ?");
  const getVersion = db.prepare("SELECT version FROM watch_seen WHERE source = ? AND key = ?");
  const upsertSeen = db.prepare(`
    INSERT INTO watch_seen (source, key, version, doc_id, seen_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (source, key) DO UPDATE SET version = excluded.version, doc_id = excluded.doc_id, seen_at = excluded.seen_at`);
  const now = () => new Date().toISOString();
  const markSeen = db.transaction((source: string, item: SeenItem) => {
    ensure.run(source, now());
    for (const key of item.keys) upsertSeen.run(source, key, item.version ?? null, item.docId, now());
  });
  return {
    validators: (source) =>
      (getValidators.get(source) as SourceValidators | undefined) ?? { etag: null, lastModified: null },
    checked: (source, validators) => {
      ensure.run(source, now());
      if (validators) setValidators.run(validators.etag, validators.lastModified, now(), source);
      else setChecked.run(now(), source);
    },
    seen: (source, keys, version) =>
      keys.some((key) => {
        const row = getVersion.get(source, key) as { version: string | null } | undefined;
        return row !== undefined && (version === undefined || row.version === version);
      }),
    markSeen,
  };
}
