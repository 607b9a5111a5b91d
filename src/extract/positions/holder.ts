import type { MentionRef, SentenceContext } from "./context.js";
import { mentionAfter, type CueMatch, type Stance } from "./cues.js";
import { nounPhraseEndingAt, type Wanted } from "./complement.js";
import { clauseNegated, clauseSubject, lightVerbSubject } from "./clause-reading.js";
import { sharedSubject } from "./coordination.js";
import { possessorOf, subjectEndingAt, verbChain, type Subject } from "./subject.js";
import { stanceWords } from "./words.js";
import { groupSubject } from "./groups.js";

/** Who holds the position a cue states, with the stance after negation. */
export interface Holder {
  subject: Subject;
  stance: Stance;
  /** for a passive ('the plan was rejected by Hamas'): the wanted thing is the grammatical subject */
  passiveObject?: Wanted;
}

/** 'by the United States, Japan and the EC': the actors named one after another from token `at`. */
function agentsFrom(ctx: SentenceContext, at: number): MentionRef[] {
  const agents: MentionRef[] = [];
  let next = mentionAfter(ctx, at);
  while (next && next.actor.type !== "place") {
    if (!agents.some((a) => a.actor === next!.actor)) agents.push(next);
    let k = next.last + 1;
    if (ctx.word(k) !== "," && ctx.word(k) !== "and") break;
    if (ctx.word(k) === "," && ctx.word(k + 1) === "and") k++;
    next = mentionAfter(ctx, k + 1);
  }
  return agents;
}

/** 'was rejected by Hamas', 'its application supported by the United States and Japan': the 'by' actors hold the position; without one, nobody known does. */
function passiveHolder(ctx: SentenceContext, cue: CueMatch, subjectLast: number, stance: Stance): Holder | null {
  const agents = ctx.word(cue.after) === "by" ? agentsFrom(ctx, cue.after + 1) : [];
  const object = nounPhraseEndingAt(ctx, subjectLast);
  if (agents.length === 0 || !object) return null;
  return { subject: { actors: agents.map((a) => a.actor), first: agents[0]!.first }, stance, passiveObject: object };
}

/** 'China's application supported by the United States': a participle right after the noun it qualifies, with its 'by' agent. */
function isReducedPassive(ctx: SentenceContext, cue: CueMatch, subjectLast: number): boolean {
  return cue.kind === "verb" && cue.participle && subjectLast === cue.head - 1 && ctx.word(cue.after) === "by"
    && ctx.pos(subjectLast) === "NOUN" && !ctx.mentionAt(subjectLast);
}

function verbHolder(ctx: SentenceContext, cue: CueMatch): Holder | null {
  const chain = verbChain(ctx, cue.head);
  if (chain.pending || chain.subjectLast < 0) return null;
  if (cue.kind === "adjective" && !chain.hasBe) return null;
  // a refusal is already negative: 'did not say it would not' is too tangled to call
  if (cue.kind === "refusal" && chain.negated) return null;
  const negated = chain.negated || (cue.kind === "verb" && clauseNegated(ctx, cue.head));
  const stance = negated ? cue.negated : cue.stance;
  if (!stance) return null;
  if (cue.kind === "verb" && chain.hasBe && cue.participle) return passiveHolder(ctx, cue, chain.subjectLast, stance);
  if (isReducedPassive(ctx, cue, chain.subjectLast)) return passiveHolder(ctx, cue, chain.subjectLast, stance);
  // 'consumer countries are welcome to take part': a base form after 'be' is an adjective, no act of the subject
  if (cue.kind === "verb" && chain.hasBe && !ctx.word(cue.head).endsWith("ing") && ctx.pos(cue.head) !== "VERB") return null;
  if (cue.firstPersonOnly && !isFirstPerson(ctx, chain.subjectLast)) return null;
  const subject = subjectEndingAt(ctx, chain.subjectLast) ?? sharedSubject(ctx, chain.subjectLast) ?? clauseSubject(ctx, cue.head) ?? groupSubject(ctx, chain.subjectLast);
  return subject ? { subject, stance } : null;
}

function isFirstPerson(ctx: SentenceContext, i: number): boolean {
  const w = stanceWords();
  return w.speakerWords.has(ctx.word(i)) || w.sideWords.has(ctx.word(i));
}

/** 'the rebels dropped their demand for elections': a retraction right before the noun's owner or determiner. */
function isRetracted(ctx: SentenceContext, noun: number, owner: number): boolean {
  let start = Math.min(noun, owner);
  while (ctx.pos(start - 1) === "DET" || ctx.pos(start - 1) === "ADJ") start--;
  return stanceWords().retractions.some((phrase) => ctx.matches(start - phrase.length, phrase));
}

function nounHolder(ctx: SentenceContext, cue: CueMatch): Holder | null {
  if (cue.agentMention !== undefined) {
    const agent = ctx.mentionAt(cue.agentMention)!;
    if (isRetracted(ctx, cue.head, cue.head)) return null;
    return { subject: { actors: [agent.actor], first: agent.first }, stance: cue.stance };
  }
  const subject = possessorOf(ctx, cue.head) ?? lightVerbSubject(ctx, cue.head);
  if (subject) return isRetracted(ctx, cue.head, subject.first) ? null : { subject, stance: cue.stance };
  return cue.predicate ? predicateHolder(ctx, cue) : null;
}

const NOUN_MODIFIERS = new Set(["DET", "ADJ", "ADV"]);

/** 'the United States is a strong supporter of the loan': the subject of 'be' holds what the noun names it for; 'is not a supporter' is no position. */
function predicateHolder(ctx: SentenceContext, cue: CueMatch): Holder | null {
  let start = cue.head;
  while (start > cue.head - 4 && NOUN_MODIFIERS.has(ctx.pos(start - 1)) && !stanceWords().negators.has(ctx.word(start - 1))) start--;
  const chain = verbChain(ctx, start);
  if (!chain.hasBe || chain.negated || chain.pending || chain.subjectLast < 0) return null;
  const subject = subjectEndingAt(ctx, chain.subjectLast) ?? clauseSubject(ctx, cue.head);
  return subject ? { subject, stance: cue.stance } : null;
}

export function holderOf(ctx: SentenceContext, cue: CueMatch): Holder | null {
  return cue.kind === "noun" ? nounHolder(ctx, cue) : verbHolder(ctx, cue);
}
