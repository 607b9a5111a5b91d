import type { Doc, Token } from "../../doc/doc.js";
import type { ActorRecord } from "../../record/schema.js";
import { findDates, type DateMention } from "../dates/index.js";
import { breaksClause } from "./clauses.js";
import { describedPerson } from "./descriptions.js";
import type { EventLexicon } from "./lexicon.js";
import { sentenceWords, type Word } from "./phrases.js";
import type { References } from "./references.js";

/** An actor mention with the tokens it covers. */
export interface Mention {
  actor: ActorRecord;
  start: number;
  end: number;
  firstToken: number;
  /** exclusive */
  endToken: number;
  /** a pronoun such as "we" or "he", which opens a clause and is never an object */
  subjectOnly?: boolean;
}

/** A token range inside one sentence. */
export interface TokenRange {
  first: number;
  /** exclusive */
  end: number;
}

/** Every actor mention of a document, bucketed by sentence once (mentionsInSentence per sentence would be quadratic). */
export function mentionsBySentence(doc: Doc): Map<number, Mention[]> {
  const buckets = new Map<number, Mention[]>();
  for (const actor of doc.actors) {
    for (const m of actor.mentions) {
      const sentence = doc.sentenceAt(m.start);
      if (sentence < 0 || m.end > doc.sentences[sentence]!.end) continue;
      const list = buckets.get(sentence) ?? [];
      list.push({ actor: describedPerson(doc, actor, m.start) ?? actor, start: m.start, end: m.end, firstToken: doc.tokenAt(m.start), endToken: doc.tokenAt(m.end - 1) + 1 });
      buckets.set(sentence, list);
    }
  }
  for (const list of buckets.values()) list.sort((a, b) => a.start - b.start);
  return buckets;
}

/**
 * One sentence under analysis, with the layers the event rules look at. Lower-cased token text,
 * clause breaks and dates are computed once per sentence, since the rules ask for them many times.
 */
export class SentenceView {
  readonly first: number;
  readonly end: number;
  readonly words: Word[];
  private readonly lowers: string[];
  private breakFlags?: boolean[];
  private wordIndex?: Int32Array;
  private dateList?: DateMention[];
  private allMentions?: Mention[];

  constructor(
    readonly doc: Doc,
    readonly index: number,
    readonly lex: EventLexicon,
    private readonly named: Mention[],
    private readonly references?: References,
  ) {
    const s = doc.sentences[index]!;
    this.first = s.firstToken;
    this.end = s.endToken;
    ({ words: this.words, lowers: this.lowers } = sentenceWords(doc, index));
  }

  /** Actor mentions by name, and by reference ("we" in a quote, "the rebels"), in text order; resolved on first use. */
  get mentions(): Mention[] {
    if (!this.allMentions) {
      const referred = this.references?.inSentence(this.index, this.named) ?? [];
      this.allMentions = referred.length === 0 ? this.named : [...this.named, ...referred].sort((a, b) => a.start - b.start);
    }
    return this.allMentions;
  }

  token(i: number): Token | undefined {
    return i >= this.first && i < this.end ? this.doc.tokens[i] : undefined;
  }

  /** Lower-case text of token i ("" outside the sentence). */
  lower(i: number): string {
    return i >= this.first && i < this.end ? this.lowers[i - this.first]! : "";
  }

  isBreak(i: number): boolean {
    if (!this.breakFlags) {
      this.breakFlags = [];
      for (let k = this.first; k < this.end; k++) this.breakFlags.push(breaksClause(this, k));
    }
    return i >= this.first && i < this.end && this.breakFlags[i - this.first]!;
  }

  get dates(): DateMention[] {
    if (!this.dateList) {
      const s = this.doc.sentences[this.index]!;
      this.dateList = findDates(this.doc.slice(s), this.doc.source.date, s.start);
    }
    return this.dateList;
  }

  /** Character span of a token range. */
  span(range: TokenRange): { start: number; end: number } {
    return { start: this.doc.tokens[range.first]!.start, end: this.doc.tokens[range.end - 1]!.end };
  }

  /** Token range of words [from, to). */
  wordTokens(from: number, to: number): TokenRange {
    return { first: this.words[from]!.token, end: this.words[to - 1]!.token + 1 };
  }

  /** Index of the first word at or after token `token`. */
  wordAt(token: number): number {
    if (!this.wordIndex) {
      this.wordIndex = new Int32Array(this.end - this.first + 1);
      let w = this.words.length;
      for (let t = this.end; t >= this.first; t--) {
        while (w > 0 && this.words[w - 1]!.token >= t) w--;
        this.wordIndex[t - this.first] = w;
      }
    }
    const clamped = Math.min(Math.max(token, this.first), this.end);
    return this.wordIndex[clamped - this.first]!;
  }
}
