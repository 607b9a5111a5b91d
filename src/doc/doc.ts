import { activeProfile, type Profile } from "../kb/profile.js";
import type {
  ActorRecord, DocumentProfile, DocumentRecord, EventRecord, FigureRecord, ParleyRecord, PositionRecord, QuoteRecord, Span,
} from "../record/schema.js";
import type { SourceDocument } from "../ingest/types.js";
import { NO_CLAUSES, type ClauseLayer } from "./clause-layer.js";

/** A word, number or mark, with its exact character offsets in `Doc.text`. */
export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Universal part-of-speech tag from wink (PROPN, NOUN, VERB, ...). */
  pos: string;
  /** wink's token type: word, number, punctuation, tabCRLF, ... */
  kind: string;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  firstToken: number;
  /** exclusive */
  endToken: number;
  paragraph: number;
}

/**
 * Whether every whitespace in `text` is a lone plain space, which `label` would leave as it is: most
 * labels are, and a char-code scan costs less than the replacement (labels are made for every mention).
 */
function hasOnlySingleSpaces(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // control characters and everything past ASCII may be whitespace (U+00A0, U+2009 ...): leave them to the expression
    if (code < 32 || code > 126) return false;
    const space = code === 32;
    if (space && previousSpace) return false;
    previousSpace = space;
  }
  return true;
}

/**
 * One document under analysis: the original text plus the layers the pipeline stages add.
 * Stages read earlier layers and write only their own, so each can be run and tested alone.
 */
export class Doc {
  readonly text: string;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  paragraphs: Span[] = [];
  /** the clauses of every sentence (the clauses stage), read once per sentence on first use; no part of the record */
  clauses: ClauseLayer = NO_CLAUSES;
  actors: ActorRecord[] = [];
  quotes: QuoteRecord[] = [];
  figures: FigureRecord[] = [];
  events: EventRecord[] = [];
  positions: PositionRecord[] = [];
  /** The negotiation profile of this document (its issues label the positions); set before the stages run. */
  profile: Profile = activeProfile();
  /** Which profile was chosen and why, for the record; unset when no choice was made (a Doc built by hand). */
  profileChoice: DocumentProfile | undefined;

  constructor(readonly id: string, readonly source: SourceDocument) {
    this.text = source.text;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /**
   * A span's text used as a label (a name, a title): a run of whitespace, such as the line break of
   * hard-wrapped wire copy inside "Richard\nLyng", becomes one space. Evidence keeps `slice`.
   */
  label(span: Span): string {
    const text = this.slice(span);
    return hasOnlySingleSpaces(text) ? text : text.replace(/\s+/g, " ");
  }

  /** Index of the sentence that contains `offset`, or -1. Binary search: sentences are ordered. */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Index of the first token that ends after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  tokensIn(span: Span): Token[] {
    const out: Token[] = [];
    for (let i = this.tokenAt(span.start); i < this.tokens.length && this.tokens[i]!.start < span.end; i++) {
      out.push(this.tokens[i]!);
    }
    return out;
  }

  sentenceTokens(sentence: number): Token[] {
    const s = this.sentences[sentence];
    return s ? this.tokens.slice(s.firstToken, s.endToken) : [];
  }

  actor(id: string | null | undefined): ActorRecord | undefined {
    return id ? this.actors.find((a) => a.id === id) : undefined;
  }

  documentRecord(): DocumentRecord {
    const { turns: _turns, profile: _given, ...meta } = this.source;
    return { id: this.id, ...meta, ...(this.profileChoice ? { profile: this.profileChoice } : {}) };
  }

  toRecord(): ParleyRecord {
    return {
      document: this.documentRecord(),
      actors: this.actors,
      quotes: this.quotes,
      figures: this.figures,
      events: this.events,
      positions: this.positions,
    };
  }
}
