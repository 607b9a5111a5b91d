import type { SentenceContext } from "./context.js";
import { mentionAfter, type CueMatch, type Stance } from "./cues.js";
import { nounPhraseEndingAt, type Wanted } from "./complement.js";
import { possessorOf, subjectEndingAt, verbChain, type Subject } from "./subject.js";

/** Who holds the position a cue states, with the stance after negation. */
export interface Holder {
  subject: Subject;
  stance: Stance;
  /** for a passive ('the plan was rejected by Hamas'): the wanted thing is the grammatical subject */
  passiveObject?: Wanted;
}

/** 'was rejected by Hamas': the 'by' actor holds the position; without one, nobody known does. */
function passiveHolder(ctx: SentenceContext, cue: CueMatch, subjectLast: number, stance: Stance): Holder | null {
  const agent = ctx.word(cue.after) === "by" ? mentionAfter(ctx, cue.after + 1) : undefined;
  const object = nounPhraseEndingAt(ctx, subjectLast);
  if (!agent || !object) return null;
  return { subject: { actors: [agent.actor], first: agent.first }, stance, passiveObject: object };
}

function verbHolder(ctx: SentenceContext, cue: CueMatch): Holder | null {
  const chain = verbChain(ctx, cue.head);
  if (chain.pending || chain.subjectLast < 0) return null;
  if (cue.kind === "adjective" && !chain.hasBe) return null;
  // a refusal is already negative: 'did not say it would not' is too tangled to call
  if (cue.kind === "refusal" && chain.negated) return null;
  const stance = chain.negated ? cue.negated : cue.stance;
  if (!stance) return null;
  if (cue.kind === "verb" && chain.hasBe && cue.participle) return passiveHolder(ctx, cue, chain.subjectLast, stance);
  const subject = subjectEndingAt(ctx, chain.subjectLast);
  return subject ? { subject, stance } : null;
}

function nounHolder(ctx: SentenceContext, cue: CueMatch): Holder | null {
  if (cue.agentMention !== undefined) {
    const agent = ctx.mentionAt(cue.agentMention)!;
    return { subject: { actors: [agent.actor], first: agent.first }, stance: cue.stance };
  }
  const subject = possessorOf(ctx, cue.head);
  return subject ? { subject, stance: cue.stance } : null;
}

export function holderOf(ctx: SentenceContext, cue: CueMatch): Holder | null {
  return cue.kind === "noun" ? nounHolder(ctx, cue) : verbHolder(ctx, cue);
}
