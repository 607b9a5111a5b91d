import type { Doc } from "../../doc/doc.js";
import type { ActorRecord, Span } from "../../record/schema.js";
import { overlaps } from "../../record/spans.js";


/** The actor with a mention overlapping `span`, preferring the longest mention (a name over a title). */
export function actorAt(doc: Doc, span: Span): ActorRecord | undefined {
  let best: { actor: ActorRecord; length: number } | undefined;
  for (const actor of doc.actors) {
    for (const m of actor.mentions) {
      if (overlaps(m, span) && (!best || m.end - m.start > best.length)) best = { actor, length: m.end - m.start };
    }
  }
  return best?.actor;
}

/** All actor mentions in a sentence, ordered by position, each with its actor. */
export function mentionsInSentence(doc: Doc, sentence: number): { actor: ActorRecord; start: number; end: number }[] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const out: { actor: ActorRecord; start: number; end: number }[] = [];
  for (const actor of doc.actors) {
    for (const m of actor.mentions) if (m.start >= s.start && m.end <= s.end) out.push({ actor, start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
