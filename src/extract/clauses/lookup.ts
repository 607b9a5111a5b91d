import type { Clause } from "../../doc/clause.js";
import type { Doc } from "../../doc/doc.js";

/** The clause whose words hold token `token` (its subject, verb chain, object or complement words), if any. */
export function clauseAt(doc: Doc, token: number): Clause | undefined {
  const sentence = doc.tokens[token]?.sentence;
  if (sentence === undefined) return undefined;
  for (const c of doc.clauses.inSentence(sentence)) if (token >= c.first && token <= c.last) return c;
  return undefined;
}

/** The clauses of one sentence, in order. */
export function clausesOfSentence(doc: Doc, sentence: number): Clause[] {
  return doc.clauses.inSentence(sentence);
}
