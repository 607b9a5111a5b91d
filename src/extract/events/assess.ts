import type { SentenceView } from "./sentence.js";

export type Polarity = "positive" | "negative" | "mixed";

/** The assessment a sentence makes: words [from, to) cover its first phrase, or all of them when mixed. */
export interface Assessment {
  from: number;
  to: number;
  /** end of the first phrase: "constructive by Israel" names its author right after it */
  firstEnd: number;
  polarity: Polarity;
}

/** Does the sentence name the talks (or a deal, a ceasefire...)? */
export function mentionsTopic(view: SentenceView): boolean {
  return view.lex.assessments.topics.test(view.words);
}

/** Does the sentence open with "But", "However", "At the same time"? */
export function opensWithContrast(view: SentenceView): boolean {
  return view.words.length > 0 && view.lex.assessments.contrastOpeners.matchesAt(view.words, 0).length > 0;
}

function negated(view: SentenceView, from: number): boolean {
  const { negations, negationWindow } = view.lex.assessments;
  for (let i = Math.max(0, from - negationWindow); i < from; i++) if (negations.has(view.words[i]!.text)) return true;
  return false;
}

const flip = (p: "positive" | "negative") => (p === "positive" ? "negative" : "positive");

/**
 * The state-of-the-talks assessment a sentence makes, if any. `topical` says whether the talks are
 * named in this sentence or just before it: without them "stalled" or "positive" may be about anything.
 * Positive and negative phrases in one sentence make it mixed ("constructive ... but with significant gaps").
 */
export function findAssessment(view: SentenceView, topical: boolean): Assessment | null {
  if (!topical) return null;
  const hits = view.lex.assessments.phrases.scan(view.words);
  if (hits.length === 0) return null;
  const polarities = new Set(hits.map((h) => (negated(view, h.from) ? flip(h.value) : h.value)));
  const polarity: Polarity = polarities.size > 1 ? "mixed" : [...polarities][0]!;
  const last = polarity === "mixed" ? hits[hits.length - 1]! : hits[0]!;
  return { from: hits[0]!.from, to: last.to, firstEnd: hits[0]!.to, polarity };
}
