import type { ActorRecord } from "../../record/schema.js";
import { firstPerson, resolveAnaphor } from "./anaphora.js";
import type { MentionRef, SentenceContext } from "./context.js";
import { documentSubject } from "./document-owner.js";
import { ownSideSubject } from "./speaker.js";
import { stanceWords } from "./words.js";

/**
 * Who holds a position: the actors of the subject, or `unresolved` for a pronoun whose referent is
 * ambiguous (the position keeps a null actor). `first` is the subject's first token.
 */
export interface Subject {
  actors: ActorRecord[] | "unresolved";
  first: number;
}

/** What stands between the subject and a stance verb. */
export interface VerbChain {
  /** last token of the subject, or -1 */
  subjectLast: number;
  negated: boolean;
  pending: boolean;
  hasBe: boolean;
}

const POSSESSIVE = new Set(["'s", "'"]);
export const RELATIVE_PRONOUNS = new Set(["who", "whom", "which", "that"]);
const CONJUNCTIONS = new Set(["and", ","]);

/** The first token of a time phrase ending at token `last` ('on Tuesday', 'earlier this month'), or `last + 1`. */
function timePhraseStart(ctx: SentenceContext, last: number): number {
  const w = stanceWords();
  let first = last + 1;
  let core = false;
  for (let k = last; ctx.inside(k) && !ctx.mentionAt(k); k--) {
    const word = ctx.word(k);
    if (w.timeCore.has(word)) core = true;
    else if (!w.timeJoiners.has(word) && ctx.pos(k) !== "NUM") break;
    if (core) first = k;
  }
  return first;
}

/** A quotation may open inside a verb chain: 'stood ready "to support any arrangement"'. */
const DOUBLE_QUOTE_MARKS = new Set(['"', "\u201c", "\u201d"]);

function skipQuoteMarks(ctx: SentenceContext, i: number): number {
  while (DOUBLE_QUOTE_MARKS.has(ctx.word(i))) i--;
  return i;
}

/** Walks left from a verb over auxiliaries, adverbs, negators and time phrases ('on Tuesday formally rejected'). */
export function verbChain(ctx: SentenceContext, verb: number): VerbChain {
  const w = stanceWords();
  const chain: VerbChain = { subjectLast: -1, negated: false, pending: false, hasBe: false };
  let i = verb - 1;
  while (ctx.inside(i) && !ctx.mentionAt(i)) {
    const word = ctx.word(i);
    const time = timePhraseStart(ctx, i);
    if (time <= i) {
      i = time - 1;
      continue;
    }
    if (w.negators.has(word)) chain.negated = true;
    else if (w.pending.has(word)) chain.pending = true;
    else if (w.beForms.has(word)) chain.hasBe = true;
    else if (word === "to" && w.control.has(ctx.word(skipQuoteMarks(ctx, i - 1)))) i = skipQuoteMarks(ctx, i - 1);
    else if (!DOUBLE_QUOTE_MARKS.has(word) && !w.auxiliaries.has(word) && ctx.pos(i) !== "ADV") break;
    i--;
  }
  chain.subjectLast = ctx.inside(i) ? i : -1;
  return chain;
}

const NAME_MODIFIERS = new Set(["DET", "ADJ", "NUM"]);

/** The token before a name and its modifiers ('of the 55-member AU' gives 'of'). */
function wordBefore(ctx: SentenceContext, first: number): number {
  let k = first - 1;
  while (ctx.inside(k) && (NAME_MODIFIERS.has(ctx.pos(k)) || ctx.isWordHyphen(k) || ctx.isWordHyphen(k - 1))) k--;
  return k;
}

/** Actors joined to a mention by 'and' or commas on its left ('the United States and Russia'). */
function conjoined(ctx: SentenceContext, mention: MentionRef): Subject | null {
  const actors = [mention.actor];
  let first = mention.first;
  for (;;) {
    let j = first - 1;
    if (!CONJUNCTIONS.has(ctx.word(j))) break;
    if (ctx.word(j) === "and" && ctx.word(j - 1) === ",") j--;
    const previous = ctx.mentionAt(j - 1);
    if (!previous) break;
    if (!actors.includes(previous.actor)) actors.unshift(previous.actor);
    first = previous.first;
  }
  // 'talks between Israel and Hamas': the actors are a preposition's object, not the subject
  if (ctx.pos(wordBefore(ctx, first)) === "ADP") return null;
  return { actors, first };
}

/** 'Hamas's negotiators', 'the Hamas delegation', 'Israel's security cabinet': the actor behind them. */
function proxyOwner(ctx: SentenceContext, noun: number): MentionRef | undefined {
  if (!stanceWords().proxies.has(ctx.word(noun))) return undefined;
  let j = noun - 1;
  while ((ctx.pos(j) === "ADJ" || ctx.pos(j) === "NOUN") && !ctx.mentionAt(j) && j > noun - 3) j--;
  if (POSSESSIVE.has(ctx.word(j))) j--;
  return ctx.mentionAt(j);
}

/** After a preposition or a verb other than 'said', 'believes'..., a pronoun is an object ('get it back'). */
function isObjectPosition(ctx: SentenceContext, at: number): boolean {
  const pos = ctx.pos(at - 1);
  return pos === "ADP" || (pos === "VERB" && !stanceWords().clauseVerbs.has(ctx.word(at - 1)));
}

/**
 * An anaphor ending at token `last` ('it', 'the group'). `possessive` chooses 'its' over 'it'; as a
 * subject ('subject' role) it must not stand where an object does.
 */
function anaphorAt(ctx: SentenceContext, last: number, possessive: boolean, role: "subject" | "owner"): Subject | null {
  const anaphors = stanceWords().anaphors;
  for (const length of [2, 1]) {
    const first = last - length + 1;
    const words = [];
    for (let k = first; k <= last; k++) words.push(ctx.word(k));
    const target = anaphors.get(words.join(" "));
    if (target && target.possessive === possessive && ctx.inside(first)) {
      return role === "owner" || !isObjectPosition(ctx, first) ? resolveAnaphor(ctx, first, target) : null;
    }
  }
  return null;
}

/** A named actor ending at token `last`, directly or through a proxy noun. */
function namedSubject(ctx: SentenceContext, last: number): Subject | null {
  const mention = ctx.mentionAt(last);
  if (mention) return conjoined(ctx, placeQualified(ctx, mention) ?? mention);
  const owner = proxyOwner(ctx, last);
  return owner ? { actors: [owner.actor], first: owner.first } : null;
}

/** 'the ruling Democratic Rally in Cyprus hailed': a place or state after 'in' says where the party named before it is. */
function placeQualified(ctx: SentenceContext, mention: MentionRef): MentionRef | null {
  if ((mention.actor.type !== "place" && mention.actor.type !== "state") || ctx.word(mention.first - 1) !== "in") return null;
  const party = ctx.mentionAt(mention.first - 2);
  return party && party.actor.type !== "place" ? party : null;
}

/**
 * The subject whose last token is `last`: a named actor, 'X and Y', 'X's negotiators', a pronoun,
 * 'we' in a quote, the antecedent of 'who/which/that', a name before a parenthesis
 * ('Hamas, which rules Gaza, has rejected') or, with `ownSide`, 'the government' said by a state
 * official and 'the plan' standing for its author. Anything else is no subject: no position.
 */
export function subjectEndingAt(ctx: SentenceContext, last: number, ownSide = true): Subject | null {
  const named = namedSubject(ctx, last);
  if (named) return named;
  const word = ctx.word(last);
  if (RELATIVE_PRONOUNS.has(word)) {
    const antecedent = ctx.mentionAt(ctx.word(last - 1) === "," ? last - 2 : last - 1);
    return antecedent ? { actors: [antecedent.actor], first: antecedent.first } : null;
  }
  if (word === ",") return beforeParenthesis(ctx, last);
  return anaphorAt(ctx, last, false, "subject") ?? firstPerson(ctx, last) ?? (ownSide ? ownSideSubject(ctx, last) ?? documentSubject(ctx, last) : null);
}

/**
 * 'Hamas, which rules Gaza, has rejected': the actor before an opening comma. Of several commas the
 * nearest one after a name that is not the object of a verb or preposition ('the United States, no
 * matter who sits in the Oval Office, wants' is the United States).
 */
function beforeParenthesis(ctx: SentenceContext, comma: number): Subject | null {
  // 'the EU ambassador to the WTO, Carlo Trojan, said': a person's name set off by commas is the subject
  const apposed = ctx.mentionAt(comma - 1);
  if (apposed && apposed.last === comma - 1 && apposed.actor.type === "person" && ctx.word(apposed.first - 1) === ",") {
    return { actors: [apposed.actor], first: apposed.first };
  }
  for (let k = comma - 1; k > comma - 25 && ctx.inside(k); k--) {
    if (ctx.word(k) !== ",") continue;
    // 'The firm, which serves the province, wants': a description before the parenthesis refers back
    const named = namedSubject(ctx, k - 1) ?? (k === comma - 1 ? null : anaphorAt(ctx, k - 1, false, "subject"));
    if (named && named.actors !== "unresolved" && ctx.pos(wordBefore(ctx, named.first)) !== "VERB") return named;
  }
  return null;
}

/**
 * The owner of a position noun: 'the government's refusal', 'its demand', 'Hamas's repeated calls',
 * or a name used as a modifier ('U.S. support for').
 */
export function possessorOf(ctx: SentenceContext, noun: number): Subject | null {
  let j = noun - 1;
  while ((ctx.pos(j) === "ADJ" || ctx.pos(j) === "ADV") && j > noun - 4) j--;
  if (POSSESSIVE.has(ctx.word(j))) return namedSubject(ctx, j - 1) ?? anaphorAt(ctx, j - 1, false, "owner");
  const modifier = ctx.mentionAt(j);
  if (modifier && modifier.actor.type !== "place") return { actors: [modifier.actor], first: modifier.first };
  return anaphorAt(ctx, j, true, "owner");
}
