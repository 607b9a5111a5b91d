import type { Doc } from "../../doc/doc.js";
import type { ActorRecord, Span } from "../../record/schema.js";
import type { TokenRange } from "../actors/roles.js";
import { actorKnowledge } from "../../kb/actors-kb.js";
import { mentionsInSentence } from "../actors/lookup.js";
import { resolvePronoun } from "./antecedents.js";
import { resolveDescription } from "./descriptions.js";
import { isPronoun, isSpeechVerb, subjectBefore } from "./phrases.js";
import { insideAny } from "../../record/spans.js";

export { resolvePronoun };


/** "it said": the latest organisation, office or state that was the subject of a speech verb. */
function previousInstitutionSpeaker(doc: Doc, words: string[], before: number, quoted: Span[]): ActorRecord | undefined {
  const kb = actorKnowledge();
  for (let v = doc.tokenAt(before) - 1; v >= 0; v--) {
    if (!isSpeechVerb(kb, words, v) || insideAny(doc.tokens[v]!.start, quoted)) continue;
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
    const mentionsStatement = doc.sentenceTokens(s).some((t, i) => kb.statementNouns.has(words[sentence.firstToken + i]!.toLowerCase()) && !insideAny(t.start, quoted) && t.end <= before);
    if (!mentionsStatement) continue;
    const mentions = mentionsInSentence(doc, s).filter((m) => !insideAny(m.start, quoted) && m.start < before);
    const author = mentions.find((m) => m.actor.type === "person") ?? mentions.find((m) => m.actor.type !== "place");
    if (author) return author.actor;
  }
  return undefined;
}

/**
 * The actor a subject phrase names. The head of an English noun phrase comes last, so the actor
 * whose mention ends at the phrase's end wins ("White House spokesman John Kirby" → Kirby;
 * "Israel's foreign ministry" → the ministry, not Israel), unless a person's name is followed by
 * a prepositional phrase: "Ana Holm of the Harbour Workers Union" is Holm.
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
  const headEnd = beforePostModifier(doc, words, range, start, end);
  let best: { actor: ActorRecord; end: number; length: number } | undefined;
  for (const actor of doc.actors) {
    for (const m of actor.mentions) {
      if (m.start < start || m.end > headEnd || possessor(doc, m.end, headEnd)) continue;
      const better = !best || m.end > best.end || (m.end === best.end && m.end - m.start > best.length);
      if (better) best = { actor, end: m.end, length: m.end - m.start };
    }
  }
  return best?.actor ?? resolveDescription(doc, words, range, quoted);
}

/** "Holm's spokesman", "Valdoria's ministry": a name marked as possessor inside the phrase is not its head. */
function possessor(doc: Doc, end: number, headEnd: number): boolean {
  if (end >= headEnd) return false;
  return /^(['\u2019]s?)(\s|$)/.test(doc.text.slice(end, end + 3));
}

const POST_MODIFIERS = new Set(["of", "at", "from", "with", "in", "for"]);

/** Where a person's name in the phrase is followed by "of"/"at"/...: the phrase's head ends there. */
function beforePostModifier(doc: Doc, words: string[], range: TokenRange, start: number, end: number): number {
  let cut = end;
  for (const actor of doc.actors) {
    if (actor.type !== "person") continue;
    for (const m of actor.mentions) {
      if (m.start < start || m.end > cut) continue;
      const after = doc.tokenAt(m.end);
      const following = words[after] ?? "";
      if (after < range[1] && POST_MODIFIERS.has(following)) cut = m.end;
    }
  }
  return cut;
}
