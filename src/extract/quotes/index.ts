import type { Doc } from "../../doc/doc.js";
import { actorKnowledge, type ActorKnowledge } from "../../kb/actors-kb.js";
import type { ActorRecord, QuoteRecord, Span } from "../../record/schema.js";
import { wordsOf } from "../actors/words.js";
import { actorLookup } from "../actors/lookup.js";
import { isStatementTurn } from "../actors/turns.js";
import { attributionAfter, attributionBefore, creditedAfter, endsAsStatement, signedLineAfter, subjectTerm, unreadSpeechVerbBefore, type Attribution } from "./attribution.js";
import { attributedActor, attributionPronoun, reportedSpeaker, type QuoteInContext, type SpeakerCandidate } from "./candidates.js";
import { findQuoteSpans, type QuoteSpan } from "./marks.js";
import { rankSpeakers } from "./ranker.js";

export type { QuoteInContext, SpeakerCandidate } from "./candidates.js";

/** Picks a quote's speaker among its candidates (null: leave it unattributed). */
export type SpeakerChooser = (doc: Doc, quote: QuoteInContext) => ActorRecord | null;

/** The strongest candidate: the candidates come ordered from the quote's own attribution down. */
export const chooseByRules: SpeakerChooser = (_doc, quote) => quote.candidates[0]?.actor ?? null;

/** Words before the opening mark in its sentence end in a word: the quote is embedded ("is “as close”"). */
function embedded(doc: Doc, q: QuoteSpan): boolean {
  const sentence = doc.sentences[doc.sentenceAt(q.open)];
  const before = doc.text.slice(sentence?.start ?? q.open, q.open).trimEnd();
  return /[\p{L}\p{N}]$/u.test(before);
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A quote's words are counted for its settlement and again for its record: count them once per quote. */
const spanWordCounts = new WeakMap<QuoteSpan, number>();
function quoteWordCount(doc: Doc, span: QuoteSpan): number {
  let count = spanWordCounts.get(span);
  if (count === undefined) {
    count = wordCount(doc.text.slice(span.start, span.end));
    spanWordCounts.set(span, count);
  }
  return count;
}

/**
 * A few words quoted as a term, not a statement: three words or fewer, or fewer than eight set inside
 * a sentence ("a “super union”"). Without an attribution it is a fragment of no one's; the ranker does
 * not guess a speaker for it (on the unannotated news it gave such terms to places and bystanders).
 */
function quotedTerm(doc: Doc, span: QuoteSpan): boolean {
  const count = quoteWordCount(doc, span);
  return count <= 3 || (embedded(doc, span) && count < 8);
}

/** A quote with the attribution the rules read and the speaker they chose (an actor id or null). */
export interface Resolved {
  span: QuoteSpan;
  attribution: Attribution | null;
  speaker: string | null;
  /**
   * The rules decided this quote, with or without a speaker: it has an attribution, or a speech verb
   * whose subject names no single speaker ("Holm and other officials said"), or it is credited to
   * someone they cannot read, or it is a quoted term with no speaker of its own.
   * The ranker only fills quotes the rules did not decide.
   */
  settled: boolean;
}

/**
 * Direct quotes with their speakers. Attribution is looked for after the quote, then before it in
 * the same sentence; a quote without either takes the speaker of the quote it continues, of the
 * attributed part that continues it, or of the narration just before it (see `speakerCandidates`).
 * `choose` makes the rules' final pick. Where the rules leave a quote without a speaker, the speaker
 * ranker trained on PolNeAR (./ranker.ts) may fill it when it is confident: measured on PolNeAR dev
 * and the dev set, the ranker agrees with the rules wherever both choose, so the rules keep their say.
 */
export function extractQuotes(doc: Doc, choose: SpeakerChooser = chooseByRules): void {
  const kb = actorKnowledge();
  const words = wordsOf(doc);
  const resolved = ruleSpeakers(doc, words, kb, findQuoteSpans(doc), choose);
  rankSpeakers(doc, words, kb, resolved);
  const fromQuotes = resolved.map((r): QuoteRecord => {
    const text = doc.text.slice(r.span.start, r.span.end);
    return {
      id: "",
      text,
      speaker: r.speaker,
      start: r.span.start,
      end: r.span.end,
      attribution: r.attribution?.span ?? null,
      fragment: quoteWordCount(doc, r.span) <= 3 || (!r.speaker && quotedTerm(doc, r.span)),
    };
  });
  doc.quotes = [...fromQuotes, ...turnQuotes(doc, kb)].sort((a, b) => a.start - b.start).map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

/** The speakers the attribution rules find, quote by quote in order (a quote's candidates read the speakers chosen before it). */
export function ruleSpeakers(doc: Doc, words: string[], kb: ActorKnowledge, spans: QuoteSpan[], choose: SpeakerChooser = chooseByRules): Resolved[] {
  const quoted: Span[] = spans.map((s) => ({ start: s.start, end: s.end }));
  const quotes: QuoteInContext[] = spans.map((span) => {
    const read = attributionAfter(doc, words, kb, span) ?? signedLineAfter(doc, words, span) ?? attributionBefore(doc, words, kb, span, spans);
    const credit = read ? null : creditedAfter(doc, words, span);
    const attribution = read ?? (credit && endsAsStatement(doc, span) ? credit : null);
    const credited = !!credit;
    return { span, attribution, pronoun: attributionPronoun(words, attribution), credited, candidates: [] };
  });
  // a quote's attributed actor is asked for again as the next quote of the one before it: read it once
  const attributed = new Map<number, ActorRecord | undefined>();
  const attributedOf = (i: number) => {
    if (!attributed.has(i)) attributed.set(i, attributedActor(doc, words, quotes[i]!.attribution, quoted));
    return attributed.get(i);
  };
  const speakers: (ActorRecord | null)[] = [];
  quotes.forEach((quote, i) => {
    quote.candidates = speakerCandidates(doc, words, kb, quotes, speakers, i, quoted, attributedOf);
    speakers.push(choose(doc, quote));
  });
  return quotes.map((q, i) => ({
    span: q.span,
    attribution: q.attribution,
    speaker: speakers[i]?.id ?? null,
    settled: !!q.attribution || q.credited || (!speakers[i] && (quotedTerm(doc, q.span) || subjectTerm(doc, q.span) || unreadSpeechVerbBefore(doc, words, kb, q.span, spans))),
  }));
}

/**
 * Who may have said quote `i`, strongest first. A quote with an attribution naming someone has that
 * one candidate; "he said" that names nobody falls back on the quote right before it. A quote
 * credited with a verb we do not know ("Holm demanded") has none. Otherwise: the speaker of the
 * narration between the previous quote and this one ("Holm said the offer was unfair. “...”"),
 * then the quote it continues (same paragraph, running on into this one, or ending the paragraph
 * before one this quote opens), then the attributed part of itself that follows in the next
 * paragraph or the same one. A later paragraph's speaker is never taken otherwise.
 */
function speakerCandidates(doc: Doc, words: string[], kb: ActorKnowledge, quotes: QuoteInContext[], speakers: (ActorRecord | null)[], i: number, quoted: Span[], attributedOf: (i: number) => ActorRecord | undefined): SpeakerCandidate[] {
  const q = quotes[i]!;
  const out: SpeakerCandidate[] = [];
  const attributed = attributedOf(i);
  if (attributed) return [{ actor: attributed, source: "attribution" }];
  const prev = quotes[i - 1];
  const prevSpeaker = speakers[i - 1];
  const opensParagraph = q.span.open === doc.paragraphs[q.span.paragraph]!.start;
  const samePassage = !!prev && (prev.span.paragraph === q.span.paragraph || prev.span.continues || (opensParagraph && prev.span.paragraph === q.span.paragraph - 1));
  if (q.attribution) {
    // only right after the previous quote: narration in between may have brought in someone else
    const nearby = !!prev && doc.sentenceAt(q.span.open) - doc.sentenceAt(prev.span.end) <= 1;
    if (q.pronoun && prevSpeaker && nearby && fitsPronoun(prevSpeaker, q.pronoun)) out.push({ actor: prevSpeaker, source: "previous-quote" });
    return out;
  }
  // "“...,” Holm demanded.": credited to someone we cannot read, so to no one else
  if (q.credited) return out;
  // "“Harbour Blues” was written by Holm": a title the narration talks about, nobody's words here
  if (subjectTerm(doc, q.span)) return out;
  const reported = reportedSpeaker(doc, words, kb, q.span, quoted, prev && samePassage ? prev.span : null);
  if (reported) out.push({ actor: reported, source: "reported-speech" });
  if (prevSpeaker && samePassage) out.push({ actor: prevSpeaker, source: "previous-quote" });
  const next = quotes[i + 1];
  const nextActor = next && attributedOf(i + 1);
  if (next && nextActor && q.span.continues && next.span.paragraph === q.span.paragraph + 1) out.push({ actor: nextActor, source: "continued-by" });
  if (next && nextActor && next.span.paragraph === q.span.paragraph) out.push({ actor: nextActor, source: "next-quote" });
  return out;
}

const PRONOUN_TYPES: Record<string, (a: ActorRecord) => boolean> = {
  he: (a) => (a.type === "person" || a.type === "unnamed") && a.gender !== "female",
  she: (a) => (a.type === "person" || a.type === "unnamed") && a.gender !== "male",
  it: (a) => a.type !== "person" && a.type !== "place",
  they: (a) => a.type !== "place",
};

const fitsPronoun = (actor: ActorRecord, pronoun: string) => PRONOUN_TYPES[pronoun]?.(actor) ?? false;

/** Each statement in a transcript (a turn of a named speaker, not a question) is a quote of its speaker. */
function turnQuotes(doc: Doc, kb: ActorKnowledge): QuoteRecord[] {
  const actorAt = actorLookup(doc);
  return doc.source.turns
    .filter((turn) => isStatementTurn(kb, turn) && turn.body.end > turn.body.start)
    .map((turn) => ({
      id: "",
      text: doc.slice(turn.body),
      speaker: actorAt(turn.labelSpan)?.id ?? null,
      start: turn.body.start,
      end: turn.body.end,
      attribution: turn.labelSpan,
      fragment: false,
    }));
}
