import type { Doc } from "../../doc/doc.js";

/** One sentence as the clauses stage reads it: plain lower-case words and tags by token index. */
export class SentenceWords {
  constructor(
    readonly doc: Doc,
    /** lower-case words of the whole document, typographic apostrophes made plain */
    private readonly lower: string[],
    readonly first: number,
    /** exclusive */
    readonly end: number,
  ) {}

  inside(i: number): boolean {
    return i >= this.first && i < this.end;
  }

  word(i: number): string {
    return this.inside(i) ? this.lower[i]! : "";
  }

  pos(i: number): string {
    return this.inside(i) ? this.doc.tokens[i]!.pos : "";
  }
}

/** The plain words of a document, computed once for the stage. */
export function plainWords(doc: Doc): string[] {
  return doc.tokens.map((t) => {
    const lower = t.text.toLowerCase();
    return lower.includes("\u2019") ? lower.replaceAll("\u2019", "'") : lower;
  });
}
