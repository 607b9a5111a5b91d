import type { ActorRecord } from "../../record/schema.js";
import { clauseAt } from "../clauses/index.js";
import type { SentenceContext } from "./context.js";

/**
 * 'Aguas Argentinas told the newspaper Clarin it would not accept any change': a pronoun that is the
 * subject of a reported clause stands for whoever reports it, when the speaker (or the body a
 * person speaks for) is a compatible actor; the person it was told to is not the one holding the position. Returns null when the
 * clause has no speech frame or its speaker names no compatible actor.
 */
export function reportingSpeaker(ctx: SentenceContext, pronoun: number, compatible: (actor: ActorRecord) => boolean): ActorRecord | null {
  const clause = clauseAt(ctx.doc, pronoun);
  const subject = clause?.subject;
  // 'it', or a description of two words ('the company')
  if (!clause?.frame?.speaker || !subject || subject.shared || subject.first !== pronoun || subject.last > pronoun + 1) return null;
  const { first, last } = clause.frame.speaker;
  const found = ctx.index.nestedMentionsIn(first, last + 1).map((m) => speakerOrSide(ctx, m.actor, compatible)).filter((a) => a !== undefined);
  const distinct = [...new Set(found)];
  return distinct.length === 1 ? distinct[0]! : null;
}

/**
 * 'Liedtke said the company would not settle', 'the minister said it would not honour its quota':
 * the speaker, or when only the body the speaker speaks for fits the word, that body.
 */
function speakerOrSide(ctx: SentenceContext, speaker: ActorRecord, compatible: (actor: ActorRecord) => boolean): ActorRecord | undefined {
  if (compatible(speaker)) return speaker;
  const affiliation = speaker.type === "person" ? speaker.affiliation?.toLowerCase() : undefined;
  const sides = affiliation ? ctx.index.actorsNamed(affiliation).filter((a) => a !== speaker && compatible(a)) : [];
  return sides.length === 1 ? sides[0] : undefined;
}
