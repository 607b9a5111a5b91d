import type { ActorRecord } from "../../record/schema.js";
import type { SentenceContext } from "./context.js";
import type { Subject } from "./subject.js";
import { clausesOfSentence } from "../clauses/index.js";
import { groupVocabulary as groupWords } from "../groups/vocabulary.js";
import { collectiveActors } from "../groups/collective-actors.js";

const MODIFIERS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
/** Words before a subject that make the phrase an object ('talks between producers and consumers'). */
const OBJECT_BEFORE = new Set(["ADP", "VERB", "AUX"]);
const MAX_WORDS = 6;

interface Phrase {
  first: number;
  last: number;
}

/** A phrase headed by a group noun ending at `last` ('a splinter group of eight producers', 'the Dutch'), determiners left out. */
function groupPhraseEndingAt(ctx: SentenceContext, last: number): Phrase | null {
  const words = groupWords();
  const head = ctx.word(last);
  // an actor the actors stage made of the group word itself ('Consumers said') is that group
  const mention = ctx.mentionAt(last);
  if (!ctx.inside(last) || (mention && !(mention.first === last && isGroupName(mention.actor)))) return null;
  if (words.peoples.has(head)) return ctx.word(last - 1) === "the" ? { first: last, last } : null;
  const modified = words.modifiedHeads.has(head);
  if ((!words.heads.has(head) && !modified) || (ctx.pos(last) !== "NOUN" && ctx.pos(last) !== "PROPN")) return null;
  let first = last;
  for (let k = last - 1; ctx.inside(k) && last - k < MAX_WORDS; k--) {
    // 'ICO members': a name as modifier belongs to the phrase; 'Brazil's' ends it
    const mention = ctx.mentionAt(k);
    if (mention) {
      if (mention.last !== k) break;
      first = k = mention.first;
      continue;
    }
    const linking = ctx.word(k) === "of" && ctx.pos(k - 1) === "NOUN" && !ctx.mentionAt(k - 1);
    if (!MODIFIERS.has(ctx.pos(k)) && !ctx.isWordHyphen(k) && !linking) break;
    if (words.determiners.has(ctx.word(k))) break;
    first = k;
  }
  return modified && first === last ? null : { first, last };
}

function isGroupName(actor: ActorRecord): boolean {
  const name = actor.name.toLowerCase();
  return actor.type === "collective" || groupWords().heads.has(name) || groupWords().modifiedHeads.has(name);
}

function wordBeforePhrase(ctx: SentenceContext, first: number): number {
  let k = first - 1;
  while (groupWords().determiners.has(ctx.word(k))) k--;
  return k;
}

/**
 * 'In contrast producers wanted': a sentence opening with a preposition and its noun ('In contrast',
 * 'In response') before a head that names a group alone; the group is the head, not the preposition's object.
 */
function openingAdverbialLeftOut(ctx: SentenceContext, phrase: Phrase | null): Phrase | null {
  if (!phrase || phrase.last - phrase.first !== 1) return phrase;
  const opening = phrase.first - 1 === ctx.first && ctx.pos(ctx.first) === "ADP" && ctx.pos(phrase.first) === "NOUN";
  return opening && groupWords().heads.has(ctx.word(phrase.last)) ? { first: phrase.last, last: phrase.last } : phrase;
}

/**
 * A collective subject no actor stands for ('Consumers and a splinter group of eight producers
 * favoured', 'producers wanted', 'the Dutch and British delegations gave support'): each conjunct is
 * a group holder named by its own words; a people's name before 'and' shares the head noun ('Dutch
 * and British delegations' is the Dutch delegations and the British delegations). A phrase that is
 * a preposition's or verb's object is no subject.
 */
export function groupSubject(ctx: SentenceContext, last: number): Subject | null {
  const phrase = openingAdverbialLeftOut(ctx, groupPhraseEndingAt(ctx, last));
  if (!phrase) return null;
  const named: { first: number; last: number; name?: string }[] = [phrase];
  let before = wordBeforePhrase(ctx, phrase.first);
  const actors: ActorRecord[] = [];
  while (ctx.word(before) === "and" || ctx.word(before) === ",") {
    const end = ctx.word(before - 1) === "," ? before - 2 : before - 1;
    const mention = ctx.mentionAt(end);
    const sharesHead = !mention && groupWords().peoples.has(ctx.word(end)) && !groupWords().peoples.has(ctx.word(phrase.last));
    const other = mention || sharesHead ? null : groupPhraseEndingAt(ctx, end);
    if (mention && mention.actor.type !== "place") {
      actors.push(mention.actor);
      before = wordBeforePhrase(ctx, mention.first);
    } else if (sharesHead) {
      // 'Dutch and British delegations': the people's name takes the head of the phrase after it
      named.push({ first: end, last: end, name: `${ctx.text(end, end)} ${ctx.text(Math.min(phrase.first + 1, phrase.last), phrase.last)}` });
      before = wordBeforePhrase(ctx, end);
    } else if (other) {
      named.push(other);
      before = wordBeforePhrase(ctx, other.first);
    } else break;
  }
  if (ctx.inside(before) && OBJECT_BEFORE.has(ctx.pos(before))) return null;
  for (const p of named) {
    const name = p.name ?? ctx.text(p.first, p.last);
    const span = { start: ctx.doc.tokens[p.first]!.start, end: ctx.doc.tokens[p.last]!.end };
    actors.push(ctx.index.actorsNamed(name.toLowerCase()).find((a) => a.type !== "place") ?? collectiveActors(ctx.doc).obtain(name, span));
  }
  const first = Math.min(...named.map((p) => p.first));
  return { actors: [...new Set(actors)], first };
}

/**
 * The collective subject of the nearest earlier clause of the sentence, for a plural pronoun at
 * `at` ('consumers insisted they did not want', 'Consumer delegates said they had not been
 * prepared'): only when that subject is a group phrase no actor stands for.
 */
export function groupAntecedent(ctx: SentenceContext, at: number): Subject | null {
  let nearest: Subject | null = null;
  for (const clause of clausesOfSentence(ctx.doc, ctx.sentence)) {
    const subject = clause.subject;
    if (!subject || subject.head >= at || subject.relative || subject.shared) continue;
    nearest = groupSubject(ctx, subject.head) ?? nearest;
  }
  return nearest && nearest.actors !== "unresolved" && nearest.actors.every(isGroupName) ? nearest : null;
}
