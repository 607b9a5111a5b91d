import { firstPerson } from "./anaphora.js";
import { mainVerb, nounPhraseEndingAt, wantedAfter, type Wanted } from "./complement.js";
import type { SentenceContext } from "./context.js";
import type { CueMatch } from "./cues.js";
import { clauseSubject, predicateSubject } from "./clause-reading.js";
import { subjectEndingAt, verbChain } from "./subject.js";
import type { Holder } from "./holder.js";
import { reportingSpeaker } from "./speaker.js";
import { stanceWords } from "./words.js";

/** A position stated by saying something must happen or is unacceptable: who said it, about what. */
export interface SpokenClaim {
  holder: Holder;
  wanted: Wanted[];
}

const MAX_SUBJECT = 12;
const PARENTHESIS = 8;
const HEADS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
/** Pronouns that can stand for a party; 'I need to leave' is personal, 'you have to' generic, 'what has to happen' no subject. */
const PARTY_PRONOUNS = new Set(["we", "they", "he", "she", "it"]);
const CLAUSE_OPENERS = new Set(["what", "that", "which", "who", "whom", "whose", "where", "how", "whatever"]);

const OPENING_QUOTES = new Set(['"', "\u201c"]);
const POSSESSIVES = new Set(["'s", "'", "\u2019s", "\u2019"]);

const isNominal = (ctx: SentenceContext, i: number) => NOMINAL.has(ctx.pos(i));

/** A word that may stand inside a subject noun phrase, walking leftwards ('The shelling along the corridor'). */
function inNounPhrase(ctx: SentenceContext, j: number): boolean {
  const pos = ctx.pos(j);
  if (NOUN_PHRASE.has(pos)) return true;
  // a preposition inside the phrase follows its head noun; a gerund follows its determiner ('the killing of')
  if (pos === "ADP") return isNominal(ctx, j - 1);
  return pos === "VERB" && ctx.word(j).endsWith("ing") && ctx.pos(j - 1) === "DET";
}

/** A word opening a relative or free clause; 'that' after a verb ('stated that Britain must leave') opens a reported one. */
function opensRelativeClause(ctx: SentenceContext, k: number): boolean {
  if (!CLAUSE_OPENERS.has(ctx.word(k))) return false;
  return !(ctx.word(k) === "that" && (ctx.pos(k - 1) === "VERB" || stanceWords().clauseVerbs.has(ctx.word(k - 1))));
}

/**
 * The subject noun phrase that ends right before token `at` (over adverbs and a parenthesis:
 * 'The proposal, as written, is'), or null. A pronoun is a subject on its own.
 */
function subjectBefore(ctx: SentenceContext, at: number): Wanted | null {
  let last = at - 1;
  // 'Iran's application "must be treated ...': a quotation may open between the subject and its verb
  while (OPENING_QUOTES.has(ctx.word(last))) last--;
  while (ctx.pos(last) === "ADV") last--;
  if (ctx.word(last) === ",") {
    let open = last - 1;
    while (open > last - PARENTHESIS && ctx.inside(open) && ctx.word(open) !== ",") open--;
    if (ctx.word(open) !== ",") return null;
    last = open - 1;
  }
  if (!HEADS.has(ctx.pos(last))) return null;
  if (ctx.pos(last) === "PRON") return PARTY_PRONOUNS.has(ctx.word(last)) ? { first: last, last, form: "noun" } : null;
  let first = last;
  for (let j = last - 1; ctx.inside(j) && last - j < MAX_SUBJECT && inNounPhrase(ctx, j); j--) {
    first = j;
    // a determiner opens the phrase, unless it opens a prepositional phrase inside it ('The shelling along the corridor')
    if (ctx.pos(j) === "DET" && !(ctx.pos(j - 1) === "ADP" && isNominal(ctx, j - 2))) break;
  }
  // 'what it needs to', 'the things that Hamas must do': a relative clause states nothing
  return opensRelativeClause(ctx, first - 1) ? null : { first, last, form: "noun" };
}

/** The holder of what a clause says: 'we' is the speaker's side, anything else the one who says it. */
function sayer(ctx: SentenceContext, subject: Wanted): Holder["subject"] | null {
  if (subject.first === subject.last) {
    const we = firstPerson(ctx, subject.first);
    if (we) return we;
  }
  return reportingSpeaker(ctx, subject.first);
}

/** "'Sarn must be handed back to the state,' Marek said": the whole clause is what the speaker demands. */
function obligationClaim(ctx: SentenceContext, cue: CueMatch): SpokenClaim | null {
  if (cue.addressed || cue.denial) return addressedClaim(ctx, cue);
  if (stanceWords().procedural.has(ctx.word(mainVerb(ctx, cue.after)))) return null;
  const subject = subjectBefore(ctx, cue.head);
  if (!subject) return null;
  const holder = sayer(ctx, subject);
  if (!holder) return null;
  const parts = wantedAfter(ctx, cue.after, ["to"]);
  if (parts.length === 0) return null;
  const [own, ...joined] = parts;
  return { holder: { subject: holder, stance: cue.stance }, wanted: [{ first: subject.first, last: own!.last, form: "clause" }, ...joined] };
}

/**
 * "'Now is the time for the government to act,' Roeher said": the party with what it is to do is the
 * speaker's demand; 'Marcano said there were no plans to renegotiate terms': the speaker's refusal.
 */
function addressedClaim(ctx: SentenceContext, cue: CueMatch): SpokenClaim | null {
  const holder = reportingSpeaker(ctx, cue.head);
  const parts = wantedAfter(ctx, cue.after, []);
  return holder && parts.length ? { holder: { subject: holder, stance: cue.stance }, wanted: parts } : null;
}

/** "'The proposal, as written, is unacceptable,' the president's office said": the subject is what is rejected. */
function verdictClaim(ctx: SentenceContext, cue: CueMatch): SpokenClaim | null {
  const w = stanceWords();
  let be = cue.head - 1;
  // 'was "entirely justified"': the quotation may open after 'be'
  while (OPENING_QUOTES.has(ctx.word(be)) || (ctx.pos(be) === "ADV" && OPENING_QUOTES.has(ctx.word(be - 1)))) be--;
  let negated = false;
  for (; ctx.pos(be) === "ADV" || w.negators.has(ctx.word(be)); be--) negated ||= w.negators.has(ctx.word(be));
  if (!w.beForms.has(ctx.word(be)) || (ctx.word(be) === "be" && ctx.word(be - 1) === "to")) return negated ? null : judgedClaim(ctx, cue, be);
  const stance = negated ? cue.negated : cue.stance;
  // the clause layer's subject keeps its prepositional phrases ('the advice to Her Majesty was'); a pronoun stays as found here
  const found = subjectBefore(ctx, be);
  const clauseSubject = predicateSubject(ctx, be);
  // ... only when the phrase found follows a preposition or possessive inside it ('told MPs the levy was' keeps 'the levy')
  const before = found ? found.first - 1 : -1;
  const insidePhrase = found !== null && (ctx.pos(before) === "ADP" || ctx.pos(before) === "PRON" || POSSESSIVES.has(ctx.word(before)));
  const subject = found && clauseSubject && insidePhrase && clauseSubject.last === found.last && clauseSubject.first < found.first ? clauseSubject : found;
  if (!stance || !subject) return null;
  const holder = sayer(ctx, subject);
  return holder ? { holder: { subject: holder, stance }, wanted: [subject] } : null;
}

/**
 * 'the court found the prorogation to be unlawful', 'Netanyahu found the air strike justified': a
 * verdict on the object of a judging verb (stance-judging-verbs.json) is its subject's. `last` is the
 * token right before the verdict.
 */
function judgedClaim(ctx: SentenceContext, cue: CueMatch, last: number): SpokenClaim | null {
  if (ctx.word(last) === "be" && ctx.word(last - 1) === "to") last -= 2;
  const object = nounPhraseEndingAt(ctx, last);
  const verb = object ? object.first - 1 : -1;
  if (!object || !cue.stance || !stanceWords().judgingVerbs.has(ctx.word(verb)) || ctx.pos(verb) !== "VERB") return null;
  const chain = verbChain(ctx, verb);
  if (chain.negated || chain.pending || chain.hasBe) return null;
  // '..., and found the prorogation to be unlawful': a predicate joined to an earlier one shares its subject
  const joined = chain.subjectLast < 0 || ctx.word(chain.subjectLast) === "and" || ctx.word(chain.subjectLast) === ",";
  const holder = joined ? clauseSubject(ctx, verb) : subjectEndingAt(ctx, chain.subjectLast);
  return holder ? { holder: { subject: holder, stance: cue.stance }, wanted: [object] } : null;
}

/** The claim of an obligation or verdict cue, or null when nobody known says it. */
export function spokenClaim(ctx: SentenceContext, cue: CueMatch): SpokenClaim | null {
  return cue.kind === "obligation" ? obligationClaim(ctx, cue) : verdictClaim(ctx, cue);
}
