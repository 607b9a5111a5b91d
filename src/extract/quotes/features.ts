import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import type { Span } from "../../record/schema.js";
import type { TokenRange } from "../actors/roles.js";
import { isSpeechVerb, subjectAfter, subjectBefore } from "../speech/phrases.js";
import { candidateSentences, type Candidate } from "./mentions.js";
import { insideAny } from "../../record/spans.js";
import type { QuoteSpan } from "./marks.js";

/** A feature vector: feature name -> value. Names not set are 0. */
export type Features = Record<string, number>;

/** What the rules said about a quote, which the ranker weighs as evidence with the rest. */
export interface RuleEvidence {
  /** The subject of the attribution the rules found for this quote ("Kirby" in "Kirby said"). */
  subject: TokenRange | null;
  /** The speaker the rules chose, inherited ones included. */
  speaker: string | null;
  /** The speaker the rules chose for the previous quote of this or the previous paragraph. */
  previousSpeaker: string | null;
}

export interface QuoteContext {
  doc: Doc;
  words: string[];
  kb: ActorKnowledge;
  quote: QuoteSpan;
  /** Every quoted stretch of the document, marks included. */
  quoted: Span[];
  rules: RuleEvidence;
  candidates: Candidate[];
}

/** Every feature the ranker computes: the model file must weigh exactly these. */
export const CANDIDATE_FEATURES = [
  "kind_name", "kind_pronoun", "kind_description", "kind_organisation", "unresolved", "person",
  "after_quote", "same_sentence", "sentence_gap_1", "sentence_gap_2", "previous_paragraph", "token_distance",
  "nearest_before", "nearest_after", "right_after_quote", "before_comma",
  "speech_subject", "speech_subject_inverted", "speech_verb_adjacent", "verb_follows", "verb_precedes", "apposition_subject", "according_to",
  "clause_subject", "verb_object", "after_in_sentence", "before_in_sentence", "continued_speaker", "pronoun_subject",
  "rule_subject", "rule_speaker", "previous_speaker",
  "in_other_quote", "possessive", "after_preposition", "actor_mentions",
] as const;
export const NONE_FEATURES = ["none_bias", "none_short_quote", "none_embedded", "none_candidates", "none_rule_speaker", "none_speech_verb"] as const;
export const FEATURE_NAMES: readonly string[] = [...CANDIDATE_FEATURES, ...NONE_FEATURES];

const PREPOSITIONS = new Set(["of", "to", "with", "at", "for", "from", "in", "by", "on", "about", "against", "than", "like"]);
const POSSESSIVES = new Set(["'s", "'", "’s", "’"]);
const quoteEnd = (q: QuoteSpan) => (q.close < 0 ? q.end : q.close + 1);
const log = (n: number) => Math.log1p(Math.max(0, n)) / 3;

interface SpeechSubject { range: TokenRange; verb: number; inverted: boolean }

/** Subjects of speech verbs in the narration around the quote: "Kirby said", "said the official". */
function speechSubjects(ctx: QuoteContext): SpeechSubject[] {
  const { doc, words, kb } = ctx;
  const [from, to] = candidateSentences(doc, ctx.quote);
  const out: SpeechSubject[] = [];
  for (let v = doc.sentences[from]!.firstToken; v < doc.sentences[to]!.endToken; v++) {
    if (!isSpeechVerb(kb, words, v) || insideAny(doc.tokens[v]!.start, ctx.quoted)) continue;
    const before = subjectBefore(doc, words, v);
    if (before) out.push({ range: before, verb: v, inverted: false });
    const after = subjectAfter(doc, words, v);
    if (after) out.push({ range: after, verb: v, inverted: true });
  }
  return out;
}

/**
 * A speech verb of the narration in tokens [from, to), with no sentence mark or quotation mark before
 * it: "Rep. Gwen Moore (D-Wis.) said", which the subject rules do not read.
 */
function speechVerbWithin(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (/^[.;:!?"\u201C\u201D]$/.test(ctx.words[k]!)) return false;
    if (isSpeechVerb(ctx.kb, ctx.words, k) && !insideAny(ctx.doc.tokens[k]!.start, ctx.quoted)) return true;
  }
  return false;
}

const VERB_TAGS = new Set(["VERB", "AUX"]);
const SENTENCE_MARK = /^[.;:!?"\u201C\u201D]$/;

/** "Scott Pruitt, the attorney general of ..., said": a speech verb after an apposition set off by commas. */
function appositionSubject(ctx: QuoteContext, end: number): boolean {
  if (ctx.words[end] !== ",") return false;
  for (let k = end + 2; k < Math.min(ctx.words.length, end + 20); k++) {
    if (SENTENCE_MARK.test(ctx.words[k]!)) return false;
    if (ctx.words[k - 1] === "," && isSpeechVerb(ctx.kb, ctx.words, k)) return true;
  }
  return false;
}

/**
 * The mention opens its clause before any verb ("Trump attacked Clinton ..., saying, “...”"): the
 * clause starts at the sentence start or after a quotation's closing mark.
 */
function clauseSubject(ctx: QuoteContext, first: number): boolean {
  const { doc, words } = ctx;
  const floor = doc.sentences[doc.tokens[first]!.sentence]!.firstToken;
  for (let k = first - 1; k >= floor; k--) {
    if (/^["\u201D]$/.test(words[k]!) && insideAny(doc.tokens[k]!.start - 1, ctx.quoted)) return true;
    if (VERB_TAGS.has(doc.tokens[k]!.pos) || PREPOSITIONS.has(words[k]!.toLowerCase())) return false;
  }
  return true;
}

/** The mention is the object of the verb just before it ("attacked Clinton", "told the senator"). */
function verbObject(ctx: QuoteContext, first: number): boolean {
  let k = first - 1;
  if (/^(the|a|an)$/i.test(ctx.words[k] ?? "")) k--;
  return k >= 0 && ctx.doc.tokens[k]!.pos === "VERB" && !isSpeechVerb(ctx.kb, ctx.words, k);
}

/** Tokens between two offsets' tokens, whichever comes first. */
function tokenGap(doc: Doc, a: number, b: number): number {
  return Math.abs(doc.tokenAt(a) - doc.tokenAt(b));
}

/** The feature vector of each candidate, in the order of `ctx.candidates`, and of the "no speaker" option. */
export function quoteFeatures(ctx: QuoteContext): { candidates: Features[]; none: Features } {
  const { doc, words, kb, quote } = ctx;
  const subjects = speechSubjects(ctx);
  const openSentence = doc.sentenceAt(quote.open);
  const closeSentence = Math.max(openSentence, doc.sentenceAt(quoteEnd(quote) - 1));
  const closeToken = doc.tokenAt(quoteEnd(quote));
  const openToken = doc.tokenAt(quote.open);
  const nearTheQuote = (v: number) => (v >= closeToken && v - closeToken <= 2) || (v < openToken && openToken - v <= 3);
  const after = (c: Candidate) => c.start >= quoteEnd(quote);
  const nearestBefore = [...ctx.candidates].reverse().find((c) => !after(c));
  const nearestAfter = ctx.candidates.find(after);

  const candidates = ctx.candidates.map((c): Features => {
    const f: Features = {};
    const sentence = doc.tokens[c.tokens[0]]!.sentence;
    const isAfter = after(c);
    f[`kind_${c.kind}`] = 1;
    if (!c.actor) f.unresolved = 1;
    if (c.actor?.type === "person") f.person = 1;
    if (isAfter) f.after_quote = 1;
    const gap = sentence < openSentence ? openSentence - sentence : Math.max(0, sentence - closeSentence);
    if (gap === 0) f.same_sentence = 1;
    else if (gap === 1) f.sentence_gap_1 = 1;
    else f.sentence_gap_2 = 1;
    if (doc.sentences[sentence]!.paragraph < quote.paragraph) f.previous_paragraph = 1;
    f.token_distance = log(isAfter ? tokenGap(doc, quoteEnd(quote), c.start) : tokenGap(doc, c.end, quote.open));
    if (c === nearestBefore) f.nearest_before = 1;
    if (c === nearestAfter) f.nearest_after = 1;
    if (isAfter && c.tokens[0] - closeToken <= 3) f.right_after_quote = 1;
    if (isAfter && sentence === closeSentence) {
      const between = words.slice(closeToken, c.tokens[0]).filter((w) => w !== ",");
      const rest = words[c.tokens[1]] ?? ".";
      if (!between.some((w) => /^[.;:!?]$/.test(w)) && /^[,.;:]$/.test(rest)) f.before_comma = 1;
    }
    const subject = subjects.find((s) => c.tokens[0] >= s.range[0] && c.tokens[1] <= s.range[1] && (s.inverted || c.tokens[1] === s.range[1]));
    if (subject) {
      f[subject.inverted ? "speech_subject_inverted" : "speech_subject"] = 1;
      if (nearTheQuote(subject.verb)) f.speech_verb_adjacent = 1;
    }
    if (speechVerbWithin(ctx, c.tokens[1], Math.min(doc.sentences[sentence]!.endToken, c.tokens[1] + 8))) f.verb_follows = 1;
    if (speechVerbWithin(ctx, Math.max(doc.sentences[sentence]!.firstToken, c.tokens[0] - 3), c.tokens[0])) f.verb_precedes = 1;
    if (appositionSubject(ctx, c.tokens[1])) f.apposition_subject = 1;
    if (clauseSubject(ctx, c.tokens[0])) f.clause_subject = 1;
    if (verbObject(ctx, c.tokens[0])) f.verb_object = 1;
    for (let j = Math.max(0, c.tokens[0] - 3); j < c.tokens[0]; j++) {
      const match = kb.speechPrepositions.match(words, j);
      if (match && j + match.length === c.tokens[0]) f.according_to = 1;
    }
    const rule = ctx.rules.subject;
    if (rule && c.tokens[0] >= rule[0] && c.tokens[1] <= rule[1]) f.rule_subject = 1;
    if (c.actor && c.actor.id === ctx.rules.speaker) f.rule_speaker = 1;
    if (c.actor && c.actor.id === ctx.rules.previousSpeaker) f.previous_speaker = 1;
    if (insideAny(c.start, ctx.quoted)) f.in_other_quote = 1;
    if (POSSESSIVES.has(words[c.tokens[1]] ?? "")) f.possessive = 1;
    const before = (words[c.tokens[0] - 1] ?? "").toLowerCase();
    if (PREPOSITIONS.has(before) || (/^(the|a|an)$/.test(before) && PREPOSITIONS.has((words[c.tokens[0] - 2] ?? "").toLowerCase()))) f.after_preposition = 1;
    if (c.actor) f.actor_mentions = log(c.actor.mentions.length);
    // Conjunctions a linear model cannot form on its own.
    if (f.same_sentence) f[isAfter ? "after_in_sentence" : "before_in_sentence"] = 1;
    if (f.previous_speaker && !f.same_sentence) f.continued_speaker = 1;
    if (c.kind === "pronoun" && (f.speech_subject || f.speech_subject_inverted)) f.pronoun_subject = 1;
    return f;
  });

  const text = doc.text.slice(quote.start, quote.end);
  const sentenceStart = doc.sentences[openSentence]?.start ?? quote.open;
  const none: Features = { none_bias: 1, none_candidates: log(ctx.candidates.length) };
  if (text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 3) none.none_short_quote = 1;
  if (/[\p{L}\p{N}]$/u.test(doc.text.slice(sentenceStart, quote.open).trimEnd())) none.none_embedded = 1;
  if (ctx.rules.speaker) none.none_rule_speaker = 1;
  if (subjects.some((s) => nearTheQuote(s.verb))) none.none_speech_verb = 1;
  return { candidates, none };
}
