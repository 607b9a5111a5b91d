import type { SentenceContext } from "./context.js";
import { stanceWords } from "./words.js";

/** How the wanted thing is phrased: a clause ('that forces leave'), a verb phrase ('to withdraw') or a noun phrase. */
export type WantedForm = "clause" | "verb" | "noun";

/** One wanted thing as a token range (inclusive). */
export interface Wanted {
  first: number;
  last: number;
  form: WantedForm;
}

const MAX_TOKENS = 30;
const TRAILING = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "PRON"]);
const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
const CONTENT = new Set(["VERB", "ADJ"]);
export const QUOTE_MARKS = new Set(['"', "\u201c", "\u201d", "'", "\u2018"]);
const CLOSING_MARKS = new Set(['"', "\u201d"]);
const PRONOUN_SUBJECTS = new Set(["i", "we", "you", "he", "she", "it", "they"]);

const isVerb = (ctx: SentenceContext, i: number) => ctx.pos(i) === "VERB";

/** A verb or auxiliary that is not an infinitive ('to withdraw') nor joined by 'and'. */
function isFiniteVerb(ctx: SentenceContext, i: number): boolean {
  const pos = ctx.pos(i);
  if (pos !== "VERB" && pos !== "AUX") return false;
  // 'to freeze and subsequently reduce': adverbs between do not make the verb finite
  let k = i - 1;
  while (ctx.pos(k) === "ADV" && k > i - 3) k--;
  const before = ctx.word(k);
  return before !== "to" && before !== "and" && before !== "or" && ctx.pos(k) !== "AUX";
}

export function boundaryAt(ctx: SentenceContext, i: number): boolean {
  return stanceWords().boundaries.get(ctx.word(i))?.some((phrase) => ctx.matches(i, phrase)) ?? false;
}

/** Punctuation that ends the wanted thing; hyphens inside words, quote marks and a comma between adjectives do not. */
export function endsAtPunctuation(ctx: SentenceContext, i: number): boolean {
  if (ctx.pos(i) !== "PUNCT" && ctx.doc.tokens[i]!.kind !== "punctuation") return false;
  const word = ctx.word(i);
  if (QUOTE_MARKS.has(word) || ctx.isWordHyphen(i)) return false;
  return !(word === "," && ctx.pos(i - 1) === "ADJ" && ctx.pos(i + 1) === "ADJ");
}

/** A new clause with its own subject starts after 'and' ('... and Hamas rejected it', '... and they left'). */
function newClauseAfter(ctx: SentenceContext, i: number): boolean {
  if (PRONOUN_SUBJECTS.has(ctx.word(i))) return true;
  // '... and the Trades Union Congress is discussing': a name may open with its determiner
  if (ctx.pos(i) === "DET" && ctx.mentionAt(i + 1)?.first === i + 1) i++;
  const mention = ctx.mentionAt(i);
  if (!mention || mention.first !== i) return false;
  const next = ctx.pos(mention.last + 1);
  return next === "VERB" || next === "AUX";
}

/**
 * 'to go on strike and called for talks': after an infinitive, a past or third-person form starts
 * the subject's next predicate, no second wanted thing ('to freeze and reduce' goes on).
 */
function isBaseForm(word: string): boolean {
  return !(word.endsWith("ed") && !word.endsWith("eed")) && !(word.endsWith("s") && !word.endsWith("ss"));
}

/** Where the next coordinated verb phrase starts after 'and'/'or' at token i, or -1. */
function coordinatedVerb(ctx: SentenceContext, i: number): number {
  let j = i + 1;
  while (ctx.pos(j) === "ADV") j++;
  if (ctx.word(j) === "to" && isVerb(ctx, j + 1)) return j + 1;
  return isVerb(ctx, j) ? j : -1;
}

/** 'would not leave Sarn and would answer with proposals': an auxiliary after 'and' starts the subject's next predicate. */
function nextPredicateAfter(ctx: SentenceContext, i: number): boolean {
  while (ctx.pos(i) === "ADV") i++;
  return ctx.pos(i) === "AUX";
}

/** Whether tokens first..last open a quotation they do not close ('leave Sarn "under any circumstances'). */
function opensQuotation(ctx: SentenceContext, first: number, last: number): boolean {
  let open = 0;
  for (let k = first; k <= last; k++) {
    const word = ctx.word(k);
    if (word === "\u201c") open++;
    else if (word === "\u201d") open--;
    else if (word === '"') open = open > 0 ? open - 1 : open + 1;
  }
  return open > 0;
}

function trimmed(ctx: SentenceContext, first: number, last: number, form: WantedForm): Wanted | null {
  while (first <= last && (ctx.pos(first) === "PUNCT" || QUOTE_MARKS.has(ctx.word(first)))) first++;
  while (last >= first && (TRAILING.has(ctx.pos(last)) || QUOTE_MARKS.has(ctx.word(last)))) last--;
  if (last < first) return null;
  // a quotation inside the wanted thing keeps its closing mark, and the stop before it ('"at gunpoint."')
  if (opensQuotation(ctx, first, last)) {
    if (CLOSING_MARKS.has(ctx.word(last + 1))) last++;
    else if (ctx.pos(last + 1) === "PUNCT" && CLOSING_MARKS.has(ctx.word(last + 2))) last += 2;
  }
  for (let k = first; k <= last; k++) if (NOMINAL.has(ctx.pos(k)) || CONTENT.has(ctx.pos(k))) return { first, last, form };
  return null;
}

/** 'accept this', 'see it now', 'willing to negotiate', 'prepared to counter': no noun; what is wanted is named elsewhere or not at all. */
export function namesNothing(ctx: SentenceContext, wanted: Wanted): boolean {
  for (let k = wanted.first; k <= wanted.last; k++) if (NOMINAL.has(ctx.pos(k))) return false;
  return true;
}

/** The first verb or auxiliary of a verb phrase starting at token i, after any adverbs ('to quickly return'), or -1. */
function verbPhraseStart(ctx: SentenceContext, i: number): number {
  while (ctx.pos(i) === "ADV") i++;
  return ctx.pos(i) === "VERB" || ctx.pos(i) === "AUX" ? i : -1;
}

/** Whether a verb phrase starts at token i: 'to be returned', 'to quickly return'. */
export function verbPhraseAt(ctx: SentenceContext, i: number): boolean {
  return verbPhraseStart(ctx, i) >= 0;
}

/** The verb that carries the meaning: 'be handed back' gives 'handed'; 'be careful' keeps 'be'. */
export function mainVerb(ctx: SentenceContext, i: number): number {
  while (ctx.pos(i) === "ADV") i++;
  let next = i + 1;
  while (ctx.pos(next) === "ADV") next++;
  return ctx.pos(i) === "AUX" && isVerb(ctx, next) ? next : i;
}

/** 'rejected that account.': a 'that' with no verb before the next punctuation is a determiner, not a clause. */
function hasVerbAhead(ctx: SentenceContext, i: number): boolean {
  for (; ctx.inside(i) && !endsAtPunctuation(ctx, i); i++) if (ctx.pos(i) === "VERB" || ctx.pos(i) === "AUX") return true;
  return false;
}

/** The form of the wanted thing at `start`, and where its words begin. */
function formAt(ctx: SentenceContext, start: number, link: string[]): { form: WantedForm; first: number } | null {
  const word = ctx.word(start);
  if (word === "that" && ctx.pos(start) === "SCONJ" && hasVerbAhead(ctx, start + 1)) return { form: "clause", first: start + 1 };
  if (link.at(-1) === "that") return { form: "clause", first: start };
  const verb = verbPhraseStart(ctx, word === "to" ? start + 1 : start);
  if (verb >= 0 && (word === "to" || link.at(-1) === "to")) return { form: "verb", first: verb };
  // 'I want to kind of take some time': a 'to' without a verb after it is a tangle, not a wanted thing
  if (word === "to") return null;
  return { form: "noun", first: start };
}

/** Skips a manner phrase right after the cue: 'condemns without reservation any attack'. */
function afterManner(ctx: SentenceContext, start: number): number {
  const phrase = stanceWords().mannerPhrases.find((p) => ctx.matches(start, p));
  return phrase ? start + phrase.length : start;
}

const MAX_REPEAT_GAP = 20;

/**
 * Where the wanted thing after a repeated link starts ('calls for a corridor along the road,
 * patrolled by monitors, and for the army to pull back'), searching from token `from`; or -1.
 */
export function repeatedLink(ctx: SentenceContext, from: number, link: string[]): number {
  if (link.length === 0) return -1;
  for (let k = from; ctx.inside(k) && k < from + MAX_REPEAT_GAP; k++) {
    const after = k + 1 + link.length;
    if (ctx.word(k) === "and" && ctx.matches(k + 1, link) && !stanceWords().timeCore.has(ctx.word(after))) return after;
    if (boundaryAt(ctx, k) || (endsAtPunctuation(ctx, k) && ctx.word(k) !== ",")) return -1;
    // 'support to the line that such measures were needed to curb X and to reduce Y': past a clause's
    // own auxiliary the second link belongs to that clause
    if (ctx.pos(k) === "AUX") return -1;
  }
  return -1;
}

/** Skips a parenthesis right after the cue: 'has refused, for months, to negotiate'. */
function afterParenthesis(ctx: SentenceContext, start: number): number {
  if (ctx.word(start) !== ",") return start;
  for (let k = start + 1; k < start + 12 && ctx.inside(k); k++) {
    if (ctx.word(k) === ",") return k + 1;
  }
  return start;
}

/**
 * The wanted things after a cue. Clauses and verb phrases joined by 'and' are separate wants
 * ('demanded that forces leave the city and agree to a truce' gives two); a noun phrase ends where
 * a verb or a new clause begins. Punctuation and the words of stance-boundaries.json end all of them.
 */
export function wantedAfter(ctx: SentenceContext, start: number, link: string[], inNounPhrase = false): Wanted[] {
  const shape = formAt(ctx, afterManner(ctx, afterParenthesis(ctx, start)), link);
  if (!shape) return [];
  const { form, first } = shape;
  const ownVerbs = form === "clause" ? 1 : 0;
  let verbs = 0;
  const out: Wanted[] = [];
  let segmentStart = first;
  let i = first;
  const close = (last: number) => {
    const wanted = trimmed(ctx, segmentStart, last, form);
    if (wanted) out.push(wanted);
  };
  for (; ctx.inside(i) && i - first < MAX_TOKENS; i++) {
    if (endsAtPunctuation(ctx, i) || (i > first && boundaryAt(ctx, i))) break;
    // 'rejected suggestions the U.S. and EC agree a freeze': a determiner right after a noun opens a clause of its own
    if (form === "noun" && i > first && ctx.pos(i) === "DET" && ctx.word(i) !== "that" && NOMINAL.has(ctx.pos(i - 1))) break;
    // after a position noun ('the refusal to discuss elections stalled the talks') the sentence's own verb ends it;
    // a participle opening a noun phrase ('supporter of continued aid') is its modifier, not that verb
    if (inNounPhrase && isFiniteVerb(ctx, i) && (i > first || form !== "noun") && ++verbs > ownVerbs) break;
    const word = ctx.word(i);
    if (word !== "and" && word !== "or") continue;
    if (newClauseAfter(ctx, i + 1) || nextPredicateAfter(ctx, i + 1)) break;
    const next = coordinatedVerb(ctx, i);
    if (next < 0) continue;
    if (form === "noun" || (form === "verb" && !isBaseForm(ctx.word(next)))) break;
    close(i - 1);
    segmentStart = next;
    i = next - 1;
  }
  close(i - 1);
  return out;
}

const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** The noun phrase ending at token `last` ('This proposal' in 'This proposal has been accepted by'), or null. */
export function nounPhraseEndingAt(ctx: SentenceContext, last: number): Wanted | null {
  if (ctx.pos(last) !== "NOUN" && ctx.pos(last) !== "PROPN") return null;
  let first = last;
  while (NOUN_PHRASE.has(ctx.pos(first - 1)) || ctx.word(first - 1) === "'s") first--;
  return { first, last, form: "noun" };
}

/** Whether a wanted verb phrase is a figure of speech or a procedural step ('to thank', 'to stay in touch'). */
export function isProcedural(ctx: SentenceContext, wanted: Wanted): boolean {
  if (wanted.form === "noun") return false;
  const verb = mainVerb(ctx, wanted.first);
  return (isVerb(ctx, verb) || ctx.pos(verb) === "AUX") && stanceWords().procedural.has(ctx.word(verb));
}
