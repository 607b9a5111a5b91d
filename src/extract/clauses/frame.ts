import type { Clause, SpeechFrame, TokenRange } from "../../doc/clause.js";
import type { SentenceWords } from "./sentence.js";
import { nounPhraseEndingAt } from "./spans.js";

const OPENING = new Set([",", '"', "\u201d", "'", "\u2019"]);
const NAME_WORDS = new Set(["PROPN", "NOUN", "DET", "ADJ"]);

/** '..., said Jorge Gonzalez': the name after an inverted verb of saying. */
function invertedSpeaker(s: SentenceWords, verb: number): TokenRange | null {
  let last = verb + 1;
  if (!NAME_WORDS.has(s.pos(last))) return null;
  while (NAME_WORDS.has(s.pos(last + 1))) last++;
  return nounPhraseEndingAt(s, last);
}

/** Whether a speech clause closes its sentence after what it reports ('..., Dauster said.'). */
function closesReport(s: SentenceWords, clause: Clause): boolean {
  const own = clause.subject && !clause.subject.shared ? clause.subject.first : clause.chain.first;
  return OPENING.has(s.word(own - 1)) && clause.complement === null;
}

/**
 * Speech frames of a sentence's clauses: a verb of saying frames the clauses after it ('Lyng said the
 * U.S. would oppose'), the nearest one winning; one that closes the sentence ('..., Dauster said')
 * frames the clauses before it that have no frame yet.
 */
export function assignFrames(s: SentenceWords, clauses: Clause[]): void {
  for (const speech of clauses) {
    if (!speech.speech) continue;
    // only a verb that closes its report inverts ('..., said Kirby'); 'said the proposals were' has no speaker after it
    const inverted = (!speech.subject || speech.subject.shared) && closesReport(s, speech) ? invertedSpeaker(s, speech.predicate) : null;
    const speaker = inverted ?? (speech.subject && { first: speech.subject.first, last: speech.subject.relative ? speech.subject.head : speech.subject.last });
    const frame: SpeechFrame = { clause: speech.index, verb: speech.predicate, speaker };
    if (closesReport(s, speech)) {
      for (const c of clauses) if (c.index < speech.index && !c.frame) c.frame = frame;
    } else if (speech.complement) {
      for (const c of clauses) {
        if (c.index > speech.index && c.predicate >= speech.complement.first && c.predicate <= speech.complement.last) c.frame = frame;
      }
    }
  }
}
