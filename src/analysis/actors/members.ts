import type { ActorRecord } from "../../record/schema.js";
import type { Corpus } from "../corpus.js";

/** One record actor as a candidate member of a cross-document actor. */
export interface Member {
  /** documentId + actorId, unique across the corpus */
  key: string;
  documentId: string;
  date: string | null;
  actor: ActorRecord;
}

export function memberKey(documentId: string, actorId: string): string {
  return `${documentId}:${actorId}`;
}

/** Every record actor of the corpus, in publication order, then record order. */
export function collectMembers(corpus: Corpus): Member[] {
  return corpus.records.flatMap((r) =>
    r.actors.map((actor) => ({
      key: memberKey(r.document.id, actor.id), documentId: r.document.id, date: r.document.date, actor,
    })));
}
