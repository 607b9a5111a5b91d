import { mentionsRightAfter } from "./mentions.js";
import { speakerBeforeVerb } from "./subjects.js";
import type { SentenceView } from "./sentence.js";

/** How far after an assessment "by X" may name its author ("described as constructive by Israel"). */
const BY_WINDOW = 4;

function quoteSpeaker(view: SentenceView, offset: number): string[] {
  const quote = view.doc.quotes.find((q) => q.start <= offset && offset < q.end && q.speaker);
  return quote?.speaker ? [quote.speaker] : [];
}

function authorAfterBy(view: SentenceView, afterWord: number): string[] {
  const limit = Math.min(view.words.length, afterWord + BY_WINDOW);
  for (let i = afterWord; i < limit; i++) {
    if (view.lex.participants.agentMarkers.has(view.words[i]!.text)) return mentionsRightAfter(view, view.words[i]!.token + 1);
  }
  return [];
}

/** The speaker of a verb of saying: its subject ("Kirby said"), else the name after it ("said Kirby", "according to X"). */
function speakerOfVerb(view: SentenceView, from: number, to: number): string[] {
  const before = speakerBeforeVerb(view, view.words[from]!.token);
  return before.length > 0 ? before : mentionsRightAfter(view, view.words[to - 1]!.token + 1);
}

/**
 * Who makes a statement at words [from, to) of the sentence (its first phrase ending at `firstEnd`):
 * the speaker of the quote it is in, the author named by "by", or the speaker of the nearest verb of saying.
 */
export function speakerOf(view: SentenceView, from: number, to: number, firstEnd = to): string[] {
  const inQuote = quoteSpeaker(view, view.doc.tokens[view.words[from]!.token]!.start);
  if (inQuote.length > 0) return inQuote;
  const byAuthor = authorAfterBy(view, firstEnd);
  if (byAuthor.length > 0) return byAuthor;
  const verbs = view.lex.participants.speechVerbs.scan(view.words).filter((v) => v.to <= from || v.from >= to);
  verbs.sort((a, b) => Math.abs(a.from - from) - Math.abs(b.from - from));
  for (const v of verbs) {
    const speaker = speakerOfVerb(view, v.from, v.to);
    if (speaker.length > 0) return speaker;
  }
  return [];
}
