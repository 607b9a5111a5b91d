import type { Doc, Token } from "../../doc/doc.js";
import { joined, lowerWordsOf } from "../actors/words.js";

/** One sentence as the clauses stage reads it: plain lower-case words and tags by token index. */
export class SentenceWords {
  private readonly tokens: Token[];

  constructor(
    readonly doc: Doc,
    /** lower-case words of the whole document, typographic apostrophes made plain */
    private readonly lower: string[],
    readonly first: number,
    /** exclusive */
    readonly end: number,
  ) {
    this.tokens = doc.tokens;
  }

  inside(i: number): boolean {
    return i >= this.first && i < this.end;
  }

  word(i: number): string {
    return i >= this.first && i < this.end ? this.lower[i]! : "";
  }

  /**
   * Token `i` is part of a word joined by a hyphen ('rebel-held', 'Kestrel-run', 'U.S.-led'): the
   * hyphen itself or a word written against one. Such a word modifies a noun; it is no predicate.
   */
  inHyphenCompound(i: number): boolean {
    if (!this.inside(i)) return false;
    const t = this.tokens;
    if (t[i]!.text === "-") return this.inside(i - 1) && this.inside(i + 1) && joined(t[i - 1], t[i]) && joined(t[i], t[i + 1]);
    return (this.word(i - 1) === "-" && this.inHyphenCompound(i - 1)) || (this.word(i + 1) === "-" && this.inHyphenCompound(i + 1));
  }

  /**
   * The tag of token `i`; a capitalised word tagged as a verb right before a proper noun is part of
   * a name ('Grant Samuel said', 'Rise Capital'): the tagger reads it as a verb at a sentence's start.
   */
  pos(i: number): string {
    if (i < this.first || i >= this.end) return "";
    const pos = this.tokens[i]!.pos;
    return pos === "VERB" && i + 1 < this.end && this.tokens[i + 1]!.pos === "PROPN" && /^\p{Lu}/u.test(this.tokens[i]!.text) ? "PROPN" : pos;
  }
}

/**
 * The plain words of a document: the lower-case words the actors stage and the knowledge base share
 * (curly quotes straightened), computed once per document whichever stage asks first.
 */
export function plainWords(doc: Doc): string[] {
  return lowerWordsOf(doc);
}
