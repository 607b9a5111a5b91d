import type { Doc, Token } from "../../doc/doc.js";
import { lowerWordsOf } from "../actors/words.js";

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

  pos(i: number): string {
    return i >= this.first && i < this.end ? this.tokens[i]!.pos : "";
  }
}

/**
 * The plain words of a document: the lower-case words the actors stage and the knowledge base share
 * (curly quotes straightened), computed once per document whichever stage asks first.
 */
export function plainWords(doc: Doc): string[] {
  return lowerWordsOf(doc);
}
