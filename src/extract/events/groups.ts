import type { Clause } from "../../doc/clause.js";
import { readKbFile } from "../../kb/files.js";
import { clauseAt } from "../clauses/index.js";
import type { SentenceView, TokenRange } from "./sentence.js";

interface GroupsFile {
  heads: string[];
  determiners: string[];
}

let groups: { heads: Set<string>; determiners: Set<string> } | undefined;
function groupWords() {
  if (!groups) {
    const file = readKbFile<GroupsFile>("event-groups.json");
    groups = { heads: new Set(file.heads.map((w) => w.toLowerCase())), determiners: new Set(file.determiners.map((w) => w.toLowerCase())) };
  }
  return groups;
}

const NOMINAL = new Set(["NOUN", "PROPN"]);
const POSSESSIVE = new Set(["'s", "'", "\u2019s", "\u2019"]);

/** The words of a noun phrase from `first` to its head, determiners and numbers dropped ("the two unions" -> "unions"). */
function phraseText(view: SentenceView, first: number, head: number): string | null {
  const { determiners } = groupWords();
  let from = first;
  while (from < head && (determiners.has(view.lower(from)) || view.token(from)?.pos === "NUM")) from++;
  const start = view.token(from)?.start;
  const end = view.token(head)?.end;
  return start === undefined || end === undefined ? null : view.doc.text.slice(start, end);
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

/** "the producers' offer", "a Commission proposal": a group noun right before a noun trigger, in its own phrase. */
function groupBeforeNoun(view: SentenceView, trigger: TokenRange): string | null {
  const { heads } = groupWords();
  let i = trigger.first - 1;
  if (POSSESSIVE.has(view.lower(i))) i--;
  if (!heads.has(view.lower(i)) || !NOMINAL.has(view.token(i)?.pos ?? "")) return null;
  let first = i;
  while (first - 1 >= view.first && ["ADJ", "NOUN", "PROPN", "DET", "NUM"].includes(view.token(first - 1)?.pos ?? "")) first--;
  return phraseText(view, first, i);
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
  const subject = clause?.subject;
  if (!clause || !subject || !subjectDoes(view, trigger, clause)) return null;
  if (!groupWords().heads.has(view.lower(subject.head)) || !NOMINAL.has(view.token(subject.head)?.pos ?? "")) return null;
  return phraseText(view, subject.first, subject.head);
}
