import type { Doc } from "../../doc/doc.js";
import type { ActorRecord, QuoteRecord } from "../../record/schema.js";
import { lowerWordsOf } from "../actors/words.js";

/** An actor mention as a token range (inclusive). */
export interface MentionRef {
  actor: ActorRecord;
  first: number;
  last: number;
}

/** A token's text as the word lists have it: lower case, typographic apostrophes made plain. */
export function plainWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("\u2019") ? lower.replaceAll("\u2019", "'") : lower;
}

const LEFT_SINGLE_QUOTE = /\u2018/;

/**
 * What the positions stage needs of a whole document: the plain words (made on first use, as most
 * sentences are never looked at), the actor mention covering each token (the longest where they
 * overlap), every mention in order (nested ones too: 'Matthias Orlen' inside 'President Matthias
 * Orlen's office' is a possible antecedent) and the quotation each token stands in.
 */
export class DocIndex {
  private readonly words: (string | undefined)[];
  readonly mentionByToken: (MentionRef | undefined)[];
  /** every mention, ordered by first token */
  readonly allMentions: MentionRef[] = [];
  private names: Set<string> | undefined;
  private byLowerName: Map<string, ActorRecord[]> | undefined;
  private quoteByToken: (QuoteRecord | undefined)[] | undefined;

  constructor(readonly doc: Doc) {
    // The earlier stages' lower-case words are these plain words, unless the text has a left single
    // quote (they straighten it, plain words keep it).
    this.words = LEFT_SINGLE_QUOTE.test(doc.text) ? new Array<string | undefined>(doc.tokens.length).fill(undefined) : lowerWordsOf(doc);
    this.mentionByToken = new Array<MentionRef | undefined>(doc.tokens.length).fill(undefined);
    for (const actor of doc.actors) {
      for (const m of actor.mentions) {
        const ref = { actor, first: doc.tokenAt(m.start), last: doc.tokenAt(m.end - 1) };
        this.allMentions.push(ref);
        for (let i = ref.first; i <= ref.last && i < doc.tokens.length; i++) {
          const known = this.mentionByToken[i];
          if (!known || ref.last - ref.first > known.last - known.first) this.mentionByToken[i] = ref;
        }
      }
    }
    this.allMentions.sort((a, b) => a.first - b.first || a.last - b.last);
  }

  /**
   * Whether a word is a name of an actor of the document or its last word ('Vell'): the actors
   * stage may miss a mention ('"Sarn must be handed back"'), not the name itself.
   */
  isActorName(word: string): boolean {
    if (!this.names) {
      this.names = new Set();
      for (const actor of this.doc.actors) {
        for (const name of [actor.name, ...actor.aliases]) {
          this.names.add(name);
          this.names.add(name.split(/\s+/).pop()!);
        }
      }
    }
    return this.names.has(word);
  }

  /**
   * The actors one of whose names or aliases is `lower` (a lower-case name), from a map made once per
   * document: readers asked every actor's every alias for each subject and affiliation they looked up.
   */
  actorsNamed(lower: string): readonly ActorRecord[] {
    if (!this.byLowerName) {
      this.byLowerName = new Map();
      for (const actor of this.doc.actors) {
        for (const name of new Set([actor.name, ...actor.aliases].map((n) => n.toLowerCase()))) {
          const known = this.byLowerName.get(name);
          if (known) known.push(actor);
          else this.byLowerName.set(name, [actor]);
        }
      }
    }
    return this.byLowerName.get(lower) ?? [];
  }

  /** Every mention, nested ones included, that lies within tokens [first, end). */
  nestedMentionsIn(first: number, end: number): MentionRef[] {
    let lo = 0;
    let hi = this.allMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.allMentions[mid]!.first < first) lo = mid + 1;
      else hi = mid;
    }
    const out: MentionRef[] = [];
    for (let k = lo; k < this.allMentions.length && this.allMentions[k]!.first < end; k++) {
      if (this.allMentions[k]!.last < end) out.push(this.allMentions[k]!);
    }
    return out;
  }

  /**
   * The innermost quotation that contains token i, or undefined: a transcript turn holds the
   * speaker's words, and a quotation inside it someone else's.
   */
  quoteAt(i: number): QuoteRecord | undefined {
    if (!this.quoteByToken) {
      this.quoteByToken = new Array<QuoteRecord | undefined>(this.doc.tokens.length).fill(undefined);
      // longest first, so that inner quotations are written over the turns that hold them
      for (const q of [...this.doc.quotes].sort((a, b) => b.end - b.start - (a.end - a.start))) {
        for (let k = this.doc.tokenAt(q.start); k < this.doc.tokens.length && this.doc.tokens[k]!.start < q.end; k++) this.quoteByToken[k] = q;
      }
    }
    return this.quoteByToken[i];
  }

  word(i: number): string {
    return (this.words[i] ??= plainWord(this.doc.tokens[i]!.text));
  }

  /** The mentions within a token range, in order. */
  mentionsIn(first: number, end: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = first; i < end; i++) {
      const m = this.mentionByToken[i];
      if (m && m !== out[out.length - 1] && m.first >= first && m.last < end) out.push(m);
    }
    return out;
  }
}

/** One sentence seen by the positions stage: its token range, its words and its actor mentions. */
export class SentenceContext {
  readonly doc: Doc;
  readonly first: number;
  /** exclusive */
  readonly end: number;
  private mentionList: MentionRef[] | undefined;

  constructor(readonly index: DocIndex, readonly sentence: number) {
    this.doc = index.doc;
    const s = this.doc.sentences[sentence]!;
    this.first = s.firstToken;
    this.end = s.endToken;
  }

  get mentions(): MentionRef[] {
    this.mentionList ??= this.index.mentionsIn(this.first, this.end);
    return this.mentionList;
  }

  /** The mentions of the sentence before this one. */
  previousMentions(): MentionRef[] {
    const previous = this.doc.sentences[this.sentence - 1];
    return previous ? this.index.mentionsIn(previous.firstToken, previous.endToken) : [];
  }

  /** The quotation that contains token i (in this sentence or not). */
  quoteAt(i: number): QuoteRecord | undefined {
    return this.index.quoteAt(i);
  }

  inside(i: number): boolean {
    return i >= this.first && i < this.end;
  }

  word(i: number): string {
    return this.inside(i) ? this.index.word(i) : "";
  }

  pos(i: number): string {
    return this.inside(i) ? this.doc.tokens[i]!.pos : "";
  }

  mentionAt(i: number): MentionRef | undefined {
    return this.inside(i) ? this.index.mentionByToken[i] : undefined;
  }

  /** Whether the words from token i on are `phrase`. */
  matches(i: number, phrase: string[]): boolean {
    for (let k = 0; k < phrase.length; k++) if (this.word(i + k) !== phrase[k]) return false;
    return true;
  }

  /** A hyphen written without spaces joins a word ('good-faith'); it does not end a phrase. */
  isWordHyphen(i: number): boolean {
    const t = this.doc.tokens;
    return this.word(i) === "-" && this.inside(i - 1) && this.inside(i + 1) && t[i - 1]!.end === t[i]!.start && t[i]!.end === t[i + 1]!.start;
  }

  /** Words first..last as a label (an issue, a place): a wrapped line break among them reads as a space. */
  text(first: number, last: number): string {
    return this.doc.label({ start: this.doc.tokens[first]!.start, end: this.doc.tokens[last]!.end });
  }
}
