import { clauseAt } from "../clauses/index.js";
import { clauseWords } from "../clauses/words.js";
import { clauseAround, type Clause } from "./clauses.js";
import { mentionsBefore } from "./mentions.js";
import { isParticiple, isVerb, NP_INNER } from "./pos.js";
import type { Mention, SentenceView } from "./sentence.js";

const POSSESSIVE = new Set(["'s", "'"]);
/** A noun phrase before a noun trigger may hold adverbs too: wink tags "new" in "new military aid" as one. */
const NP_BEFORE_TRIGGER = new Set([...NP_INNER, "ADV"]);
const COORDINABLE = new Set(["ADJ", "PROPN"]);
/** Words between "and" and a coordinated verb that shares the subject ("and would not travel"). */
const VERB_COMPANIONS = new Set(["ADV", "AUX", "PART"]);
const PREDICATE_START = new Set(["AUX", "VERB"]);
const QUOTE_MARK = /^["'\u2018\u2019\u201C\u201D]$/;

/**
 * The object of a preposition is an adjunct ("in Geneva", "with Hamas"), not a subject; except after
 * "of", and after "for" that follows a noun standing for its actor ("negotiators for Valdoria").
 */
function isPrepositionObject(view: SentenceView, m: Mention, floor: number): boolean {
  let i = m.firstToken - 1;
  // "At the meeting next week Canada is expected": a name after a common noun, before its verb, opens the clause
  const before = view.token(i);
  if (before?.pos === "NOUN" && /^[a-z]/.test(before.text) && PREDICATE_START.has(view.token(m.endToken)?.pos ?? "")) return false;
  // a pronoun is a noun phrase of its own: "Over the past two weeks I have met"
  // a noun phrase opens with its determiner: "At the same time the U.S. is rejecting" ends one phrase at "time"
  if (view.token(m.firstToken)?.pos !== "PRON") {
    while (i >= floor && NP_INNER.has(view.token(i)?.pos ?? "")) {
      if (view.token(i)?.pos === "DET") {
        i--;
        break;
      }
      i--;
    }
  }
  if (i < floor || view.token(i)?.pos !== "ADP") return false;
  const p = view.lex.participants;
  return !(view.lower(i) === "of" || (p.representingPrepositions.has(view.lower(i)) && p.headNouns.has(view.lower(i - 1))));
}

/** A possessor followed by another mention in the same noun phrase ("Israel's Mossad") gives way to it. */
function isPossessorOf(view: SentenceView, m: Mention, next: Mention | undefined): boolean {
  if (!next || !POSSESSIVE.has(view.lower(m.endToken))) return false;
  for (let i = m.endToken + 1; i < next.firstToken; i++) if (isVerb(view, i)) return false;
  return next.firstToken - m.endToken <= 4;
}

/** First token of the noun phrase that ends just before `token` ("Israel's planned offensive"). */
function nounPhraseStart(view: SentenceView, token: number, floor: number): number {
  let i = token - 1;
  while (i >= floor) {
    const pos = view.token(i)?.pos ?? "";
    const coordinates = pos === "CCONJ" && COORDINABLE.has(view.token(i - 1)?.pos ?? "");
    // "its aerial and ground offensive": a pronoun before an adjective or noun is a possessive
    const possessivePronoun = pos === "PRON" && NP_INNER.has(view.token(i + 1)?.pos ?? "");
    if (!NP_BEFORE_TRIGGER.has(pos) && !POSSESSIVE.has(view.lower(i)) && !coordinates && !possessivePronoun) break;
    i--;
  }
  return i + 1;
}

/** Where the subject of a verb trigger may be: after the last full verb of its clause. */
function subjectFloor(view: SentenceView, triggerFirst: number, clause: Clause): number {
  const p = view.lex.participants;
  for (let i = triggerFirst - 1; i >= clause.first; i--) {
    const word = view.lower(i);
    if (isVerb(view, i) && !p.passiveAux.has(word)) return i + 1;
    if (word === "," && endsIntroduction(view, i, triggerFirst)) return i + 1;
  }
  return clause.first;
}

/**
 * The verb whose subject does what a noun trigger names: a light verb right before its noun phrase
 * ("X held talks"), or a verb of answering before "with" ("X answered the offer with a counterproposal").
 */
function carrierVerb(view: SentenceView, phraseStart: number, clause: Clause): number | null {
  const p = view.lex.participants;
  const before = phraseStart - 1;
  if (p.lightVerbs.has(view.lower(before)) && before >= clause.first) return before;
  // "Kestrel is in talks with Orland", "remained in negotiations"
  if (view.lower(before) === "in" && p.stateVerbs.has(view.lower(before - 1)) && before - 1 >= clause.first) return before - 1;
  if (!p.instrumentPrepositions.has(view.lower(before))) return null;
  for (let i = before - 1; i >= clause.first; i--) {
    if (isVerb(view, i)) return p.responseVerbs.has(view.lower(i)) ? i : null;
  }
  return null;
}

/**
 * A comma that closes an introductory phrase ("After talks with leaders of Israel, Qatar and Egypt
 * and other countries, Israel offered"; "Before departing Washington, I met"): a pronoun follows it,
 * or a name follows it before the trigger and no name ends right before it, as one would in a list
 * of subjects ("Qatar, Egypt and the U.S. agreed").
 */
function endsIntroduction(view: SentenceView, comma: number, triggerFirst: number): boolean {
  if (view.token(comma + 1)?.pos === "PRON") return true;
  const nameAfter = view.mentions.some((m) => m.firstToken > comma && m.endToken <= triggerFirst);
  const nameBefore = view.mentions.some((m) => m.endToken === comma);
  return nameAfter && !nameBefore;
}

/** "X endorsed the plan and welcomed Y": the verb before "and" shares its subject; its index, or null. */
function coordinatedVerb(view: SentenceView, triggerFirst: number, clause: Clause): number | null {
  let i = triggerFirst - 1;
  // "and would travel", "and did not meet"
  while (VERB_COMPANIONS.has(view.token(i)?.pos ?? "")) i--;
  if (view.token(i)?.pos !== "CCONJ" || i < clause.first) return null;
  for (let k = i - 1; k >= clause.first; k--) if (isVerb(view, k)) return k;
  return null;
}

/**
 * "Valdoria agreed to meet", "Orland stood ready to support": an infinitive shares the subject of the
 * verb before "to", or of the verb before an adjective of readiness; its index, or null.
 */
function controllingVerb(view: SentenceView, triggerFirst: number): number | null {
  const to = wordBefore(view, triggerFirst);
  if (view.lower(to) !== "to") return null;
  let i = wordBefore(view, to);
  while (view.token(i)?.pos === "ADV") i--;
  if (isVerb(view, i)) return i;
  if (!view.lex.participants.readinessAdjectives.has(view.lower(i))) return null;
  i--;
  while (view.token(i)?.pos === "ADV") i--;
  return isVerb(view, i) || view.token(i)?.pos === "AUX" ? i : null;
}

/** The token before `token`, passing over quote marks: `stood ready "to support`. */
function wordBefore(view: SentenceView, token: number): number {
  let i = token - 1;
  while (i > view.first && QUOTE_MARK.test(view.lower(i))) i--;
  return i;
}

/**
 * "..., killing three soldiers": a present participle after a comma shares the subject of the
 * finite verb before it ("government artillery had shelled Korsk first, killing"); its index, or null.
 */
function verbBeforeParticiple(view: SentenceView, triggerFirst: number, clause: Clause): number | null {
  if (view.lower(triggerFirst - 1) !== "," || !isVerb(view, triggerFirst) || !view.lower(triggerFirst).endsWith("ing")) return null;
  return finiteVerbBefore(view, triggerFirst - 1, clause.first);
}

/** The last verb before `token` that is neither an infinitive nor a present participle. */
function finiteVerbBefore(view: SentenceView, token: number, floor: number): number | null {
  for (let i = token - 1; i >= floor; i--) {
    if (isVerb(view, i) && !view.lower(i).endsWith("ing") && view.lower(i - 1) !== "to") return i;
  }
  return null;
}

/** "X welcomed the statement but accused Y": a clause after "but" with no subject of its own shares the one before. */
function subjectsOfPreviousClause(view: SentenceView, clause: Clause): Mention[] {
  const opener = clause.opener;
  if (opener === null || !view.lex.participants.sharedSubjectOpeners.has(view.lower(opener))) return [];
  const previous = clauseAround(view, { first: opener - 1, end: opener });
  const verb = finiteVerbBefore(view, opener, previous.first);
  return verb === null ? [] : subjectsBefore(view, verb, false, previous);
}

/**
 * "The SDF announced it had entered into an agreement", "Kahn said this week that his fighters would":
 * "it" or "his" in a clause the clause layer puts in a speech frame stands for its speaker; the
 * index of the frame's verb of saying, or null.
 */
function reportingVerb(view: SentenceView, floor: number, triggerFirst: number): number | null {
  const p = view.lex.participants;
  let hasPronoun = false;
  for (let i = floor; i < triggerFirst; i++) if (p.reportingPronouns.has(view.lower(i))) hasPronoun = true;
  if (!hasPronoun) return null;
  const frame = clauseAt(view.doc, triggerFirst)?.frame;
  return frame && frame.verb < floor ? frame.verb : null;
}

/**
 * "Iran, which backs Hamas, has vowed revenge", "The deal, mediated by Qatar, calls for": the trigger
 * follows a relative clause or a participle phrase between commas; the index of the comma that opens it.
 */
function mainClauseBefore(view: SentenceView, triggerFirst: number, clause: Clause): number | null {
  const opener = clause.opener;
  if (opener !== null && view.lex.participants.relativePronouns.has(view.lower(opener)) && view.lower(opener - 1) === ",") {
    for (let i = clause.first; i < triggerFirst; i++) if (view.lower(i) === ",") return opener - 1;
  }
  let close = triggerFirst - 1;
  while (["ADV", "AUX", "PART"].includes(view.token(close)?.pos ?? "")) close--;
  if (view.lower(close) !== ",") return null;
  // the comma that opens the phrase is followed by its participle; commas of a list inside it are passed
  for (let open = close - 1; open >= clause.first; open--) {
    if (view.lower(open) === "," && isParticiple(view, open + 1)) return open;
  }
  return null;
}

/**
 * Actors before the trigger that act as its subject. When the trigger follows a relative clause,
 * or sits in one whose own subject is missing ("Hamas, which ..., rejected"), the main clause before
 * the comma is used.
 */
export function subjectsBefore(view: SentenceView, triggerFirst: number, nominal: boolean, clause: Clause): Mention[] {
  if (nominal) return doersOfNoun(view, triggerFirst, clause);
  const participle = verbBeforeParticiple(view, triggerFirst, clause);
  if (participle !== null) return subjectsBefore(view, participle, false, clause);
  const main = mainClauseBefore(view, triggerFirst, clause);
  if (main !== null) return subjectsBefore(view, main, false, clauseAround(view, { first: main, end: main }));
  const shared = coordinatedVerb(view, triggerFirst, clause) ?? controllingVerb(view, triggerFirst);
  if (shared !== null) return subjectsBefore(view, shared, false, clauseAround(view, { first: shared, end: shared + 1 }));
  const floor = subjectFloor(view, triggerFirst, clause);
  const found = mentionsOfSubject(view, floor, triggerFirst);
  const reporting = found.length === 0 ? reportingVerb(view, floor, triggerFirst) : null;
  if (reporting !== null) return subjectsBefore(view, reporting, false, clauseAround(view, { first: reporting, end: reporting + 1 }));
  const opener = clause.opener;
  if (found.length > 0 || opener === null) return found;
  if (view.lex.participants.relativePronouns.has(view.lower(opener)) && view.lower(opener - 1) === ",") {
    return subjectsBefore(view, opener - 1, false, clauseAround(view, { first: opener - 1, end: opener - 1 }));
  }
  // "G-7 leaders who are due to attend": a relative clause without a comma hangs on the name right before it
  if (view.lex.participants.relativePronouns.has(view.lower(opener))) {
    const phraseStart = nounPhraseStart(view, opener, view.first);
    const antecedent = phraseStart < opener ? mentionsOfSubject(view, phraseStart, opener) : [];
    if (antecedent.length > 0) return antecedent;
    // "the British are among several delegations which oppose": the members named before "be among" hold it too
    const be = phraseStart - 2;
    if (view.lex.participants.membershipPrepositions.has(view.lower(phraseStart - 1)) && clauseWords().beForms.has(view.lower(be))) {
      const members = subjectsBefore(view, be, false, clauseAround(view, { first: be, end: be + 1 }));
      if (members.length > 0) return members;
    }
  }
  return subjectsOfPreviousClause(view, clause);
}

/** Mentions in [floor, end) that can be a subject: not the object of a preposition, not a possessor giving way. */
function mentionsOfSubject(view: SentenceView, floor: number, end: number): Mention[] {
  const candidates = mentionsBefore(view, { first: floor, end }).filter((m) => !isPrepositionObject(view, m, floor));
  return candidates.filter((m, k) => !isPossessorOf(view, m, candidates[k + 1]));
}

/**
 * A noun trigger ("offensive", "talks") takes its doer from its own noun phrase ("Israel's offensive"),
 * else from the subject of the verb carrying it ("X held talks"); after any other verb or a
 * preposition ("rejected the plan", "in talks") only from the phrase.
 */
function doersOfNoun(view: SentenceView, triggerFirst: number, clause: Clause): Mention[] {
  const start = nounPhraseStart(view, triggerFirst, clause.first);
  const own = mentionsOfSubject(view, start, triggerFirst);
  if (own.length > 0) return own;
  // "answered the government's offer": the possessor is the doer, even when it is no actor we know
  if (hasPossessor(view, start, triggerFirst)) return [];
  const carrier = carrierVerb(view, quantityStart(view, start, clause.first), clause);
  return carrier === null ? [] : subjectsBefore(view, carrier, false, clause);
}

/**
 * "made a number of settlement offers", "held four days of talks": a noun phrase of quantity before
 * "of" belongs to the noun trigger, so the light verb before it carries the trigger; its first token.
 */
function quantityStart(view: SentenceView, start: number, floor: number): number {
  if (view.lower(start - 1) !== "of") return start;
  let i = start - 2;
  while (i >= floor && NP_INNER.has(view.token(i)?.pos ?? "") && view.token(i)?.pos !== "PROPN") i--;
  return i + 1 < start - 1 ? i + 1 : start;
}

function hasPossessor(view: SentenceView, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (POSSESSIVE.has(view.lower(i))) return true;
  return false;
}

/** Tokens allowed between a speaker and a verb of saying ("Blinken also said", "Kirby has said"). */
const SPEAKER_GAP = 3;

/**
 * The speaker of a verb of saying at `token`: the subject ending right before it ("Kirby said"), or the
 * name before an appositive or a relative clause that ends with a comma before it ("Reiss, head of the
 * directorate, told"; "Korvath, who chairs the talks, said").
 */
export function speakerBeforeVerb(view: SentenceView, token: number): string[] {
  const clause = clauseAround(view, { first: token, end: token + 1 });
  const subjects = subjectsBefore(view, token, false, clause);
  const nearest = subjects[subjects.length - 1];
  if (!nearest) return [];
  let i = token - 1;
  while (i >= nearest.endToken && VERB_COMPANIONS.has(view.token(i)?.pos ?? "")) i--;
  if (i < nearest.endToken && token - nearest.endToken <= SPEAKER_GAP) return [nearest.actor.id];
  return view.lower(i) === "," ? [subjects[0]!.actor.id] : [];
}
