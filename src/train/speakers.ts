import { actorKnowledge } from "../kb/actors-kb.js";
import { analyse, stages } from "../extract/pipeline.js";
import { wordsOf } from "../extract/actors/words.js";
import { findQuoteSpans } from "../extract/quotes/marks.js";
import { ruleSpeakers } from "../extract/quotes/index.js";
import { followsQuote, quoteContexts, type SpeakerModel } from "../extract/quotes/ranker.js";
import { FEATURE_NAMES, quoteFeatures, type Features } from "../extract/quotes/features.js";
import type { Candidate } from "../extract/quotes/mentions.js";
import { loadSource } from "../ingest/index.js";
import type { Span } from "../record/schema.js";
import { readBratFolder, type BratArticle, type BratAttribution } from "./brat.js";
import { FIT_OPTIONS, WRONG_COST, chooseThreshold, fitWeights, outcome } from "./fit.js";
import { overlaps } from "../record/spans.js";

/** One quote to learn from: the options' features and which candidates the gold source names (none: abstain). */
export interface Example {
  none: Features;
  candidates: Features[];
  positives: number[];
  /** The actor of each candidate, for deciding as the ranker does. */
  actors: (string | null)[];
}

const upToActors = stages.filter((s) => s.name === "tokens" || s.name === "actors");
const startsWithMark = (text: string) => /^["\u201C\u2018']/.test(text);

/**
 * Where a gold span of the raw file stands in the stored text. Ingest only removes characters (header
 * lines, trailing spaces, blank lines), so the content is found at or before its raw offset, and the
 * source is placed by the same shift, then looked for nearby.
 */
function align(text: string, a: BratAttribution): { content: Span; source: Span | undefined } | null {
  const at = text.lastIndexOf(a.content.text, a.content.start);
  if (at < 0) return null;
  const content = { start: at, end: at + a.content.text.length };
  if (!a.source) return { content, source: undefined };
  const guess = a.source.start - (a.content.start - at);
  const near = [text.indexOf(a.source.text, Math.max(0, guess - 200)), text.lastIndexOf(a.source.text, guess + 200)]
    .filter((i) => i >= 0)
    .sort((x, y) => Math.abs(x - guess) - Math.abs(y - guess))[0];
  return { content, source: near === undefined ? undefined : { start: near, end: near + a.source.text.length } };
}


/** A candidate names the gold source when its mention overlaps it or its actor is mentioned there. */
function namesSource(c: Candidate, source: Span): boolean {
  return overlaps(c, source) || !!c.actor?.mentions.some((m) => overlaps(m, source));
}

/** Runs Parley up to the actors stage on an article and pairs each quote it finds with the gold source. */
export function articleExamples(article: BratArticle): Example[] {
  const doc = analyse(loadSource({ path: article.path }), upToActors);
  const kb = actorKnowledge();
  const words = wordsOf(doc);
  const spans = findQuoteSpans(doc);
  const contexts = quoteContexts(doc, words, kb, ruleSpeakers(doc, words, kb, spans));
  const gold = article.attributions
    .map((a) => ({ marked: startsWithMark(a.content.text), aligned: align(doc.text, a) }))
    .filter((g) => g.aligned)
    .sort((x, y) => Number(y.marked) - Number(x.marked));
  const out: Example[] = [];
  // The previous quote's speaker is the gold one here; at run time it is the one decided before.
  const goldSpeakers: (string | null)[] = [];
  contexts.forEach((ctx, i) => {
    const match = gold.find((g) => overlaps(g.aligned!.content, ctx.quote));
    const source = match?.aligned?.source;
    goldSpeakers.push(source ? ctx.candidates.find((c) => c.actor && namesSource(c, source))?.actor?.id ?? null : null);
    if (!source) return;
    if (followsQuote(contexts.map((c) => ({ span: c.quote })), i)) ctx.rules.previousSpeaker = goldSpeakers[i - 1] ?? null;
    const vectors = quoteFeatures(ctx);
    const positives = ctx.candidates.flatMap((c, j) => (namesSource(c, source) ? [j] : []));
    out.push({ ...vectors, positives, actors: ctx.candidates.map((c) => c.actor?.id ?? null) });
  });
  return out;
}

/** Trains the speaker model on a PolNeAR-style folder; `split` names it in the model's metadata. */
export function trainSpeakerModel(dir: string, split: string, progress: (done: number, total: number) => void = () => {}): SpeakerModel {
  const articles = readBratFolder(dir);
  const examples: Example[] = [];
  articles.forEach((article, i) => {
    examples.push(...articleExamples(article));
    progress(i + 1, articles.length);
  });
  // The weights learn to rank the candidates where the source is one of them; the threshold learns,
  // on every quote, when the best of them is still too unsure (a source out of reach included).
  const fitted = fitWeights(examples.filter((e) => e.positives.length), FEATURE_NAMES);
  const weights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, Math.round(fitted[n]! * 1e4) / 1e4]));
  const threshold = chooseThreshold(examples, weights);
  return {
    weights,
    threshold,
    training: {
      data: split,
      articles: articles.length,
      quotes: examples.length,
      quotesWithSourceInWindow: examples.filter((e) => e.positives.length).length,
      ...FIT_OPTIONS,
      wrongCost: WRONG_COST,
      onTraining: outcome(examples, weights, threshold),
    },
  };
}

/** The model file as written: one feature per line, readable and diffable. */
export function modelJson(model: SpeakerModel): string {
  const comment = "Speaker ranker (src/extract/quotes/ranker.ts): softmax over a quote's candidate mentions and 'no speaker'; written by `npm run train:speakers`, do not edit by hand.";
  return JSON.stringify({ _comment: comment, threshold: model.threshold, weights: model.weights, training: model.training }, null, 1) + "\n";
}
