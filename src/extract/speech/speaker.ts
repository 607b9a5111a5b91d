import type { Doc } from "../../doc/doc.js";
import type { ActorRecord, Span } from "../../record/schema.js";
import type { TokenRange } from "../actors/roles.js";
import { actorKnowledge } from "../../kb/actors-kb.js";
import { mentionsInSentence } from "../actors/lookup.js";
import { wordsOf } from "../actors/words.js";
import { isPronoun, isSpeechVerb, subjectBefore } from "./phrases.js";

const GENDER: Record<string, "male" | "female"> = { he: "male", him: "male", his: "male", she: "female", her: "female" };

/**
 * The person a pronoun refers to: the most recent person named before it whose gender (when known)
 * fits. Names inside quotations are skipped: "Biden", said by someone else, is rarely the speaker.
 */
export function resolvePronoun(doc: Doc, pronoun: string, at: number, quoted: Span[]): ActorRecord | undefined {
  const gender = GENDER[pronoun];
  if (!gender) return undefined;
  const speaker = recentSpeaker(doc, gender, at, quoted);
  if (speaker) return speaker;
  let latest: { actor: ActorRecord; start: number } | undefined;
  let latestOfGender: { actor: ActorRecord; start: number } | undefined;
  for (const actor of doc.actors) {
    if (actor.type !== "person" || (actor.gender && actor.gender !== gender)) continue;
    for (const m of actor.mentions) {
      if (m.start >= at || quoted.some((q) => m.start >= q.start && m.end <= q.end)) continue;
      if (!latest || m.start > latest.start) latest = { actor, start: m.start };
      if (actor.gender && (!latestOfGender || m.start > latestOfGender.start)) latestOfGender = { actor, start: m.start };
    }
  }
  // A person known to fit the pronoun, named within the last paragraphs, beats a nearer one of unknown gender.
  const paragraphOf = (offset: number) => doc.paragraphs.findIndex((p) => offset < p.end);
  if (latestOfGender && paragraphOf(at) - paragraphOf(latestOfGender.start) <= RECENT_PARAGRAPHS) return latestOfGender.actor;
  return latest?.actor;
}

const RECENT_PARAGRAPHS = 2;

/**
 * The person who last spoke in the narration of this or the previous sentence ("Yermak ... wrote on
 * Telegram ... “...,” he wrote"): "he" continues the speaker, not a name mentioned in passing.
 */
function recentSpeaker(doc: Doc, gender: "male" | "female", at: number, quoted: Span[]): ActorRecord | undefined {
  const kb = actorKnowledge();
  const words = wordsOf(doc);
  const here = doc.sentenceAt(at);
  const floor = doc.sentences[Math.max(0, here - 1)]?.firstToken ?? 0;
  for (let v = doc.tokenAt(at) - 1; v >= floor; v--) {
    if (!isSpeechVerb(kb, words, v) || insideQuote(doc.tokens[v]!.start, quoted)) continue;
    const subject = subjectBefore(doc, words, v);
    if (!subject || isPronoun(words, subject)) continue;
    const actor = actorForPhrase(doc, words, subject, quoted);
    if (actor?.type === "person" && (!actor.gender || actor.gender === gender)) return actor;
  }
  return undefined;
}

const insideQuote = (at: number, quoted: Span[]) => quoted.some((q) => at >= q.start && at < q.end);

/** "it said": the latest organisation, office or state that was the subject of a speech verb. */
function previousInstitutionSpeaker(doc: Doc, words: string[], before: number, quoted: Span[]): ActorRecord | undefined {
  const kb = actorKnowledge();
  for (let v = doc.tokenAt(before) - 1; v >= 0; v--) {
    if (!isSpeechVerb(kb, words, v) || insideQuote(doc.tokens[v]!.start, quoted)) continue;
    const subject = subjectBefore(doc, words, v);
    if (!subject || isPronoun(words, subject)) continue;
    const actor = actorForPhrase(doc, words, subject, quoted);
    if (actor && actor.type !== "person" && actor.type !== "place") return actor;
  }
  return undefined;
}

/** "the statement said": whoever the text last said issued a statement (a person first). */
function statementAuthor(doc: Doc, words: string[], before: number, quoted: Span[]): ActorRecord | undefined {
  const kb = actorKnowledge();
  const current = doc.sentenceAt(before);
  for (let s = current; s >= 0 && current - s < 6; s--) {
    const sentence = doc.sentences[s]!;
    const mentionsStatement = doc.sentenceTokens(s).some((t, i) => kb.statementNouns.has(words[sentence.firstToken + i]!.toLowerCase()) && !insideQuote(t.start, quoted) && t.end <= before);
    if (!mentionsStatement) continue;
    const mentions = mentionsInSentence(doc, s).filter((m) => !insideQuote(m.start, quoted) && m.start < before);
    const author = mentions.find((m) => m.actor.type === "person") ?? mentions.find((m) => m.actor.type !== "place");
    if (author) return author.actor;
  }
  return undefined;
}

/**
 * The actor a subject phrase names. The head of an English noun phrase comes last, so the actor
 * whose mention ends at the phrase's end wins ("White House spokesman John Kirby" → Kirby;
 * "Israel's foreign ministry" → the ministry, not Israel).
 */
export function actorForPhrase(doc: Doc, words: string[], range: TokenRange, quoted: Span[]): ActorRecord | undefined {
  const pronoun = isPronoun(words, range);
  const start = doc.tokens[range[0]]!.start;
  const end = doc.tokens[range[1] - 1]!.end;
  if (pronoun === "it") return previousInstitutionSpeaker(doc, words, start, quoted);
  if (pronoun) return resolvePronoun(doc, pronoun, start, quoted);
  // the knowledge base is asked only here: finding it (it follows the active profile) has a cost
  if (range[1] - range[0] === 2 && words[range[0]]!.toLowerCase() === "the" && actorKnowledge().statementNouns.has(words[range[0] + 1]!.toLowerCase())) {
    return statementAuthor(doc, words, start, quoted);
  }
  let best: { actor: ActorRecord; end: number; length: number } | undefined;
  for (const actor of doc.actors) {
    for (const m of actor.mentions) {
      if (m.start < start || m.end > end) continue;
      const better = !best || m.end > best.end || (m.end === best.end && m.end - m.start > best.length);
      if (better) best = { actor, end: m.end, length: m.end - m.start };
    }
  }
  return best?.actor;
}
