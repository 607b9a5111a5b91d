import type { SubjectRange } from "../../doc/clause.js";
import type { SentenceWords } from "./sentence.js";
import { nounPhraseEndingAt } from "./spans.js";
import { clauseWords } from "./words.js";

/** how far back the comma that opens an aside is looked for */
const ASIDE_REACH = 24;
const ASIDE_ENDS = new Set([";", ":", '"', "\u201c", "\u201d", "(", ")"]);
// punctuation and connectors a clause may start after; the end of a quotation opens a clause too
// ('"...," Ana Brell, an analyst at the institute, said'), and so does a verb of saying (read from
// attribution-verbs.json through the clause words, not listed here)
const SUBJECT_STARTS = new Set(["", ",", "and", "but", "that", '"', "\u201d", "\u2019", "'"]);

/**
 * The subject before a comma that closes an aside set off between subject and verb: 'Marc Holm, an
 * executive at the port, said', 'The ministry, which does not count civilians, says' (the noun
 * phrase before the aside), 'Its spokesman, Kaspar Lind, said' (a name set off after a title is part
 * of the subject and its head). Null: no aside ends at `comma`, or nothing before it can be a
 * subject (the noun phrase is itself an object: 'rejected the offer, a union leader said').
 */
export function subjectBeforeAside(s: SentenceWords, comma: number): SubjectRange | null {
  for (let open = comma - 1; open > Math.max(s.first, comma - ASIDE_REACH); open--) {
    const word = s.word(open);
    if (ASIDE_ENDS.has(word)) return null;
    if (word !== ",") continue;
    const outer = nounPhraseEndingAt(s, open - 1);
    if (!outer || open - 1 === outer.first && s.pos(outer.first) === "PRON") return null;
    // the phrase opens its clause: the start of the sentence, a connector or a verb of saying before it
    const before = s.word(outer.first - 1);
    if (!SUBJECT_STARTS.has(before) && !clauseWords().speechVerbs.has(before.toLowerCase()) && s.pos(outer.first - 1) !== "SCONJ") return null;
    const inner = nounPhraseEndingAt(s, comma - 1);
    const name = inner && inner.first === open + 1 && s.pos(comma - 1) === "PROPN";
    return name ? { first: outer.first, last: comma - 1, head: comma - 1, shared: false, relative: false } : { ...outer, head: outer.last, shared: false, relative: false };
  }
  return null;
}
