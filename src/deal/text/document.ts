import type { ParleyRecord } from "../../record/schema.js";
import { sentenceSpans } from "../../report/sentences.js";
import { wordsOf, type Word } from "./words.js";

export interface Sentence {
  index: number;
  /** index of its paragraph (a line of the stored text) */
  paragraph: number;
  start: number;
  end: number;
  words: Word[];
}

/**
 * A stored document cut into sentences (by the extraction's own tokenizer, so a term's sentence is the
 * one the extractor read) and paragraphs (lines of the stored text). Sentences never cross a line break.
 */
export class DocumentText {
  readonly id: string;
  readonly text: string;
  readonly sentences: Sentence[];

  constructor(readonly record: ParleyRecord) {
    this.id = record.document.id;
    this.text = record.document.text;
    const breaks = [...this.text.matchAll(/\n+/g)].map((m) => m.index);
    const paragraphOf = (offset: number) => {
      let p = 0;
      while (p < breaks.length && breaks[p]! < offset) p++;
      return p;
    };
    const pieces = sentenceSpans(this.text).flatMap((span) => splitAtLines(this.text, span.start, span.end));
    this.sentences = pieces.map((span, index) => ({
      index, paragraph: paragraphOf(span.start), ...span, words: wordsOf(this.text, span.start, span.end),
    }));
  }

  /** The sentence holding offset `at` (the last one starting at or before it). */
  sentenceAt(at: number): Sentence | undefined {
    let found: Sentence | undefined;
    for (const s of this.sentences) {
      if (s.start > at) break;
      found = s;
    }
    return found;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
}

function splitAtLines(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(/\n+/g)) {
    const at = start + m.index;
    if (text.slice(from, at).trim()) out.push(trimmed(text, from, at));
    from = at + m[0].length;
  }
  if (text.slice(from, end).trim()) out.push(trimmed(text, from, end));
  return out;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const cache = new WeakMap<ParleyRecord, DocumentText>();

/** One DocumentText per record object, so each document is tokenized once per build. */
export function documentText(record: ParleyRecord): DocumentText {
  let doc = cache.get(record);
  if (!doc) {
    doc = new DocumentText(record);
    cache.set(record, doc);
  }
  return doc;
}
