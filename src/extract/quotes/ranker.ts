import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { readKbFile } from "../../kb/files.js";
import type { Span } from "../../record/schema.js";
import { speakerMentions } from "./mentions.js";
import { quoteFeatures, type Features, type QuoteContext, type RuleEvidence } from "./features.js";
import type { QuoteSpan } from "./marks.js";

/**
 * A linear speaker model (src/kb/data/speaker-model.json, written by `npm run train:speakers`): a
 * softmax over a quote's candidate mentions and a "no speaker" option, each scored by the weighted
 * sum of its features.
 */
export interface SpeakerModel {
  weights: Record<string, number>;
  /** Below this probability the ranker abstains: a wrong speaker is worse than none. */
  threshold: number;
  training?: Record<string, unknown>;
}

export function speakerModel(): SpeakerModel {
  return readKbFile<SpeakerModel>("speaker-model.json");
}

/** Weighted sum of a feature vector. */
export function score(weights: Record<string, number>, features: Features): number {
  let sum = 0;
  for (const [name, value] of Object.entries(features)) sum += (weights[name] ?? 0) * value;
  return sum;
}

/** Probabilities of "no speaker" (index 0) and of each candidate (index i + 1). */
export function probabilities(weights: Record<string, number>, vectors: { candidates: Features[]; none: Features }): number[] {
  const scores = [score(weights, vectors.none), ...vectors.candidates.map((f) => score(weights, f))];
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

export interface Ranked {
  /** The actor chosen; its mentions among the candidates share their probability. */
  actor: string;
  probability: number;
}

/**
 * The actor whose candidate mentions together are most probable, when that beats "no speaker" and
 * the threshold; null otherwise. Mentions are summed per actor: "Cruz" twice and "he" are one speaker.
 */
export function decide(threshold: number, p: number[], actors: (string | null | undefined)[]): Ranked | null {
  const byActor = new Map<string, number>();
  actors.forEach((a, i) => {
    if (a) byActor.set(a, (byActor.get(a) ?? 0) + p[i + 1]!);
  });
  let best: Ranked | null = null;
  for (const [actor, probability] of byActor) if (!best || probability > best.probability) best = { actor, probability };
  return best && best.probability > p[0]! && best.probability >= threshold ? best : null;
}

export function rankCandidates(model: SpeakerModel, ctx: QuoteContext): Ranked | null {
  if (!ctx.candidates.length) return null;
  return decide(model.threshold, probabilities(model.weights, quoteFeatures(ctx)), ctx.candidates.map((c) => c.actor?.id));
}

/** What the rules decided for one quote: `ruleSpeakers` in ./index.ts. */
export interface RuledQuote {
  span: QuoteSpan;
  attribution: { subject: [number, number] } | null;
  speaker: string | null;
  /** The rules decided it (see `Resolved` in ./index.ts): the ranker leaves it as it is. */
  settled?: boolean;
}

/** Quote `i` may continue the previous quote: it stands in the same or the next paragraph. */
export function followsQuote(quotes: { span: QuoteSpan }[], i: number): boolean {
  const prev = quotes[i - 1];
  return !!prev && prev.span.paragraph >= quotes[i]!.span.paragraph - 1;
}

/** The rules' evidence for quote `i`; the previous speaker is filled in as quotes are decided in order. */
export function ruleEvidence(quotes: RuledQuote[], i: number): RuleEvidence {
  return { subject: quotes[i]!.attribution?.subject ?? null, speaker: quotes[i]!.speaker, previousSpeaker: null };
}

/** The context the ranker reads for quote `i` of a document. */
function quoteContext(doc: Doc, words: string[], kb: ActorKnowledge, quotes: RuledQuote[], quoted: Span[], i: number): QuoteContext {
  const span = quotes[i]!.span;
  return { doc, words, kb, quote: span, quoted, rules: ruleEvidence(quotes, i), candidates: speakerMentions(doc, words, span, quoted) };
}

const quotedSpans = (quotes: RuledQuote[]): Span[] => quotes.map((q) => ({ start: q.span.start, end: q.span.end }));

/** The context the ranker reads for each quote of a document. */
export function quoteContexts(doc: Doc, words: string[], kb: ActorKnowledge, quotes: RuledQuote[]): QuoteContext[] {
  const quoted = quotedSpans(quotes);
  return quotes.map((_, i) => quoteContext(doc, words, kb, quotes, quoted, i));
}

/**
 * Gives a speaker to the quotes the rules left without one, where the ranker is confident. Measured on
 * PolNeAR dev and the dev set, the ranker agrees with the rules wherever both choose (overriding the
 * rules changes no score), so the rules keep their say and the ranker fills their gaps. Quotes are
 * decided in order: "the previous speaker" is the one decided before, whoever decided it.
 */
export function rankSpeakers(doc: Doc, words: string[], kb: ActorKnowledge, quotes: RuledQuote[]): void {
  const model = speakerModel();
  const quoted = quotedSpans(quotes);
  quotes.forEach((q, i) => {
    if (q.speaker || q.settled) return;
    const ctx = quoteContext(doc, words, kb, quotes, quoted, i);
    if (followsQuote(quotes, i)) ctx.rules.previousSpeaker = quotes[i - 1]!.speaker;
    q.speaker = rankCandidates(model, ctx)?.actor ?? null;
  });
}
