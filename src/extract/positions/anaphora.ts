import type { ActorRecord, QuoteRecord } from "../../record/schema.js";
import { SentenceContext, type MentionRef } from "./context.js";
import { clausesOfSentence } from "../clauses/index.js";
import { reportingSpeaker } from "./frame-speaker.js";
import type { Subject } from "./subject.js";
import { stanceWords, type AnaphorTarget } from "./words.js";
import { groupAntecedent } from "./groups.js";

function compatible(actor: ActorRecord, target: AnaphorTarget): boolean {
  return target.types.has(actor.type) && !(target.gender && actor.gender && actor.gender !== target.gender);
}

/** The actor a speaker talks for: the one named by the speaker's affiliation, if the document has it. */
export function sideOf(ctx: SentenceContext, speaker: ActorRecord): ActorRecord | undefined {
  const affiliation = speaker.affiliation?.toLowerCase();
  if (!affiliation) return undefined;
  return ctx.index.actorsNamed(affiliation).find((a) => a !== speaker);
}

/** The speaker of the quotation holding token i and the side the speaker talks for. */
function speakerAndSide(ctx: SentenceContext, quote: QuoteRecord | undefined): ActorRecord[] {
  const speaker = ctx.doc.actor(quote?.speaker);
  if (!speaker) return [];
  const side = sideOf(ctx, speaker);
  return side ? [speaker, side] : [speaker];
}

function distinctCompatible(mentions: MentionRef[], target: AnaphorTarget, excluded: ActorRecord[]): ActorRecord[] {
  const found: ActorRecord[] = [];
  for (const m of mentions) {
    if (compatible(m.actor, target) && !found.includes(m.actor) && !excluded.includes(m.actor)) found.push(m.actor);
  }
  return found;
}

/**
 * The subject of a reported clause ('X told Y it would not ...') is the reporting speaker when
 * compatible. Otherwise an anaphor takes the one compatible actor mentioned earlier in its sentence, or when there is
 * none, the one in the previous sentence; a definite description ('the rebels') may also take the
 * one compatible actor of the document so far. Inside a quotation, the speaker and the speaker's
 * side are never the referent of a third-person word ('They want us to hand over the port', says
 * the rebel commander of the government), and the sentence's words outside the quotation are not
 * candidates. Two candidates make it ambiguous: no guess.
 */
export function resolveAnaphor(ctx: SentenceContext, at: number, target: AnaphorTarget, depth = 0): Subject {
  const quote = ctx.quoteAt(at);
  const reporter = quote ? null : reportingSpeaker(ctx, at, (actor) => compatible(actor, target));
  if (reporter) return { actors: [reporter], first: at };
  const index = ctx.index;
  const from = quote ? Math.max(ctx.first, ctx.doc.tokenAt(quote.start)) : ctx.first;
  // "Southcorp's board has informed Foster's that it is not prepared", said Southcorp's chairman: a
  // side the speaker names in the quotation may be the referent after all
  const named = new Set(index.nestedMentionsIn(from, at).map((m) => m.actor));
  const excluded = speakerAndSide(ctx, quote).filter((actor) => !named.has(actor));
  let candidates = distinctCompatible(index.nestedMentionsIn(from, at), target, excluded);
  const previous = ctx.doc.sentences[ctx.sentence - 1];
  // 'Consumer delegates said they had not been prepared to accept': the group subject before 'they'
  const group = candidates.length === 0 && !quote && target.plural ? groupAntecedent(ctx, at) ?? coordinatedAntecedent(ctx, at) : null;
  if (group) return { actors: group.actors, first: at };
  if (candidates.length === 0 && previous) {
    candidates = distinctCompatible(index.nestedMentionsIn(previous.firstToken, previous.endToken), target, excluded);
  }
  if (candidates.length === 0 && target.definite) candidates = distinctCompatible(index.nestedMentionsIn(0, at), target, excluded);
  if (candidates.length === 0 && !quote && depth < MAX_CHAIN) {
    const carried = carriedOver(ctx, at, target, depth);
    if (carried) return { actors: carried.actors, first: at };
  }
  return { actors: candidates.length === 1 ? candidates : "unresolved", first: at };
}

/**
 * 'Cantona and Solskjaer, and manager Ferguson, have backed the group. They have all spoken out
 * against the bid.': a plural pronoun opening its sentence takes up a subject of the previous
 * sentence that joins two or more actors, people included, all of them.
 */
function coordinatedAntecedent(ctx: SentenceContext, at: number): Subject | null {
  if (at !== ctx.first || ctx.sentence === 0) return null;
  const previous = new SentenceContext(ctx.index, ctx.sentence - 1);
  const clause = clausesOfSentence(ctx.doc, previous.sentence).find((c) => c.subject && !c.subject.shared && !c.subject.relative);
  if (!clause?.subject) return null;
  // the clauses stage keeps one of joined names as the subject: the whole subject runs from the sentence start to its verb
  const isVerb = (k: number) => previous.pos(k) === "VERB" || previous.pos(k) === "AUX";
  let last = clause.subject.last;
  while (last + 1 < previous.end && !isVerb(last + 1)) last++;
  let joined = false;
  for (let k = previous.first; k <= last; k++) {
    if (isVerb(k)) return null;
    joined ||= previous.word(k) === "and";
  }
  if (!joined) return null;
  const actors: ActorRecord[] = [];
  for (const m of ctx.index.nestedMentionsIn(previous.first, last + 1)) {
    if (m.actor.type !== "place" && !actors.includes(m.actor)) actors.push(m.actor);
  }
  return actors.length >= 2 ? { actors, first: at } : null;
}

/** How many sentences back a pronoun may hand on its referent ('he has rejected ... He has also asked for'). */
const MAX_CHAIN = 2;

/**
 * 'But he has rejected any tariff increases. He has also asked for more investments.': when the
 * previous sentence names no one and has the same word as the subject of one of its clauses, that
 * word's referent is this one's.
 */
function carriedOver(ctx: SentenceContext, at: number, target: AnaphorTarget, depth: number): Subject | null {
  if (ctx.sentence === 0) return null;
  const previous = new SentenceContext(ctx.index, ctx.sentence - 1);
  const word = ctx.word(at);
  for (const clause of clausesOfSentence(ctx.doc, previous.sentence)) {
    const subject = clause.subject;
    if (!subject || subject.shared || subject.first !== subject.last || previous.word(subject.first) !== word) continue;
    const resolved = resolveAnaphor(previous, subject.first, target, depth + 1);
    return resolved.actors === "unresolved" ? null : resolved;
  }
  return null;
}

/** 'We', 'I' inside a quotation: the speaker, or the side the speaker talks for. */
export function firstPerson(ctx: SentenceContext, at: number): Subject | null {
  const w = stanceWords();
  const word = ctx.word(at);
  if (!w.speakerWords.has(word) && !w.sideWords.has(word)) return null;
  const speaker = ctx.doc.actor(ctx.quoteAt(at)?.speaker);
  if (!speaker) return null;
  const side = w.sideWords.has(word) ? sideOf(ctx, speaker) : undefined;
  return { actors: [side ?? speaker], first: at };
}
