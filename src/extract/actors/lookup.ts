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

/**
 * actorAt for many spans at once (a transcript's thousands of labels): the mentions are sorted once
 * and each span looks only at those that can reach it. Same answer as actorAt, ties included (the
 * first actor, then its first mention, among the longest).
 */
export function actorLookup(doc: Doc): (span: Span) => ActorRecord | undefined {
  const mentions: { actor: ActorRecord; start: number; end: number; order: number }[] = [];
  let longest = 0;
  for (const actor of doc.actors) {
    for (const m of actor.mentions) {
      mentions.push({ actor, start: m.start, end: m.end, order: mentions.length });
      longest = Math.max(longest, m.end - m.start);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.order - b.order);
  return (span) => {
    // the first mention that starts late enough to reach the span
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < span.start - longest) lo = mid + 1;
      else hi = mid;
    }
    let best: (typeof mentions)[number] | undefined;
    for (let i = lo; i < mentions.length && mentions[i]!.start < span.end; i++) {
      const m = mentions[i]!;
      const length = m.end - m.start;
      if (!overlaps(m, span)) continue;
      if (!best || length > best.end - best.start || (length === best.end - best.start && m.order < best.order)) best = m;
    }
    return best?.actor;
  };
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
