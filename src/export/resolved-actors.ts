import { currentResolution } from "../analysis/edits.js";
import type { SqliteStore } from "../store/sqlite/sqlite-store.js";
import {
  resolvedActorsBasis, resolvedActorsStale, writeResolvedActors, type QuoteSpeakerRow, type ResolvedActorRow,
} from "../store/sqlite/resolved-actors.js";

/**
 * Writes the cross-document actors, as `parley report` resolves them now (analysts' edits applied),
 * into the database's resolved_actors tables, so SQL users can join quotes to people. The resolver is
 * the analysis's own (src/analysis/actors); this only copies its result.
 */
export async function refreshResolvedActors(store: SqliteStore): Promise<void> {
  const basis = resolvedActorsBasis(store.db);
  const { resolution, records } = await currentResolution(store);
  const actors: ResolvedActorRow[] = resolution.actors.map((a) => ({
    id: a.id, name: a.name, type: a.type, side: a.affiliation, aliases: a.aliases,
    members: a.members.map(({ documentId, actorId }) => ({ documentId, actorId })),
    documentCount: a.documentCount, mentionCount: a.mentions.length, firstSeen: a.firstSeen, lastSeen: a.lastSeen,
    edited: a.edited,
  }));
  const speakers: QuoteSpeakerRow[] = [];
  for (const record of records) {
    const documentId = record.document.id;
    for (const quote of record.quotes) {
      const actorId = resolution.speakerOf(documentId, quote.id, quote.speaker);
      if (actorId !== null) speakers.push({ documentId, quoteId: quote.id, actorId, corrected: resolution.speakerCorrected(documentId, quote.id) });
    }
  }
  writeResolvedActors(store.db, actors, speakers, basis);
}

/** Refreshes the tables only when documents or edits changed since they were written. */
export async function ensureResolvedActors(store: SqliteStore): Promise<boolean> {
  if (!resolvedActorsStale(store.db)) return false;
  await refreshResolvedActors(store);
  return true;
}
