import type { Clause, TokenRange } from "../../doc/clause.js";
import { clauseAt } from "../clauses/index.js";
import type { Wanted } from "./complement.js";
import type { SentenceContext } from "./context.js";
import { clauseWords } from "../clauses/words.js";
import { stanceWords } from "./words.js";
import { groupSubject } from "./groups.js";
import { contentClauseEnd } from "./content-clause.js";
import { RELATIVE_PRONOUNS, subjectEndingAt, type Subject } from "./subject.js";

/** 'a seven-point plan', 'general support': words that may qualify a position noun */
const NOUN_MODIFIERS = new Set(["DET", "ADJ", "ADV", "PRON", "NUM", "NOUN"]);
const TRAILING = new Set(["PUNCT", "CCONJ", "DET", "ADP"]);

function trimmedEnd(ctx: SentenceContext, floor: number, last: number): number {
  while (last > floor && TRAILING.has(ctx.pos(last))) last--;
  return last;
}

/**
 * The subject the clauses stage found for a predicate, when the words right before the verb name
 * none: a predicate joined to an earlier one ('The U.S. in July proposed ..., and has pressed the EC
 * to make a counter-offer'), a negated ability ('it could not approve', stance-negated-modals.json),
 * or a subject whose words are an actor's name the actors stage did not mark there ('The Tories
 * wanted'). Any other modal makes it someone else's wish or a guess ('Kestria must accept'): none.
 */
export function clauseSubject(ctx: SentenceContext, cueHead: number): Subject | null {
  const clause = clauseAt(ctx.doc, cueHead);
  const subject = clause?.subject;
  if (!clause || !subject || subject.relative || !isPredicateOf(ctx, cueHead, clause)) return null;
  const modal = clause.chain.modal;
  const refusal = modal !== null && clause.chain.negated && stanceWords().negatedModals.has(modal);
  if (!refusal && modal && !stanceWords().auxiliaries.has(modal)) return null;
  if (subject.shared || refusal) return subjectEndingAt(ctx, subject.head);
  return actorNamed(ctx, subject);
}

/** The cue is the clause's predicate, or follows its lone 'be' ('was not interested in'). */
function isPredicateOf(ctx: SentenceContext, cueHead: number, clause: Clause): boolean {
  if (cueHead === clause.predicate) return true;
  if (ctx.pos(clause.predicate) !== "AUX" || cueHead <= clause.predicate) return false;
  for (let k = clause.predicate + 1; k < cueHead; k++) if (ctx.pos(k) !== "ADV" && ctx.pos(k) !== "PART") return false;
  return true;
}

/** The one actor whose name or alias is exactly the words of a subject, without its determiner. */
function actorNamed(ctx: SentenceContext, subject: TokenRange): Subject | null {
  let first = subject.first;
  while (first < subject.last && ctx.pos(first) === "DET") first++;
  const words = ctx.doc.text.slice(ctx.doc.tokens[first]!.start, ctx.doc.tokens[subject.last]!.end).replace(/\s+/g, " ").toLowerCase();
  const found = ctx.index.actorsNamed(words).filter((a) => a.type !== "place");
  return found.length === 1 ? { actors: [found[0]!], first: subject.first } : null;
}

/**
 * The holder of a position noun that is the object of a light verb ('the Dutch delegation gave
 * general support to the Commission line', 'Egypt expressed opposition to'): the clause's subject,
 * unless the chain is negated or modal.
 */
export function lightVerbSubject(ctx: SentenceContext, noun: number): Subject | null {
  const clause = clauseAt(ctx.doc, noun);
  const object = clause?.object;
  const subject = clause?.subject;
  if (!clause || !object || !subject || subject.relative || noun < object.first || noun > object.last) return null;
  if (clause.chain.negated || (clause.chain.modal && !stanceWords().auxiliaries.has(clause.chain.modal))) return null;
  if (!stanceWords().lightVerbs.has(ctx.word(clause.predicate))) return null;
  // the noun heads the object: only determiners and modifiers stand between the verb and it
  for (let k = object.first; k < noun; k++) if (!NOUN_MODIFIERS.has(ctx.pos(k)) && !ctx.isWordHyphen(k)) return null;
  return subjectEndingAt(ctx, subject.head) ?? actorNamed(ctx, subject) ?? groupSubject(ctx, subject.head);
}

/**
 * Who says the clause holding token `at`, from the speech frame the clauses stage found ('WMC says
 * the bid is too low', 'the proposals were unacceptable, the ministers said'): the one actor named in
 * the speaker's words, or null.
 */
export function frameSpeaker(ctx: SentenceContext, at: number): Subject | null {
  const speaker = clauseAt(ctx.doc, at)?.frame?.speaker;
  if (!speaker) return null;
  const actors = [...new Set(ctx.index.nestedMentionsIn(speaker.first, speaker.last + 1).map((m) => m.actor).filter((a) => a.type !== "place"))];
  if (actors.length === 1) return { actors, first: speaker.first };
  return actors.length === 0 ? actorNamed(ctx, speaker) : null;
}

/** The subject the clauses stage found for the predicate at `verb` ('the Prime Minister's advice to Her Majesty was'), as a wanted thing. */
export function predicateSubject(ctx: SentenceContext, verb: number): Wanted | null {
  const clause = clauseAt(ctx.doc, verb);
  const subject = clause?.subject;
  if (!clause || clause.predicate !== verb || !subject || subject.shared || subject.relative) return null;
  return { first: subject.first, last: subject.last, form: "noun" };
}

/** Whether the clauses stage read the chain of the predicate at `verb` as negated ("don't want", 'would never accept'). */
export function clauseNegated(ctx: SentenceContext, verb: number): boolean {
  const clause = clauseAt(ctx.doc, verb);
  return clause?.predicate === verb && clause.chain.negated;
}

/**
 * Where evidence stops: a relative or subordinate clause, another clause's own words, a verb of
 * saying, an adjunct after a comma (', alleging ...') or 'and' opening a new clause.
 */
function stopsEvidence(ctx: SentenceContext, k: number): boolean {
  const word = ctx.word(k);
  if (ctx.pos(k) === "SCONJ" || RELATIVE_PRONOUNS.has(word) || clauseWords().speechVerbs.has(word)) return true;
  if (clauseAt(ctx.doc, k)?.first === k + 1 || clauseAt(ctx.doc, k)?.first === k) return true;
  if (word === "," && (clauseWords().speechVerbs.has(ctx.word(k + 1)) || (ctx.pos(k + 1) === "VERB" && ctx.word(k + 1).endsWith("ing")))) return true;
  return (word === "and" || word === "but") && ctx.pos(k + 1) !== "VERB";
}

/**
 * The last token of the evidence for a wanted thing: when a verb phrase joined by 'and' goes on
 * with it inside the same object ('oppose parts of the plan seeking a market sharing agreement, and
 * proposing curbs on exports'), the evidence runs on to the object's end, so what the issue leaves out
 * stays quoted; a noun with a content clause after it ("suggestions the EC agree a freeze") runs on over the
 * clause; otherwise the wanted thing's own end.
 */
export function evidenceLast(ctx: SentenceContext, wanted: Wanted): number {
  const content = contentClauseEnd(ctx, wanted);
  if (content > wanted.last) return content;
  let next = wanted.last + 1;
  if (ctx.word(next) === ",") next++;
  if ((ctx.word(next) !== "and" && ctx.word(next) !== "or") || ctx.pos(next + 1) !== "VERB") return wanted.last;
  const clause = clauseAt(ctx.doc, wanted.first);
  let last = wanted.last;
  for (const range of [clause?.object, clause?.complement]) {
    if (range && range.first <= wanted.first && range.last > last && range.last < ctx.end) last = range.last;
  }
  for (let k = next + 2; k <= last; k++) {
    if (stopsEvidence(ctx, k)) return trimmedEnd(ctx, wanted.last, k - 1);
  }
  return last;
}
