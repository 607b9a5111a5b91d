import type { Clause, SubjectRange } from "../../doc/clause.js";
import { ClauseLayer } from "../../doc/clause-layer.js";
import type { Doc } from "../../doc/doc.js";
import { predicatesOf, type Predicate } from "./chain.js";
import { assignFrames } from "./frame.js";
import { SentenceWords, plainWords } from "./sentence.js";
import { clauseStart, objectAndComplement, subjectBefore } from "./spans.js";
import { clauseWords } from "./words.js";

export { clauseAt, clausesOfSentence } from "./lookup.js";

function sentenceClauses(s: SentenceWords, sentence: number): Clause[] {
  const predicates: Predicate[] = predicatesOf(s);
  const subjects: (SubjectRange | null)[] = [];
  const starts: number[] = [];
  for (const p of predicates) {
    const subject = subjectBefore(s, p.chain.first, subjects.at(-1) ?? null);
    subjects.push(subject);
    starts.push(clauseStart(s, p.chain.first, subject));
  }
  const speechVerbs = clauseWords().speechVerbs;
  const clauses: Clause[] = predicates.map((p, i) => {
    const regionLast = i + 1 < predicates.length ? Math.max(p.predicate, starts[i + 1]! - 1) : s.end - 1;
    const speech = speechVerbs.has(s.word(p.predicate)) && !p.chain.passive;
    const { object, complement } = objectAndComplement(s, p, regionLast, speech);
    return {
      index: i, sentence, first: Math.min(starts[i]!, p.chain.first), last: regionLast,
      predicate: p.predicate, chain: p.chain, subject: subjects[i]!, object, complement, speech, frame: null,
    };
  });
  assignFrames(s, clauses);
  markConditions(s, clauses);
  return clauses;
}

/** "they will strike unless the offer is improved": the first clause after "if" or "unless" is its condition. */
function markConditions(s: SentenceWords, clauses: Clause[]): void {
  const { conditionOpeners } = clauseWords();
  let from = s.first;
  for (const clause of clauses) {
    for (let i = from; i < clause.chain.first; i++) if (conditionOpeners.has(s.word(i))) clause.condition = s.word(i);
    from = clause.predicate + 1;
  }
}

/**
 * The clauses stage: every sentence's clauses (predicate, verb chain with tense, negation and
 * modality, subject, object, complement, speech frame), found from the tokens for the stages after
 * it, so none of them reads verb chains or subjects its own way. A sentence is read the first time a
 * stage asks for it (most sentences hold nothing any stage looks at) and kept for every other reader.
 */
export function annotateClauses(doc: Doc): void {
  const words = plainWords(doc);
  doc.clauses = new ClauseLayer((index) => {
    const sentence = doc.sentences[index]!;
    return sentenceClauses(new SentenceWords(doc, words, sentence.firstToken, sentence.endToken), index);
  }, doc.sentences.length);
}
