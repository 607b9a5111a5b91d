import type { Doc } from "../../doc/doc.js";
import type { ActorRecord } from "../../record/schema.js";
import { clauseAt } from "../clauses/index.js";
import { groupParticipant } from "./groups.js";
import { mentionsRightAfter } from "./mentions.js";
import type { Participants } from "./participants.js";
import { speakerBeforeVerb } from "./subjects.js";
import type { SentenceView } from "./sentence.js";

/** How far after an assessment "by X" may name its author ("described as constructive by Israel"). */
const BY_WINDOW = 4;

function quoteSpeaker(view: SentenceView, offset: number): string[] {
  const quote = view.doc.quotes.find((q) => q.start <= offset && offset < q.end && q.speaker);
  return quote?.speaker ? [quote.speaker] : [];
}

function authorAfterBy(view: SentenceView, afterWord: number): string[] {
  const limit = Math.min(view.words.length, afterWord + BY_WINDOW);
  for (let i = afterWord; i < limit; i++) {
    if (view.lex.participants.agentMarkers.has(view.words[i]!.text)) return mentionsRightAfter(view, view.words[i]!.token + 1);
  }
  return [];
}

/** The speaker of a verb of saying: its subject ("Kirby said"), else the name after it ("said Kirby", "according to X"). */
function speakerOfVerb(view: SentenceView, from: number, to: number): string[] {
  const before = speakerBeforeVerb(view, view.words[from]!.token);
  return before.length > 0 ? before : mentionsRightAfter(view, view.words[to - 1]!.token + 1);
}

/**
 * Who makes a statement at words [from, to) of the sentence (its first phrase ending at `firstEnd`):
 * the speaker of the quote it is in, the author named by "by", or the speaker of the nearest verb of saying.
 */
export function speakerOf(view: SentenceView, from: number, to: number, firstEnd = to): string[] {
  const inQuote = quoteSpeaker(view, view.doc.tokens[view.words[from]!.token]!.start);
  if (inQuote.length > 0) return inQuote;
  const byAuthor = authorAfterBy(view, firstEnd);
  if (byAuthor.length > 0) return byAuthor;
  const verbs = view.lex.participants.speechVerbs.scan(view.words).filter((v) => v.to <= from || v.from >= to);
  verbs.sort((a, b) => Math.abs(a.from - from) - Math.abs(b.from - from));
  for (const v of verbs) {
    const speaker = speakerOfVerb(view, v.from, v.to);
    if (speaker.length > 0) return speaker;
  }
  return [];
}

/**
 * Who a judgement with no speaker is about: the subject of its clause in the clause layer ("ICO
 * producing and consuming countries failed to agree", "the talks broke down" has none that is a party).
 */
export function subjectOfJudgement(view: SentenceView, from: number): string[] {
  const token = view.words[from]!.token;
  const clause = clauseAt(view.doc, token);
  const subject = clause?.subject;
  if (!clause || !subject || token < clause.chain.first) return [];
  const head = subject.relative ? subject.head : subject.last;
  const named = view.mentions.filter((m) => m.firstToken >= subject.first && m.endToken - 1 <= head);
  if (named.length > 0) return [...new Set(named.map((m) => m.actor.id))];
  const group = groupParticipant(view, { first: clause.predicate, end: clause.predicate + 1 });
  return group ? [group] : [];
}

/** The same actor, or an actor and the side it speaks for ("Lenz" and "Valdoria"). */
function sameSide(doc: Doc, a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [doc.actor(a), doc.actor(b)];
  const names = (actor: ActorRecord | undefined) => (actor ? [actor.name, ...actor.aliases].map((n) => n.toLowerCase()) : []);
  const speaksFor = (actor: ActorRecord | undefined, side: ActorRecord | undefined) => !!actor?.affiliation && names(side).includes(actor.affiliation.toLowerCase());
  return speaksFor(x, y) || speaksFor(y, x);
}

/**
 * An event done by saying it, at words [from, to): "The Front must return them, Brask said". The
 * speaker does it, and whoever the trigger names is its recipient. Null when the speaker lays it on
 * himself or his own side ("we must leave" is no request).
 */
export function spokenBy(view: SentenceView, from: number, to: number, named: Participants): Participants | null {
  const others = [...new Set([...named.agents, ...named.recipients])];
  const speaker = speakerOf(view, from, to)[0];
  if (!speaker) return { agents: [], recipients: others };
  const subject = view.mentions.find((m) => m.endToken === view.words[from]!.token);
  if (subject?.subjectOnly && sameSide(view.doc, subject.actor.id, speaker)) return null;
  return { agents: [speaker], recipients: others.filter((id) => !sameSide(view.doc, id, speaker)) };
}
