import type { Clause } from "../../doc/clause.js";
import { clauseAt } from "../clauses/index.js";
import { groupVocabulary } from "../groups/vocabulary.js";
import type { SentenceView, TokenRange } from "./sentence.js";

const NOMINAL = new Set(["NOUN", "PROPN"]);
const POSSESSIVE = new Set(["'s", "'", "\u2019s", "\u2019"]);

/** Capitalised adjectives name who the group is ("Latin American producers"); others say when or which ("last", "recent"). */
const isNameWord = (view: SentenceView, i: number) => {
  const token = view.token(i);
  return token !== undefined && (NOMINAL.has(token.pos) || (token.pos === "ADJ" && /^\p{Lu}/u.test(token.text)));
};

/**
 * The group's words: its head and the nouns and names before it ("consumer delegates", "the
 * Commission" -> "Commission"); an actor among those words is the party; null when one stands at the head.
 */
function phraseText(view: SentenceView, head: number): string | null {
  if (view.mentions.some((m) => m.firstToken <= head && head < m.endToken)) return null;
  let from = head;
  for (;;) {
    if (from - 1 >= view.first && isNameWord(view, from - 1)) from--;
    // "the dockers' union": a possessor in the group's own words
    else if (POSSESSIVE.has(view.lower(from - 1)) && from - 2 >= view.first && isNameWord(view, from - 2)) from -= 2;
    else break;
  }
  // "Valdoria's government", "EU countries": an actor in the group's words is the party
  const named = view.mentions.find((m) => m.firstToken >= from && m.endToken <= head);
  if (named) return named.actor.id;
  return view.doc.text.slice(view.token(from)!.start, view.token(head)!.end).replace(/\s+/g, " ");
}

/**
 * Does the clause's subject do what the trigger names? The trigger is the predicate, an infinitive
 * the subject controls ("the unions threatened to strike", "were not prepared to accept"), or a noun
 * carried by a light verb ("the Commission tabled proposals").
 */
function subjectDoes(view: SentenceView, trigger: TokenRange, clause: Clause): boolean {
  const t = trigger.first;
  if (t >= clause.chain.first && t <= clause.predicate) return true;
  const afterObject = clause.object !== null && clause.object.first <= t;
  if (clause.complement?.kind === "to" && t >= clause.complement.first && t <= clause.complement.last) {
    return !afterObject || clause.object!.first > clause.complement.first;
  }
  if (afterObject && t <= clause.object!.last && NOMINAL.has(view.token(t)?.pos ?? "")) {
    return view.lex.participants.lightVerbs.has(view.lower(clause.predicate));
  }
  return false;
}

/**
 * A group noun: any word of group-parties.json, also those a position holder needs a modifier for:
 * 'the ministers met', 'delegations oppose' did it, whoever they are, while a holder so named
 * would only refer back to parties already named.
 */
function isGroup(view: SentenceView, i: number): boolean {
  const { heads, modifiedHeads } = groupVocabulary();
  const word = view.lower(i);
  return (heads.has(word) || modifiedHeads.has(word)) && NOMINAL.has(view.token(i)?.pos ?? "");
}

/**
 * "prompting unions representing 4.5m workers to threaten action": an infinitive after an object is
 * done by that object; the group noun heading its first noun phrase, or null.
 */
function controllingObject(view: SentenceView, trigger: TokenRange, clause: Clause): number | null {
  const { object, complement } = clause;
  if (!object || complement?.kind !== "to" || object.last >= complement.first) return null;
  if (trigger.first < complement.first || trigger.first > complement.last) return null;
  // the head is the last group noun of the phrase: 'the dockers' unions' are the unions
  let head: number | null = null;
  for (let i = object.first; i <= object.last; i++) {
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(view.token(i)?.pos ?? "") && !POSSESSIVE.has(view.lower(i))) break;
    if (isGroup(view, i)) head = i;
  }
  return head;
}

/** "the producers' offer", "a Commission proposal": a group noun right before a noun trigger, in its own phrase. */
function groupBeforeNoun(view: SentenceView, trigger: TokenRange): string | null {
  let i = trigger.first - 1;
  if (POSSESSIVE.has(view.lower(i))) i--;
  if (!isGroup(view, i)) return null;
  return phraseText(view, i);
}

/**
 * A collective party as the participant of a trigger no actor takes part in: the subject noun
 * phrase whose head names a group ("consumer delegates", "the unions", "the Commission"), as text,
 * since no actor record stands for it. Pronouns and nouns that name no party give nothing.
 */
export function groupParticipant(view: SentenceView, trigger: TokenRange): string | null {
  if (NOMINAL.has(view.token(trigger.first)?.pos ?? "")) {
    const own = groupBeforeNoun(view, trigger);
    if (own) return own;
  }
  const clause = clauseAt(view.doc, trigger.first);
  if (!clause) return null;
  const objectHead = controllingObject(view, trigger, clause);
  if (objectHead !== null) return phraseText(view, objectHead);
  const subject = clause.subject;
  if (!subject || !subjectDoes(view, trigger, clause)) return null;
  if (isGroup(view, subject.head)) return phraseText(view, subject.head);
  return reportingGroup(view, clause, subject.head);
}

/** "Consumer delegates said they had not been prepared to accept": a pronoun subject under a verb of saying is its speaker group. */
function reportingGroup(view: SentenceView, clause: Clause, subjectHead: number): string | null {
  const speaker = clause.frame?.speaker;
  if (!speaker || !view.lex.participants.reportingPronouns.has(view.lower(subjectHead)) || view.token(subjectHead)?.pos !== "PRON") return null;
  for (let i = speaker.last; i >= speaker.first; i--) if (isGroup(view, i)) return phraseText(view, i);
  return null;
}
