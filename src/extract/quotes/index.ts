import type { Doc } from "../../doc/doc.js";
import { actorKnowledge, type ActorKnowledge } from "../../kb/actors-kb.js";
import type { QuoteRecord, Span } from "../../record/schema.js";
import { wordsOf } from "../actors/words.js";
import { actorAt } from "../actors/lookup.js";
import { isStatementTurn } from "../actors/turns.js";
import { actorForPhrase } from "../speech/speaker.js";
import { attributionAfter, attributionBefore, type Attribution } from "./attribution.js";
import { findQuoteSpans, type QuoteSpan } from "./marks.js";
import { rankSpeakers } from "./ranker.js";

export interface Resolved {
  span: QuoteSpan;
  attribution: Attribution | null;
  speaker: string | null;
}

/** Words before the opening mark in its sentence end in a word: the quote is embedded ("is “as close”"). */
function embedded(doc: Doc, q: QuoteSpan): boolean {
  const sentence = doc.sentences[doc.sentenceAt(q.open)];
  const before = doc.text.slice(sentence?.start ?? q.open, q.open).trimEnd();
  return /[\p{L}\p{N}]$/u.test(before);
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Direct quotes with their speakers. Attribution is looked for after the quote, then before it in
 * the same sentence; a quote without either inherits the speaker of the quote it continues (the
 * same paragraph, or the previous paragraph when this one opens with the quote).
 */
export function extractQuotes(doc: Doc): void {
  const kb = actorKnowledge();
  const words = wordsOf(doc);
  const spans = findQuoteSpans(doc);
  const resolved = ruleSpeakers(doc, words, kb, spans);
  rankSpeakers(doc, words, kb, resolved);
  const fromQuotes = resolved.map((r): QuoteRecord => {
    const text = doc.text.slice(r.span.start, r.span.end);
    const words = wordCount(text);
    return {
      id: "",
      text,
      speaker: r.speaker,
      start: r.span.start,
      end: r.span.end,
      attribution: r.attribution?.span ?? null,
      fragment: words <= 3 || (!r.speaker && embedded(doc, r.span) && words < 8),
    };
  });
  doc.quotes = [...fromQuotes, ...turnQuotes(doc, kb)].sort((a, b) => a.start - b.start).map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

/** The speakers the attribution rules find: an explicit attribution, else the speaker of the quote continued. */
export function ruleSpeakers(doc: Doc, words: string[], kb: ActorKnowledge, spans: QuoteSpan[]): Resolved[] {
  const quoted: Span[] = spans.map((s) => ({ start: s.start, end: s.end }));
  const resolved: Resolved[] = spans.map((span) => {
    const attribution = attributionAfter(doc, words, kb, span) ?? attributionBefore(doc, words, kb, span, spans);
    const speaker = attribution ? actorForPhrase(doc, words, attribution.subject, quoted)?.id ?? null : null;
    return { span, attribution, speaker };
  });
  inheritSpeakers(doc, resolved);
  return resolved;
}

/** Each statement in a transcript (a turn of a named speaker, not a question) is a quote of its speaker. */
function turnQuotes(doc: Doc, kb: ActorKnowledge): QuoteRecord[] {
  return doc.source.turns
    .filter((turn) => isStatementTurn(kb, turn) && turn.body.end > turn.body.start)
    .map((turn) => ({
      id: "",
      text: doc.slice(turn.body),
      speaker: actorAt(doc, turn.labelSpan)?.id ?? null,
      start: turn.body.start,
      end: turn.body.end,
      attribution: turn.labelSpan,
      fragment: false,
    }));
}

function inheritSpeakers(doc: Doc, quotes: Resolved[]): void {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.attribution) continue;
    const prev = quotes[i - 1];
    const paragraphStart = doc.paragraphs[q.span.paragraph]!.start;
    const opensParagraph = q.span.open === paragraphStart;
    if (prev && prev.speaker && (prev.span.paragraph === q.span.paragraph || prev.span.continues || (opensParagraph && prev.span.paragraph === q.span.paragraph - 1))) {
      q.speaker = prev.speaker;
      continue;
    }
    const next = quotes[i + 1];
    if (next && next.attribution && next.speaker && next.span.paragraph === q.span.paragraph) q.speaker = next.speaker;
  }
}
