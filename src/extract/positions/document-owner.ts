import type { ActorRecord } from "../../record/schema.js";
import { SentenceContext } from "./context.js";
import { possessorOf, RELATIVE_PRONOUNS, subjectEndingAt, verbChain, type Subject } from "./subject.js";
import { stanceWords } from "./words.js";

/** How many sentences back the author of 'the plan' is looked for. */
const LOOKBACK = 6;
const DEFINITE = new Set(["the", "this", "that"]);
const BEFORE_NOUN = new Set(["DET", "ADJ", "NUM", "NOUN"]);
const MAX_MODIFIERS = 6;
const MAX_AGENT_GAP = 4;

const resolved = (subject: Subject | null): ActorRecord[] | null =>
  subject && subject.actors !== "unresolved" ? subject.actors : null;

/** The first token of a document-making verb phrase ending at token `last` ('put forward'), or -1. */
function makingVerbEndingAt(ctx: SentenceContext, last: number): number {
  const phrase = stanceWords().documentVerbs.find((p) => ctx.matches(last - p.length + 1, p));
  return phrase ? last - phrase.length + 1 : -1;
}

/** 'Valdoria put forward a 30-day proposal': the subject of the verb that made it. */
function makerBefore(ctx: SentenceContext, noun: number): ActorRecord[] | null {
  let k = noun - 1;
  while (k > noun - MAX_MODIFIERS && (BEFORE_NOUN.has(ctx.pos(k)) || ctx.isWordHyphen(k)) && !ctx.mentionAt(k)) k--;
  const verb = makingVerbEndingAt(ctx, k);
  if (verb < 0) return null;
  const chain = verbChain(ctx, verb);
  return chain.negated || chain.hasBe || chain.subjectLast < 0 ? null : resolved(subjectEndingAt(ctx, chain.subjectLast, false));
}

/** 'the plan, which the rebels delivered': the subject of a relative clause that made it. */
function relativeMaker(ctx: SentenceContext, noun: number): ActorRecord[] | null {
  const pronoun = ctx.word(noun + 1) === "," ? noun + 2 : noun + 1;
  if (!RELATIVE_PRONOUNS.has(ctx.word(pronoun))) return null;
  const opening = ctx.pos(pronoun + 1) === "DET" ? pronoun + 2 : pronoun + 1;
  for (let last = pronoun + 1; last <= pronoun + 4; last++) {
    const subject = subjectEndingAt(ctx, last, false);
    if (!subject || (subject.first !== pronoun + 1 && subject.first !== opening)) continue;
    let verb = last + 1;
    while (stanceWords().auxiliaries.has(ctx.word(verb))) verb++;
    if (stanceWords().documentVerbs.some((p) => ctx.matches(verb, p))) return resolved(subject);
  }
  return null;
}

/** 'The offer was presented at the talks by Foreign Minister Lidia Marek': the agent of the passive. */
function passiveMaker(ctx: SentenceContext, noun: number): ActorRecord[] | null {
  const be = noun + 1;
  if (!stanceWords().beForms.has(ctx.word(be)) || makingVerbEndingAt(ctx, be + 1) !== be + 1) return null;
  for (let k = be + 2; ctx.inside(k); k++) {
    if (ctx.word(k) !== "by") continue;
    for (let j = k + 1; j <= k + MAX_AGENT_GAP; j++) {
      const agent = ctx.mentionAt(j);
      if (agent) return [agent.actor];
    }
    return null;
  }
  return null;
}

function authorAt(ctx: SentenceContext, noun: number): ActorRecord[] | null {
  return resolved(possessorOf(ctx, noun)) ?? relativeMaker(ctx, noun) ?? makerBefore(ctx, noun) ?? passiveMaker(ctx, noun);
}

/** The author of the nearest earlier document with a known author, the same noun first ('the plan' before 'the offer'). */
function earlierAuthor(ctx: SentenceContext, noun: number): ActorRecord[] | null {
  const documents = stanceWords().documents;
  const wanted = ctx.word(noun);
  let other: ActorRecord[] | null = null;
  for (let s = ctx.sentence; s >= 0 && s >= ctx.sentence - LOOKBACK; s--) {
    const sentence = s === ctx.sentence ? ctx : new SentenceContext(ctx.index, s);
    for (let k = s === ctx.sentence ? noun - 1 : sentence.end - 1; k >= sentence.first; k--) {
      if (!documents.has(sentence.word(k))) continue;
      const author = authorAt(sentence, k);
      if (author && sentence.word(k) === wanted) return author;
      other ??= author;
    }
  }
  return other;
}

/**
 * A document as subject, ending at token `last` ('The plan also calls for ...'): its author states
 * the position. The author is its owner ('the NLF's plan') or the maker of the nearest earlier
 * mention of a document. Null when none is known.
 */
export function documentSubject(ctx: SentenceContext, last: number): Subject | null {
  if (!stanceWords().documents.has(ctx.word(last))) return null;
  const owner = possessorOf(ctx, last);
  if (owner) return owner;
  let first = last - 1;
  while (ctx.pos(first) === "ADJ" || ctx.isWordHyphen(first) || ctx.isWordHyphen(first + 1)) first--;
  if (!DEFINITE.has(ctx.word(first))) return null;
  const author = earlierAuthor(ctx, last);
  return author ? { actors: author, first } : null;
}
