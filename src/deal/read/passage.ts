import type { DocumentText, Sentence } from "../text/document.js";
import { vocabulary } from "../vocabulary.js";
import { phasesIn } from "./phases.js";
import { withdrawalVerb } from "./withdrawals.js";
import { readSentence, type ReadContext } from "./sentence.js";
import type { TermDraft } from "./drafts.js";

/** The sentences a proposal's terms are read from; the first is read from word `from` on (and up to word `until`). */
export interface Passage {
  sentences: Sentence[];
  from: number;
  until?: number;
}

/** Words at the start of a paragraph in which a reference back to the deal counts ("Under the plan, ..."). */
const REFERENCE_REACH = 10;

/** Words of the deal's terms: who is released, pull-backs, aid, a ceasefire. */
function namesATerm(words: Sentence["words"]): boolean {
  const v = vocabulary();
  return v.releaseVerbs.has(words) || withdrawalVerb(words, 0, words.length) !== undefined || v.aidPhrases.has(words) || v.ceasefireNouns.has(words);
}

/**
 * A paragraph goes on talking about the deal: it refers back to it ("Under the plan"), names one of its
 * phases, or states a term as part of a plan ("Humanitarian assistance would surge with 600 trucks").
 */
export function refersBack(first: Sentence): boolean {
  const v = vocabulary();
  const words = first.words;
  return v.referenceCues.has(words, 0, Math.min(words.length, REFERENCE_REACH)) || phasesIn(words, 0, words.length, false).mentions.length > 0
    || (v.planModals.has(words) && namesATerm(words))
    // "The pause takes effect on Thursday": when the deal starts
    || (v.ceasefireNouns.has(words, 0, Math.min(words.length, REFERENCE_REACH)) && v.effectiveCues.has(words));
}

/**
 * The sentence of a PROPOSE or AGREE, the rest of its paragraph, and the following paragraphs while
 * their first sentence continues the deal (`continues`: refers back to it, or reports the same deal);
 * a few paragraphs that do not (a quote, an aside) may stand between two that do. In the first
 * sentence the terms start after a counter-proposal marker, since the words before it restate the
 * offer being answered.
 */
export function passageOf(doc: DocumentText, start: Sentence, continues: (first: Sentence) => boolean): Passage {
  const v = vocabulary();
  const counter = v.counterMarkers.scan(start.words)[0];
  const paragraphs = [...new Set(doc.sentences.map((s) => s.paragraph))].filter((p) => p > start.paragraph);
  const firstOf = (p: number) => doc.sentences.find((s) => s.paragraph === p)!;
  let last = start.paragraph;
  let gap = 0;
  for (const p of paragraphs.slice(0, v.maxParagraphs + v.maxGapParagraphs)) {
    if (p - start.paragraph > v.maxParagraphs + gap || v.stopCues.has(firstOf(p).words)) break;
    if (continues(firstOf(p))) {
      last = p;
      gap = 0;
    } else if (++gap > v.maxGapParagraphs) break;
  }
  const sentences = doc.sentences.filter((s) => (s.paragraph === start.paragraph && s.index >= start.index) || (s.paragraph > start.paragraph && s.paragraph <= last));
  return { sentences, from: counter ? counter.to : 0 };
}

/** The terms of a passage, sentence by sentence; the phase being talked about is forgotten at each new paragraph. */
export function readPassage(ctx: ReadContext, passage: Passage): TermDraft[] {
  const out: TermDraft[] = [];
  const state = { phase: null as number | null };
  let paragraph = -1;
  passage.sentences.forEach((sentence, i) => {
    if (sentence.paragraph !== paragraph) state.phase = null;
    paragraph = sentence.paragraph;
    out.push(...readSentence(ctx, sentence, i === 0 ? passage.from : 0, state, i === 0 ? passage.until : undefined));
  });
  return out;
}
