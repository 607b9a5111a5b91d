import { analyse, stages } from "../extract/pipeline.js";
import type { Span } from "../record/schema.js";

const TOKEN_STAGES = stages.filter((stage) => stage.name === "tokens");

/**
 * Sentence spans of a stored text, found by the same tokenizer extraction used, so the sentence a
 * report quotes is the sentence the extractor read.
 */
export function sentenceSpans(text: string): Span[] {
  const doc = analyse({
    path: null, url: null, title: null, date: null, outlet: null, authors: [], dateline: null,
    format: "text", text, turns: [],
  }, TOKEN_STAGES);
  return doc.sentences.map(({ start, end }) => ({ start, end }));
}

/** The smallest run of whole sentences that covers `span`; the span itself when no sentence touches it. */
export function enclosingSentences(sentences: readonly Span[], span: Span): Span {
  let start = span.start;
  let end = span.end;
  for (const sentence of sentences) {
    if (sentence.end <= span.start || sentence.start >= span.end) continue;
    start = Math.min(start, sentence.start);
    end = Math.max(end, sentence.end);
  }
  return { start, end };
}
