import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import type { ActorRecord, Span } from "../../record/schema.js";
import { isPronoun, isSpeechVerb, subjectBefore } from "../speech/phrases.js";
import { actorForPhrase } from "../speech/speaker.js";
import type { Attribution } from "./attribution.js";
import type { QuoteSpan } from "./marks.js";
import { insideAny } from "../../record/spans.js";

/** Where a possible speaker of a quote comes from, strongest first. */
export type CandidateSource =
  | "attribution" // the quote's own attribution: `“...,” Holm said`
  | "previous-quote" // the quote it continues: same paragraph, or a paragraph opening with the quote
  | "continued-by" // the quote goes on in the next paragraph, whose part is attributed
  | "next-quote" // a later attributed quote of the same paragraph: `“A.” “B,” Holm said.`
  | "reported-speech"; // the speaker of the sentence before: `Holm said the offer was unfair. “...”`

export interface SpeakerCandidate {
  actor: ActorRecord;
  source: CandidateSource;
}

/** One quote as the speaker chooser sees it. */
export interface QuoteInContext {
  span: QuoteSpan;
  attribution: Attribution | null;
  /** The attribution's subject is "he", "she", "it" or "they". */
  pronoun: string | null;
  /** Credited after the closing mark to someone the rules cannot read (`“...,” Holm demanded.`). */
  credited: boolean;
  candidates: SpeakerCandidate[];
}

/** The actor named by a quote's attribution, when it names one. */
export function attributedActor(doc: Doc, words: string[], attribution: Attribution | null, quoted: Span[]): ActorRecord | undefined {
  return attribution ? actorForPhrase(doc, words, attribution.subject, quoted) : undefined;
}

export function attributionPronoun(words: string[], attribution: Attribution | null): string | null {
  return attribution ? isPronoun(words, attribution.subject) : null;
}


/**
 * The speaker of the narration just before a quote that has no attribution of its own: the
 * subject of the last speech verb outside quotes in the quote's paragraph before it, or, when the
 * quote opens its paragraph, in the last sentence of the paragraph before ("Holm said the offer
 * was unfair.⏎⏎“We will not sign.”"). Only narration after the `previous` quote of the passage counts.
 */
export function reportedSpeaker(doc: Doc, words: string[], kb: ActorKnowledge, quote: QuoteSpan, quoted: Span[], previous: QuoteSpan | null): ActorRecord | undefined {
  const paragraph = doc.paragraphs[quote.paragraph]!;
  const opensParagraph = quote.open === paragraph.start;
  let floor = doc.tokenAt(paragraph.start);
  if (opensParagraph) {
    const previous = doc.paragraphs[quote.paragraph - 1];
    if (!previous) return undefined;
    floor = doc.sentences[doc.sentenceAt(previous.end - 1)]!.firstToken;
  }
  if (previous) floor = Math.max(floor, doc.tokenAt(previous.close < 0 ? previous.end : previous.close) + 1);
  for (let v = doc.tokenAt(quote.open) - 1; v >= floor; v--) {
    if (!isSpeechVerb(kb, words, v) || insideAny(doc.tokens[v]!.start, quoted)) continue;
    const subject = subjectBefore(doc, words, v);
    return subject ? actorForPhrase(doc, words, subject, quoted) : undefined;
  }
  return undefined;
}
