import { clauseAround, type Clause } from "./clauses.js";
import { mentionsBefore } from "./mentions.js";
import { isParticiple, isVerb, NP_INNER } from "./pos.js";
import type { Mention, SentenceView } from "./sentence.js";

const POSSESSIVE = new Set(["'s", "'"]);
/** A noun phrase before a noun trigger may hold adverbs too: wink tags "new" in "new military aid" as one. */
const NP_BEFORE_TRIGGER = new Set([...NP_INNER, "ADV"]);
const COORDINABLE = new Set(["ADJ", "PROPN"]);

/** The object of a preposition other than "of" is an adjunct ("in Geneva", "with Hamas"), not a subject. */
function isPrepositionObject(view: SentenceView, m: Mention, floor: number): boolean {
  let i = m.firstToken - 1;
  while (i >= floor && NP_INNER.has(view.token(i)?.pos ?? "")) i--;
  return i >= floor && view.token(i)?.pos === "ADP" && view.lower(i) !== "of";
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

/**
 * Where the subject of a trigger may be: after the last full verb of its clause. A noun trigger
 * ("offensive", "talks") takes its doer from its own noun phrase ("Israel's offensive"), or from the
 * subject of a light verb carrying it ("X held talks"); after a preposition ("in talks") only from the phrase.
 */
function subjectFloor(view: SentenceView, triggerFirst: number, nominal: boolean, clause: Clause): number {
  const p = view.lex.participants;
  if (nominal) {
    const start = nounPhraseStart(view, triggerFirst, clause.first);
    if (!p.lightVerbs.has(view.lower(start - 1))) return start;
  }
  for (let i = triggerFirst - 1; i >= clause.first; i--) {
    const word = view.lower(i);
    if (isVerb(view, i) && !p.passiveAux.has(word) && !(nominal && p.lightVerbs.has(word))) return i + 1;
    if (word === "," && endsIntroduction(view, i, triggerFirst)) return i + 1;
  }
  return clause.first;
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
  while (view.token(i)?.pos === "ADV") i--;
  if (view.token(i)?.pos !== "CCONJ" || i < clause.first) return null;
  for (let k = i - 1; k >= clause.first; k--) if (isVerb(view, k)) return k;
  return null;
}

/** "Valdoria agreed to meet": an infinitive shares the subject of the verb before "to"; its index, or null. */
function controllingVerb(view: SentenceView, triggerFirst: number): number | null {
  if (view.lower(triggerFirst - 1) !== "to") return null;
  let i = triggerFirst - 2;
  while (view.token(i)?.pos === "ADV") i--;
  return isVerb(view, i) ? i : null;
}

/** "The SDF announced it had entered into an agreement": "it" after a verb of saying is its speaker. */
function reportedSubject(view: SentenceView, floor: number, triggerFirst: number): boolean {
  const p = view.lex.participants;
  if (!p.speechVerbWords.has(view.lower(floor - 1))) return false;
  for (let i = floor; i < triggerFirst; i++) if (p.reportingPronouns.has(view.lower(i))) return true;
  return false;
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
  const main = mainClauseBefore(view, triggerFirst, clause);
  if (main !== null) return subjectsBefore(view, main, nominal, clauseAround(view, { first: main, end: main }));
  const shared = nominal ? null : coordinatedVerb(view, triggerFirst, clause) ?? controllingVerb(view, triggerFirst);
  if (shared !== null) return subjectsBefore(view, shared, false, clause);
  const floor = subjectFloor(view, triggerFirst, nominal, clause);
  const candidates = mentionsBefore(view, { first: floor, end: triggerFirst }).filter((m) => !isPrepositionObject(view, m, floor));
  const found = candidates.filter((m, k) => !isPossessorOf(view, m, candidates[k + 1]));
  if (found.length === 0 && reportedSubject(view, floor, triggerFirst)) {
    return subjectsBefore(view, floor - 1, false, clauseAround(view, { first: floor - 1, end: floor }));
  }
  const opener = clause.opener;
  if (found.length > 0 || opener === null || nominal) return found;
  if (view.lex.participants.relativePronouns.has(view.lower(opener)) && view.lower(opener - 1) === ",") {
    return subjectsBefore(view, opener - 1, nominal, clauseAround(view, { first: opener - 1, end: opener - 1 }));
  }
  return found;
}

/** Tokens allowed between a speaker and a verb of saying ("Blinken also said", "Kirby has said"). */
const SPEAKER_GAP = 3;

/** The speaker of a verb of saying at `token`: the subject ending right before it ("Kirby said"). */
export function speakerBeforeVerb(view: SentenceView, token: number): string[] {
  const clause = clauseAround(view, { first: token, end: token + 1 });
  const subjects = subjectsBefore(view, token, false, clause);
  const nearest = subjects[subjects.length - 1];
  if (!nearest || token - nearest.endToken > SPEAKER_GAP) return [];
  for (let i = nearest.endToken; i < token; i++) if (!["ADV", "AUX", "PART"].includes(view.token(i)?.pos ?? "")) return [];
  return [nearest.actor.id];
}
