import type { Clause } from "./clause.js";

/**
 * The clauses of a document, read per sentence the first time any stage asks and then kept: each
 * sentence is analysed once for every reader, and sentences no stage looks at cost nothing.
 */
export class ClauseLayer {
  private readonly bySentence: (Clause[] | undefined)[] = [];

  /** `read` finds the clauses of one sentence; the clauses stage installs it. */
  constructor(private readonly read: (sentence: number) => Clause[], private readonly sentences: number) {}

  /** The clauses of one sentence, in order. */
  inSentence(sentence: number): Clause[] {
    if (sentence < 0 || sentence >= this.sentences) return [];
    let clauses = this.bySentence[sentence];
    if (!clauses) {
      clauses = this.read(sentence);
      this.bySentence[sentence] = clauses;
    }
    return clauses;
  }

  /** Every clause of the document, sentence by sentence. */
  all(): Clause[] {
    const out: Clause[] = [];
    for (let s = 0; s < this.sentences; s++) out.push(...this.inSentence(s));
    return out;
  }
}

/** The layer of a document the clauses stage has not run on: no clauses. */
export const NO_CLAUSES = new ClauseLayer(() => [], 0);
