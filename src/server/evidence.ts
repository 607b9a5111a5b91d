import type { Span } from "../record/schema.js";

/**
 * Text for evidence spans, so API clients can show what an item rests on without loading the whole
 * document. `context` widens the span to its sentence and is cut at MAX_CONTEXT characters on each
 * side. Sentence ends are found by a cheap rule (the stored record keeps no sentence offsets): . ! or
 * ? (with any closing quotation mark) before white space, except after initials and dotted
 * abbreviations (V. Reiss, U.N.) or before a lower-case word; a line break always ends a sentence.
 */

const MAX_CONTEXT = 240;
const CLOSING_MARKS = /["”’'»)]/;
/** The word before a period that does not end a sentence: an initial or a dotted abbreviation. */
const INITIALS = /(?:^|[\s(])(?:\p{L}\.)*\p{L}$/u;

export interface Excerpt {
  /** text.slice(start, end) */
  text: string;
  /** the sentence around the span, with its own offsets into the document */
  context: Span & { text: string };
}

/** Where the sentence whose final punctuation is at `i` ends (after closing marks), or -1 if it does not end there. */
function sentenceEndAt(text: string, i: number): number {
  if (!/[.!?]/.test(text[i]!)) return -1;
  let after = i + 1;
  while (after < text.length && CLOSING_MARKS.test(text[after]!)) after++;
  if (after < text.length && !/\s/.test(text[after]!)) return -1;
  if (text[i] === "." && INITIALS.test(text.slice(Math.max(0, i - 12), i))) return -1;
  const next = /\S/.exec(text.slice(after, after + 20));
  if (next && /\p{Ll}/u.test(next[0])) return -1;
  return after;
}

function sentenceStart(text: string, from: number): number {
  const floor = Math.max(0, from - MAX_CONTEXT);
  for (let i = from - 1; i >= floor; i--) {
    if (text[i] === "\n") return i + 1;
    if (/\s/.test(text[i]!)) {
      // Step back over closing marks to the punctuation that would end the previous sentence.
      let p = i - 1;
      while (p >= 0 && CLOSING_MARKS.test(text[p]!)) p--;
      if (p >= 0 && sentenceEndAt(text, p) === i) return i + 1;
    }
  }
  return floor === 0 ? 0 : wordBoundaryAfter(text, floor);
}

function sentenceEnd(text: string, to: number): number {
  const ceiling = Math.min(text.length, to + MAX_CONTEXT);
  for (let i = Math.max(to - 1, 0); i < ceiling; i++) {
    if (text[i] === "\n") return i;
    const end = sentenceEndAt(text, i);
    if (end >= 0) return end;
  }
  return ceiling === text.length ? ceiling : wordBoundaryBefore(text, ceiling);
}

const wordBoundaryAfter = (text: string, at: number) => {
  const next = text.slice(at).search(/\s/);
  return next < 0 ? at : at + next + 1;
};
const wordBoundaryBefore = (text: string, at: number) => {
  const last = text.slice(0, at).search(/\s\S*$/);
  return last < 0 ? at : last;
};

export function excerptOf(documentText: string, span: Span): Excerpt {
  const start = Math.min(sentenceStart(documentText, span.start), span.start);
  const end = Math.max(sentenceEnd(documentText, span.end), span.end);
  return {
    text: documentText.slice(span.start, span.end),
    context: { start, end, text: documentText.slice(start, end) },
  };
}
