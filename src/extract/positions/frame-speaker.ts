import type { ActorRecord } from "../../record/schema.js";
import { clauseAt } from "../clauses/index.js";
import type { SentenceContext } from "./context.js";

/**
 * 'Aguas Argentinas told the newspaper Clarin it would not accept any change': a pronoun that is the
 * subject of a reported clause stands for whoever reports it, when the speaker is a compatible
 * actor; the person it was told to is not the one holding the position. Returns null when the
 * clause has no speech frame or its speaker names no compatible actor.
 */
export function reportingSpeaker(ctx: SentenceContext, pronoun: number, compatible: (actor: ActorRecord) => boolean): ActorRecord | null {
  const clause = clauseAt(ctx.doc, pronoun);
  const subject = clause?.subject;
  if (!clause?.frame?.speaker || !subject || subject.shared || subject.first !== pronoun || subject.last !== pronoun) return null;
  const { first, last } = clause.frame.speaker;
  const found = ctx.index.nestedMentionsIn(first, last + 1).map((m) => m.actor).filter(compatible);
  const distinct = [...new Set(found)];
  return distinct.length === 1 ? distinct[0]! : null;
}
