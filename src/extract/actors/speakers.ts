import { invertedSubject, isPronoun } from "../speech/phrases.js";
import { addMention, addRole, type ActorDraft, type ActorDrafts } from "./drafts.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import type { ActorContext } from "./index.js";
import { lastTitle, rangeText, type TokenRange } from "./roles.js";

const DETERMINERS = new Set(["the", "a", "an"]);
/** Noun phrases that name nobody in particular: "his team", "no group", "which ministry". */
const NOBODY_IN_PARTICULAR = new Set(["his", "her", "their", "its", "our", "my", "your", "what", "which", "whose", "no", "any", "every", "each", "some", "another", "other", "such"]);

const overlapsMention = (drafts: ActorDrafts, start: number, end: number) =>
  drafts.all.some((d) => d.mentions.some((m) => m.start < end && start < m.end));

/**
 * Speakers named only by a title or an institution ("the official said", "a senior Kestrian official
 * told reporters", "the prime minister's office said") become actors, so that quotes and statements
 * can point at them. A definite title with no side ("the official") refers back to the latest actor
 * holding that title when there is one.
 */
export function addSpeechSubjects(ctx: ActorContext): void {
  const { doc, words, kb, drafts, sides } = ctx;
  const t = doc.tokens;
  for (const { verb, subject } of ctx.speech) {
    for (const range of [subject, invertedSubject(doc, words, verb)]) {
      if (!range || isPronoun(words, range) || NOBODY_IN_PARTICULAR.has(words[range[0]]!.toLowerCase())) continue;
      const start = t[range[0]]!.start;
      const end = t[range[1] - 1]!.end;
      const lastWord = words[range[1] - 1]!.toLowerCase();
      const institution = kb.institutions.has(lastWord);
      const title = lastTitle(kb, words, range);
      if (!institution && !title) continue;
      if (!institution && overlapsMention(drafts, start, end)) continue;
      let first = phraseStart(kb, words, range);
      const determiner = DETERMINERS.has(words[first]!.toLowerCase()) ? words[first]!.toLowerCase() : null;
      if (determiner) first++;
      if (first >= range[1]) continue;
      const phrase: TokenRange = [first, range[1]];
      const name = rangeText(doc, phrase);
      // "a Gazprom spokesman said" names an employer; "said Charlie King" is a name, not a king of Charlie's
      const side = sides.of(phrase, { unknownEmployers: determiner !== null });
      const mention = { start: t[first]!.start, end };
      // "the government said", "officials said": too vague to be an actor unless the phrase names a side.
      if (!side && range[1] - first < 2 && !(determiner === "the" && title)) continue;
      if (!institution && determiner === "the" && !side) {
        const antecedent = latestHolder(drafts, title!, mention.start);
        if (antecedent) {
          addMention(antecedent, mention, name, false);
          continue;
        }
      }
      const draft = drafts.obtain(`${institution ? "org" : "unnamed"}:${name.toLowerCase().replace(/\u2019/g, "'")}`, institution ? "organization" : "unnamed");
      draft.label ??= name;
      addMention(draft, mention, name);
      if (title) addRole(draft, title);
      draft.affiliation ??= side;
    }
  }
}

/** "One diplomat said", "one banker said": a quantifier that is part of an unnamed speaker's phrase. */
const QUANTIFIERS = new Set(["one", "another"]);

/** "But the foreign secretary said": the conjunction opens the sentence, not the phrase ("Mr." and "One diplomat" stay). */
function phraseStart(kb: ActorKnowledge, words: string[], range: TokenRange): number {
  let first = range[0];
  const keeps = (w: string) => kb.honorifics.has(w) || DETERMINERS.has(w.toLowerCase()) || QUANTIFIERS.has(w.toLowerCase());
  while (first < range[1] - 1 && kb.nonNames.has(words[first]!) && !keeps(words[first]!)) first++;
  return first;
}

/**
 * A speaker named only by a lower-case definite title ("the foreign secretary told MPs") right after
 * a person without a title is that person: the title becomes theirs, with the side the office implies.
 * Runs before office-holders without a name are collected, which then skip the phrase (`covered`).
 */
export function addTitleAnaphora(ctx: ActorContext, covered: Set<number>): void {
  const { doc, words, kb } = ctx;
  const t = doc.tokens;
  for (const { subject } of ctx.speech) {
    if (!subject) continue;
    const first = phraseStart(kb, words, subject);
    if (words[first]!.toLowerCase() !== "the" || first + 1 >= subject[1]) continue;
    const phrase: TokenRange = [first + 1, subject[1]];
    const lowerCase = words.slice(phrase[0], phrase[1]).every((w) => /^[a-z]/.test(w));
    if (!lowerCase || !lastTitle(kb, words, phrase) || kb.institutions.has(words[phrase[1] - 1]!)) continue;
    const start = t[phrase[0]]!.start;
    const name = rangeText(doc, phrase);
    const antecedent = untitledAntecedent(ctx, t[first]!.start, name);
    if (!antecedent) continue;
    addMention(antecedent, { start, end: t[phrase[1] - 1]!.end }, name, false);
    addRole(antecedent, name);
    antecedent.affiliation ??= officeSide(ctx, name);
    for (let k = phrase[0]; k < phrase[1]; k++) covered.add(k);
  }
}

/**
 * "Jack Straw said ... The foreign secretary told MPs": a definite title with no holder yet refers to
 * the one person the text named in this sentence or the one before, when that person spoke there,
 * nobody else was named there and the person has no other title of their own (which would make the
 * title someone else's).
 */
function untitledAntecedent(ctx: ActorContext, before: number, title: string): ActorDraft | undefined {
  const { doc, drafts } = ctx;
  const sentence = doc.tokens[doc.tokenAt(before)]!.sentence;
  const windowStart = doc.sentences[Math.max(0, sentence - 1)]!.start;
  const named = drafts.all.filter((d) => (d.type === "person" || d.type === "unnamed") && d.mentions.some((m) => m.start < before && m.start >= windowStart));
  // "Brown met Smith. The chancellor said": with two people named, the title could be either's
  if (named.length !== 1 || named[0]!.type !== "person") return undefined;
  const person = named[0]!;
  // the person spoke there ("Jack Straw said."): a title opening a story ("The president told ...") may be anyone's
  const spoke = ctx.speech.some(({ subject }) => {
    if (!subject) return false;
    const at = doc.tokens[subject[0]]!.start;
    const to = doc.tokens[subject[1] - 1]!.end;
    return at >= windowStart && at < before && person.mentions.some((m) => m.start >= at && m.end <= to);
  });
  const roles = person.roles;
  return spoke && (roles.length === 0 || roles.some((r) => r.toLowerCase() === title.toLowerCase())) ? person : undefined;
}

/** The side an office implies without naming it ("foreign secretary": the United Kingdom). */
function officeSide(ctx: ActorContext, title: string): string | null {
  const lower = title.toLowerCase();
  for (const [office, side] of ctx.kb.officeSides) if (side && lower === office) return side;
  return null;
}

function latestHolder(drafts: ActorDrafts, title: string, before: number): ActorDraft | undefined {
  let best: { draft: ActorDraft; at: number } | undefined;
  for (const d of drafts.all) {
    if (!d.roles.some((r) => r.toLowerCase().endsWith(title))) continue;
    const at = Math.max(-1, ...d.mentions.filter((m) => m.start < before).map((m) => m.start));
    if (at >= 0 && (!best || at > best.at)) best = { draft: d, at };
  }
  return best?.draft;
}
