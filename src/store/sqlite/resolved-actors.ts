import type Database from "better-sqlite3";

/** One cross-document actor as its tables hold it. */
export interface ResolvedActorRow {
  id: string;
  name: string;
  type: string;
  side: string | null;
  aliases: string[];
  members: { documentId: string; actorId: string }[];
  documentCount: number;
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  edited: boolean;
}

export interface QuoteSpeakerRow {
  documentId: string;
  quoteId: string;
  actorId: string;
  corrected: boolean;
}

/** What the tables were built from: when either changes, they are stale. */
export interface ResolvedActorsBasis {
  documents: number;
  lastEdit: number;
}

/** The current basis: how many documents are stored and the newest edit's id. */
export function resolvedActorsBasis(db: Database.Database): ResolvedActorsBasis {
  return db.prepare(
    "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT coalesce(max(id), 0) FROM actor_edits) AS lastEdit").get() as ResolvedActorsBasis;
}

/** True when the resolved-actor tables were not built from the documents and edits stored now. */
export function resolvedActorsStale(db: Database.Database): boolean {
  const built = db.prepare("SELECT documents, last_edit AS lastEdit FROM resolved_actors_state").get() as ResolvedActorsBasis | undefined;
  const now = resolvedActorsBasis(db);
  return !built || built.documents !== now.documents || built.lastEdit !== now.lastEdit;
}

/** Replaces the resolved-actor tables whole, in one transaction (a reader sees the old or the new set). */
export function writeResolvedActors(
  db: Database.Database, actors: ResolvedActorRow[], speakers: QuoteSpeakerRow[], basis: ResolvedActorsBasis,
): void {
  const actor = db.prepare(
    `INSERT INTO resolved_actors (id, name, type, side, document_count, mention_count, first_seen, last_seen, edited)
     VALUES (@id, @name, @type, @side, @documentCount, @mentionCount, @firstSeen, @lastSeen, @edited)`);
  const alias = db.prepare("INSERT OR IGNORE INTO resolved_actor_aliases (actor_id, alias) VALUES (?, ?)");
  const member = db.prepare("INSERT INTO resolved_actor_members (actor_id, doc_id, record_actor_id) VALUES (?, ?, ?)");
  const speaker = db.prepare("INSERT INTO quote_speakers (doc_id, quote_id, actor_id, corrected) VALUES (?, ?, ?, ?)");
  const state = db.prepare(
    `INSERT INTO resolved_actors_state (one, documents, last_edit, refreshed_at) VALUES (1, @documents, @lastEdit, @at)
     ON CONFLICT (one) DO UPDATE SET documents = excluded.documents, last_edit = excluded.last_edit, refreshed_at = excluded.refreshed_at`);
  db.transaction(() => {
    // Cascades to aliases, members and quote speakers.
    db.prepare("DELETE FROM resolved_actors").run();
    for (const a of actors) {
      actor.run({ ...a, edited: a.edited ? 1 : 0 });
      for (const name of a.aliases) alias.run(a.id, name);
      for (const m of a.members) member.run(a.id, m.documentId, m.actorId);
    }
    for (const s of speakers) speaker.run(s.documentId, s.quoteId, s.actorId, s.corrected ? 1 : 0);
    state.run({ ...basis, at: new Date().toISOString() });
  }).immediate();
}

/** Per record actor of one document: the resolved actor it joins. */
export interface ResolvedMember {
  recordActorId: string;
  id: string;
  name: string;
  side: string | null;
  type: string;
}

/** Lookups the exports make per document. */
export function resolvedLookups(db: Database.Database): {
  members: (docId: string) => ResolvedMember[];
  speakers: (docId: string) => { quoteId: string; id: string; name: string; side: string | null; corrected: number }[];
} {
  const members = db.prepare(
    `SELECT m.record_actor_id AS recordActorId, r.id, r.name, r.side, r.type
     FROM resolved_actor_members m JOIN resolved_actors r ON r.id = m.actor_id WHERE m.doc_id = ?`);
  const speakers = db.prepare(
    `SELECT s.quote_id AS quoteId, r.id, r.name, r.side, s.corrected
     FROM quote_speakers s JOIN resolved_actors r ON r.id = s.actor_id WHERE s.doc_id = ?`);
  return {
    members: (docId) => members.all(docId) as ResolvedMember[],
    speakers: (docId) => speakers.all(docId) as ReturnType<ReturnType<typeof resolvedLookups>["speakers"]>,
  };
}
