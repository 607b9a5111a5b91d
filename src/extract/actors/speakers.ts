import { invertedSubject, isPronoun } from "../speech/phrases.js";
import { addMention, addRole, type ActorDraft, type ActorDrafts } from "./drafts.js";
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
      let first = range[0];
      const determiner = DETERMINERS.has(words[first]!.toLowerCase()) ? words[first]!.toLowerCase() : null;
      if (determiner) first++;
      if (first >= range[1]) continue;
      const phrase: TokenRange = [first, range[1]];
      const name = rangeText(doc, phrase);
      const side = sides.of(phrase);
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

function latestHolder(drafts: ActorDrafts, title: string, before: number): ActorDraft | undefined {
  let best: { draft: ActorDraft; at: number } | undefined;
  for (const d of drafts.all) {
    if (!d.roles.some((r) => r.toLowerCase().endsWith(title))) continue;
    const at = Math.max(-1, ...d.mentions.filter((m) => m.start < before).map((m) => m.start));
    if (at >= 0 && (!best || at > best.at)) best = { draft: d, at };
  }
  return best?.draft;
}
