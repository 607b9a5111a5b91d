import { clauseAt } from "../clauses/index.js";
import { clauseWords } from "../clauses/words.js";
import type { Clause } from "./clauses.js";
import { canParticipate, mentionStartingAt, startsClause } from "./mentions.js";
import { isVerb } from "./pos.js";
import type { Mention, SentenceView, TokenRange } from "./sentence.js";
import { groupParticipant } from "./groups.js";
import { subjectsBefore } from "./subjects.js";

/** Who does what to whom, as actor ids in order of mention. */
export interface Participants {
  agents: string[];
  recipients: string[];
}

const MAX_OBJECT_TOKENS = 25;
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);
/** Parts of speech that can open the object of a verb. */
const OBJECT_START = new Set(["NOUN", "PROPN", "DET", "NUM", "PRON", "ADJ"]);

/** A participle inside a noun phrase ("a leading Hezbollah commander", "the Paris-based organisation") is no new verb. */
function isAttributive(view: SentenceView, i: number): boolean {
  const before = view.token(i - 1)?.pos;
  return before === "DET" || before === "ADJ" || view.lower(i - 1) === "-";
}

/**
 * Mentions after the trigger: objects ("met with X and Y", "attack on X") and, after "by", doers.
 * Adjuncts before the first object are passed over ("negotiations in recent days involving X"); an
 * adjunct after one ends the list, as does a verb that does not introduce participants.
 */
function mentionsAfter(view: SentenceView, triggerEnd: number, clause: Clause, nominal: boolean): { objects: Mention[]; doers: Mention[] } {
  const p = view.lex.participants;
  const objects: Mention[] = [];
  const doers: Mention[] = [];
  let target = objects;
  let inAdjunct = false;
  // "talks with" ends with its own introduction
  let introduced = p.objectIntro.has(view.lower(triggerEnd - 1));
  const limit = Math.min(clause.end, triggerEnd + MAX_OBJECT_TOKENS);
  for (let i = triggerEnd; i < limit; i++) {
    const word = view.lower(i);
    const mention = mentionStartingAt(view, i);
    // "the framework we have": a subject pronoun starts a clause of its own
    if (mention?.subjectOnly) break;
    if (mention) {
      if (!inAdjunct && canParticipate(view, mention)) target.push(mention);
      i = mention.endToken - 1;
    } else if (p.agentMarkers.has(word) || (nominal && p.nominalAgentMarkers.has(word))) {
      target = doers;
      inAdjunct = false;
      introduced = true;
    } else if (p.listJoiners.has(word)) {
      // "negotiations and the U.S. believes": no participant list was opened; "seized by the rebels, Brask
      // said": a comma after a slot filled by someone unnamed, or before a new subject, ends the list
      if (target.length === 0 && !inAdjunct && (!introduced || word === ",")) break;
      if (word === "," && opensClause(view, i + 1)) break;
    } else if (p.objectStops.has(word)) {
      if (target.length > 0) break;
      inAdjunct = true;
    } else if (p.objectIntro.has(word) || (i === triggerEnd && p.objectIntroRightAfter.has(word))) {
      inAdjunct = false;
      introduced = true;
      target = objects;
    } else if (view.token(i)?.pos === "AUX" || (isVerb(view, i) && !isAttributive(view, i))) {
      break;
    }
  }
  return { objects, doers };
}

/** Tokens a noun phrase may run before its name: "army spokeswoman Col. Ilona Brask said". */
const SUBJECT_REACH = 6;

/** A new clause after a comma: a name, perhaps after its title, followed by its verb. */
function opensClause(view: SentenceView, i: number): boolean {
  for (let k = i; k < i + SUBJECT_REACH && view.token(k); k++) {
    if (mentionStartingAt(view, k)) return startsClause(view, k);
    if (!NOMINAL.has(view.token(k)?.pos ?? "") && view.token(k)?.pos !== "DET" && view.lower(k) !== ".") return false;
  }
  return false;
}

/**
 * A participle right after a form of "be" ("was offered", "were killed"), or a verb that needs an
 * object but has none ("Americans detained in Russia"): the subject undergoes the event.
 */
function isPassive(view: SentenceView, trigger: TokenRange, transitive: boolean): boolean {
  // "are offering", "has been supporting": progressive, not passive
  if (!isVerb(view, trigger.first) || view.lower(trigger.first).endsWith("ing")) return false;
  if (transitive && !OBJECT_START.has(view.token(trigger.end)?.pos ?? "")) return true;
  // the clause layer's verb chain tells the voice of a predicate ("was offered", "had been rejected")
  const clause = clauseAt(view.doc, trigger.first);
  return clause !== undefined && clause.predicate === trigger.first && clause.chain.passive;
}

function isActiveWithSubject(view: SentenceView, trigger: TokenRange): boolean {
  const clause = clauseAt(view.doc, trigger.first);
  // the trigger may hold its whole verb chain ("would not oppose")
  return clause !== undefined && clause.predicate >= trigger.first && clause.predicate < trigger.end && !clause.chain.passive && clause.subject !== null;
}

const ids = (mentions: Mention[]) => [...new Set(mentions.map((m) => m.actor.id))];

/** No actor takes part: a collective subject named only by a noun ("the unions threaten") stands in, as text. */
function orGroup(view: SentenceView, trigger: TokenRange, agents: string[]): string[] {
  if (agents.length > 0) return agents;
  const group = groupParticipant(view, trigger);
  return group ? [group] : [];
}

/** "is sceptical of", "were extremely critical of": an adjective after a form of "be" is the clause's predicate, not a noun phrase. */
function isPredicateAdjective(view: SentenceView, i: number): boolean {
  if (view.token(i)?.pos !== "ADJ") return false;
  let k = i - 1;
  while (view.token(k)?.pos === "ADV" && k > view.first) k--;
  return clauseWords().beForms.has(view.lower(k));
}

export function participantsOf(view: SentenceView, trigger: TokenRange, clause: Clause, everyone: boolean, transitive = false): Participants {
  const nominal = NOMINAL.has(view.token(trigger.first)?.pos ?? "") && !isPredicateAdjective(view, trigger.first);
  const before = subjectsBefore(view, trigger.first, nominal, clause);
  const { objects, doers } = mentionsAfter(view, trigger.end, clause, nominal);
  if (everyone) return { agents: orGroup(view, trigger, ids([...before, ...objects, ...doers])), recipients: [] };
  // "was offered by X", and the reduced "Hezbollah, backed by Iran"; but a verb the clause layer reads as
  // active with its own subject has no "by" agent: "the court ruled on the appeal of a decision by the government"
  const active = !nominal && isActiveWithSubject(view, trigger);
  const passive = isPassive(view, trigger, transitive) || (!nominal && doers.length > 0 && !active);
  if (passive) return { agents: ids(doers), recipients: ids([...before, ...objects]) };
  const agents = orGroup(view, trigger, ids(active ? before : [...before, ...doers]));
  return { agents, recipients: ids(objects).filter((id) => !agents.includes(id)) };
}

/** Tokens between a verb and its object ("meet with the prime minister"). */
const OBJECT_REACH = 4;
const OBJECT_GAP = new Set(["DET", "ADJ", "PROPN", "NOUN"]);

/**
 * What follows a verb such as "meet": someone named ("meet Netanyahu", "meet with the prime minister"),
 * some thing ("meet its objectives", "meet the demands"), or no object at all ("agreed to meet in Geneva").
 */
export function objectAfter(view: SentenceView, token: number): "named" | "thing" | "none" {
  // "meet next month", "meet this week": a word that opens an adjunct of time or place is no object
  if (view.lex.participants.objectStops.has(view.lower(token))) return "none";
  for (let i = token; i < token + OBJECT_REACH && i < view.end; i++) {
    const m = mentionStartingAt(view, i);
    if (m) return canParticipate(view, m) ? "named" : "thing";
    const pos = view.token(i)?.pos ?? "";
    if (view.lower(i) === "with" || pos === "DET" || pos === "ADJ") continue;
    return OBJECT_GAP.has(pos) || pos === "NUM" || pos === "PRON" ? "thing" : "none";
  }
  return "thing";
}
