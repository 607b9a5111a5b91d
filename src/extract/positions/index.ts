import type { Doc } from "../../doc/doc.js";
import { activeProfile, type Profile } from "../../kb/profile.js";
import type { PositionRecord } from "../../record/schema.js";
import { QUOTE_MARKS, isProcedural, mainVerb, nounPhraseEndingAt, repeatedLink, wantedAfter, type Wanted } from "./complement.js";
import { DocIndex, SentenceContext } from "./context.js";
import { findCues, mayHaveCue, type CueMatch } from "./cues.js";
import { evidenceLast } from "./clause-reading.js";
import { holderOf, type Holder } from "./holder.js";
import { RELATIVE_PRONOUNS } from "./subject.js";
import { issueOf } from "./issues.js";
import { isConditionalThreat } from "./conditional.js";
import { placesIn } from "./places.js";
import { saysNothing } from "./relevance.js";
import { spokenClaim } from "./spoken.js";
import { stanceWords } from "./words.js";
import { collectiveActors } from "../groups/collective-actors.js";

export { activeProfile, genericProfile, loadProfile, useProfile, type Profile } from "../../kb/profile.js";

type Position = Omit<PositionRecord, "id">;

const CLOSING_QUOTES = new Set(['"', "'", "\u201d"]);

/** A question ('Will Hamas accept the deal?', also inside quotation marks) states no position. */
function isQuestion(ctx: SentenceContext): boolean {
  let last = ctx.end - 1;
  while (last > ctx.first && CLOSING_QUOTES.has(ctx.word(last))) last--;
  return ctx.word(last) === "?";
}

/** Where the first word that makes the rest of a sentence hypothetical stands ('if Hamas accepts'), or its end. */
function hypotheticalFrom(ctx: SentenceContext): number {
  const hypothetical = stanceWords().hypothetical;
  for (let i = ctx.first; i < ctx.end; i++) if (hypothetical.has(ctx.word(i))) return i;
  return ctx.end;
}

/**
 * 'the hostages that Israel wants free', 'the plan that Hamas rejected': the wanted thing is the
 * noun phrase the relative clause hangs on. Returns it with the predicate word that completes it.
 */
function relativeAntecedent(ctx: SentenceContext, subjectFirst: number, wanted: Wanted[]): { wanted: Wanted; predicate: string } | null {
  const only = wanted[0];
  const predicate = only && only.first === only.last ? ctx.word(only.first) : "";
  if (wanted.length > 1 || (only && !stanceWords().secondaryPredicates.has(predicate))) return null;
  if (!RELATIVE_PRONOUNS.has(ctx.word(subjectFirst - 1))) return null;
  const antecedent = nounPhraseEndingAt(ctx, ctx.word(subjectFirst - 2) === "," ? subjectFirst - 3 : subjectFirst - 2);
  return antecedent ? { wanted: antecedent, predicate } : null;
}

const ISSUE_WORDS = 8;
const LINKING = new Set(["ADP", "SCONJ"]);
/** Words an issue does not end on: 'the border agreement again' is about the border agreement. */
const DANGLING = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "PRON", "ADV"]);
const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
const VERBAL = new Set(["VERB", "AUX"]);

const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "my", "your"]);
const PERSONAL = new Set(["it", "them", "him", "her", "us", "me", "you", "they", "we"]);

/** A pronoun that stands as a determiner ('its previous quota share') or as a head ('something equivalent'). */
const isDeterminerPronoun = (ctx: SentenceContext, k: number) => POSSESSIVES.has(ctx.word(k));

/** A word that ends the head phrase: a new clause ('as it does not', 'that would have') or a verb that is no noun modifier. */
function endsIssue(ctx: SentenceContext, k: number, nounSeen: boolean): boolean {
  const pos = ctx.pos(k);
  if (ctx.isWordHyphen(k) || ctx.isWordHyphen(k - 1)) return false;
  if (pos === "SCONJ" || RELATIVE_PRONOUNS.has(ctx.word(k)) || ctx.word(k) === "as") return true;
  if (pos === "PRON") return !isDeterminerPronoun(ctx, k);
  // 'suggestions Kestria agree a freeze': a name right after a noun of content opens its clause
  if (ctx.mentionAt(k) && stanceWords().contentNouns.has(ctx.word(k - 1))) return true;
  // 'market sharing agreement' keeps its verb-tagged modifier; 'package drafted by' ends before it
  return nounSeen && VERBAL.has(pos) && !NOMINAL.has(ctx.pos(k + 1));
}

/** Where the object of a verb phrase starting at `verb` starts ('own the unprofitable unit' gives 'the'), or -1 when it has none. */
function objectAfter(ctx: SentenceContext, verb: number, last: number): number {
  const main = mainVerb(ctx, verb);
  for (let k = main + 1; k <= last; k++) {
    const pos = ctx.pos(k);
    // 'stay at the table', 'go back to Lindhaven': with a preposition, the verb says what is wanted
    if (pos === "ADP" && ctx.word(k) !== "as") return main;
    if (NOMINAL.has(pos) || pos === "DET" || pos === "ADJ" || (pos === "PRON" && !PERSONAL.has(ctx.word(k)))) return k;
    if (pos !== "ADV" && pos !== "PART" && pos !== "ADP") return -1;
  }
  return -1;
}

/** 'The Front must return them today': the verb after a clause's subject, or -1. */
function clauseVerb(ctx: SentenceContext, wanted: Wanted): number {
  for (let k = wanted.first; k <= wanted.last; k++) if (ctx.pos(k) === "VERB") return k;
  return -1;
}

/**
 * 'the EC to make a counter-offer': an object with 'to' and its own verb phrase; returns the 'to', or -1.
 * A passive ('the EU budget to be capped') keeps the object as the issue: -1.
 */
function toAfterObject(ctx: SentenceContext, wanted: Wanted): number {
  for (let k = wanted.first + 1; k < wanted.last && k < wanted.first + 8; k++) {
    if (ctx.word(k) === "to" && VERBAL.has(ctx.pos(k + 1))) return ctx.word(k + 1) === "be" ? -1 : k;
    if (!NOMINAL.has(ctx.pos(k)) && ctx.pos(k) !== "DET" && ctx.pos(k) !== "ADJ" && ctx.word(k) !== "and" && ctx.pos(k) !== "PART" && ctx.pos(k) !== "ADV") return -1;
  }
  return -1;
}

/** Where the issue's words start: the object of a wanted verb phrase, of the verb after 'X to', or the phrase itself. */
function issueStart(ctx: SentenceContext, wanted: Wanted): { first: number; verbOnly: boolean; negated: boolean } {
  if (wanted.form === "clause") {
    // a passive keeps its subject ('Sarn must be handed back'); an active clause gives its object or its verb
    const verb = clauseVerb(ctx, wanted);
    if (verb < 0 || stanceWords().beForms.has(ctx.word(verb - 1))) return { first: wanted.first, verbOnly: false, negated: false };
    const object = objectAfter(ctx, verb, wanted.last);
    if (object > verb) return { first: object, verbOnly: false, negated: false };
    // 'Britain must leave by that date': with a preposition after it, the verb says what is wanted
    if (object === verb) return { first: verb, verbOnly: true, negated: false };
    // 'must return them': the verb; 'the shelling has to stop': no object, so the subject is what is wanted
    return PERSONAL.has(ctx.word(verb + 1)) ? { first: verb, verbOnly: true, negated: false } : { first: wanted.first, verbOnly: false, negated: false };
  }
  const to = toAfterObject(ctx, wanted);
  const verb = to >= 0 ? to + 1 : wanted.first;
  // 'urged producers not to panic': the issue keeps its 'not', never reading as a call to panic
  const negated = to >= 0 && stanceWords().negators.has(ctx.word(to - 1));
  if (to < 0 && (wanted.form !== "verb" || !VERBAL.has(ctx.pos(mainVerb(ctx, verb))))) return { first: wanted.first, verbOnly: false, negated };
  const object = objectAfter(ctx, verb, wanted.last);
  return object >= 0 ? { first: object, verbOnly: false, negated } : { first: mainVerb(ctx, verb), verbOnly: true, negated };
}

/**
 * An unlabelled issue is the head of the wanted phrase as written, or of its object when it is a
 * verb phrase ('to own the unprofitable Fiat unit' gives 'unprofitable Fiat unit', 'the EC to make a
 * counter-offer' gives 'counter-offer'): no leading determiner, at most two linked parts and eight
 * words, ending before any clause inside it ('release of these individuals without an exchange that
 * ...' gives 'release of these individuals'; 'recommend the offer as it does not ...' gives 'offer').
 */
function writtenIssue(ctx: SentenceContext, wanted: Wanted): string {
  const start = issueStart(ctx, wanted);
  // 'them to negotiate not just to make announcements': a verb without object is the issue alone
  if (start.verbOnly) {
    let verb = start.first;
    while (verb < wanted.last && ctx.pos(verb + 1) === "VERB") verb++;
    return (start.negated ? "not " : "") + ctx.text(verb, verb);
  }
  let first = start.first;
  // 'a 'loan-for-oil deal'': the quotation mark after the determiner is no part of the issue
  while (first < wanted.last && (ctx.pos(first) === "DET" || isDeterminerPronoun(ctx, first) || QUOTE_MARKS.has(ctx.word(first)))) first++;
  let last = first;
  let links = 0;
  let nounSeen = NOMINAL.has(ctx.pos(first));
  for (let k = first + 1; k <= wanted.last && k - first < ISSUE_WORDS; k++) {
    if (endsIssue(ctx, k, nounSeen)) break;
    const hyphenated = ctx.isWordHyphen(k - 1) || ctx.isWordHyphen(k + 1);
    if (!hyphenated && (LINKING.has(ctx.pos(k)) || RELATIVE_PRONOUNS.has(ctx.word(k))) && ++links === 2) break;
    nounSeen ||= NOMINAL.has(ctx.pos(k));
    last = k;
  }
  while (last > first && DANGLING.has(ctx.pos(last)) && !isDeterminerPronoun(ctx, last)) last--;
  while (last > first && isDeterminerPronoun(ctx, last)) last--;
  return (start.negated ? "no " : "") + ctx.text(first, last);
}

/** The issue label for a wanted thing, or its head phrase as written. */
function issueFor(ctx: SentenceContext, wanted: Wanted, extra: string, profile: Profile): { issue: string; labelled: boolean } {
  const label = issueOf(ctx.text(wanted.first, wanted.last) + extra, profile);
  return label ? { issue: label, labelled: true } : { issue: writtenIssue(ctx, wanted), labelled: false };
}

/** 'What the Soviets want is a lower price': after a pseudo-cleft's 'be', the wanted thing follows it. */
function pseudoCleftStart(ctx: SentenceContext, cue: CueMatch, holder: Holder): number {
  if (cue.kind !== "verb" || cue.link.length > 0 || !stanceWords().beForms.has(ctx.word(cue.after))) return cue.after;
  const before = holder.subject.first - 1;
  const opener = ctx.pos(before) === "DET" ? before - 1 : before;
  return ctx.word(opener) === "what" ? cue.after + 1 : cue.after;
}

function wantedOf(ctx: SentenceContext, cue: CueMatch, holder: Holder): { wanted: Wanted[]; extra: string } {
  if (holder.passiveObject) return { wanted: [holder.passiveObject], extra: "" };
  const wanted = wantedAfter(ctx, pseudoCleftStart(ctx, cue, holder), cue.link, cue.kind === "noun");
  // 'calls for a corridor along the road, patrolled by monitors, and for the army to pull back'
  const again = wanted.length ? repeatedLink(ctx, wanted[wanted.length - 1]!.last + 1, cue.link) : -1;
  if (again >= 0) wanted.push(...wantedAfter(ctx, again, cue.link, cue.kind === "noun"));
  const relative = relativeAntecedent(ctx, holder.subject.first, wanted);
  return relative ? { wanted: [relative.wanted], extra: relative.predicate ? " " + relative.predicate : "" } : { wanted, extra: "" };
}

/** Who holds the position of a cue and what is wanted, with where the claim starts (for hypotheticals). */
function claimOf(ctx: SentenceContext, cue: CueMatch): { holder: Holder; wanted: Wanted[]; extra: string; from: number } | null {
  if (cue.kind === "obligation" || cue.kind === "verdict") {
    const spoken = spokenClaim(ctx, cue);
    return spoken && { ...spoken, extra: "", from: Math.min(spoken.wanted[0]!.first, cue.head) };
  }
  const holder = holderOf(ctx, cue);
  return holder && { holder, ...wantedOf(ctx, cue, holder), from: Math.min(holder.subject.first, cue.head) };
}

function positionsOfCue(ctx: SentenceContext, cue: CueMatch, profile: Profile, hypothetical: number): Position[] {
  const claim = claimOf(ctx, cue);
  if (!claim || (hypothetical < claim.from && !isConditionalThreat(ctx, hypothetical, claim.from, cue.head, claim.holder.stance))) return [];
  const { holder, wanted, extra } = claim;
  const actors = holder.subject.actors === "unresolved" ? [null] : holder.subject.actors.map((a) => a.id);
  const out: Position[] = [];
  for (const w of wanted) {
    if (isProcedural(ctx, w)) continue;
    const { issue, labelled } = issueFor(ctx, w, extra, profile);
    if (!labelled && saysNothing(ctx, cue, holder, w)) continue;
    const start = ctx.doc.tokens[w.first]!.start;
    const end = ctx.doc.tokens[evidenceLast(ctx, w)]!.end;
    const places = placesIn(ctx, w);
    for (const actor of actors) {
      out.push({ actor, stance: holder.stance, issue, text: ctx.doc.text.slice(start, end), places, start, end });
    }
  }
  return out;
}

/**
 * The positions stage: who wants what. Finds stance cues (editable lists in src/kb/data/stance-*.json),
 * the actor holding each (from the actors stage), and the wanted things, labelled with the issues of
 * `profile` (the active profile by default: the generic one unless useProfile chose a file).
 */
export function extractPositions(doc: Doc, profile: Profile = activeProfile()): void {
  const index = new DocIndex(doc);
  const found: Position[] = [];
  const seen = new Set<string>();
  for (const sentence of doc.sentences) {
    if (!mayHaveCue(doc, sentence.firstToken, sentence.endToken)) continue;
    const ctx = new SentenceContext(index, sentence.index);
    if (isQuestion(ctx)) continue;
    const cues = findCues(ctx);
    const hypothetical = cues.length ? hypotheticalFrom(ctx) : ctx.end;
    for (const cue of cues) {
      for (const p of positionsOfCue(ctx, cue, profile, hypothetical)) {
        const key = `${p.actor}|${p.stance}|${p.start}|${p.end}`;
        if (!seen.has(key)) found.push(p);
        seen.add(key);
      }
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  collectiveActors(doc).publish(found.map((p) => p.actor));
  doc.positions = found.map((p, i) => ({ id: `p${i + 1}`, ...p }));
}
