import { fallbackProfile, genericProfile, shippedProfiles, type Profile } from "../../kb/profile.js";
import { readKbFile } from "../../kb/files.js";
import type { DocumentProfile } from "../../record/schema.js";
import { keywordPattern } from "../positions/issues.js";
import { VocabularyIndex, wordCounts } from "./vocabulary-index.js";

interface ChoiceSettings {
  titleWeight: number;
  minScore: number;
  minLead: number;
  minLeadShare: number;
  cues: number;
}

/** One profile's match with an article: its score and the words found, most frequent first. */
export interface ProfileScore {
  profile: Profile;
  score: number;
  cues: string[];
}

interface Vocabulary {
  word: string;
  pattern: RegExp;
}

interface CompiledVocabulary {
  words: Vocabulary[];
  /** phrases that hold a term without marking the kind ('hunger strike'): blanked out before counting */
  not: RegExp[];
  /** those phrases as written, lower-cased: which of them can occur in a text is found with the terms (most texts hold none) */
  notWords: string[];
}

const vocabularies = new WeakMap<Profile, CompiledVocabulary>();

/** The words that mark a kind of negotiation: its terms and the names of its kinds of party, each once. */
function vocabulary(profile: Profile): CompiledVocabulary {
  let known = vocabularies.get(profile);
  if (!known) {
    const words = [...new Set([...profile.terms, ...profile.partyKinds.flatMap((kind) => kind.keywords)].map((w) => w.toLowerCase()))];
    known = {
      words: words.map((word) => ({ word, pattern: new RegExp(keywordPattern(word).source, "gi") })),
      not: profile.notTerms.map((phrase) => new RegExp(keywordPattern(phrase).source, "gi")),
      notWords: profile.notTerms.map((phrase) => phrase.toLowerCase()),
    };
    vocabularies.set(profile, known);
  }
  return known;
}

const indexes = new WeakMap<readonly Profile[], VocabularyIndex>();

/**
 * One index over the vocabularies of a list of profiles, made once per list: first each profile's
 * words, then each profile's not-phrases.
 */
function vocabularyIndex(profiles: readonly Profile[]): VocabularyIndex {
  let index = indexes.get(profiles);
  if (!index) {
    const lists = profiles.map((profile) => vocabulary(profile));
    index = new VocabularyIndex([...lists.map((v) => v.words.map((w) => w.word)), ...lists.map((v) => v.notWords)]);
    indexes.set(profiles, index);
  }
  return index;
}

function occurrences(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** The text with every match of `phrases` blanked out (same length, so nothing else moves). */
function withoutPhrases(text: string, phrases: RegExp[]): string {
  return phrases.reduce((t, phrase) => t.replace(phrase, (m) => " ".repeat(m.length)), text);
}

/**
 * How well each profile's vocabulary matches an article; a word found n times adds 1 + ln(n). The
 * article's words are read once for all profiles (VocabularyIndex); a term's pattern runs over the
 * text only when the term may occur and is longer than one word, or when a phrase that holds a term
 * without marking the kind was blanked out of this text for this profile.
 */
function scoreProfiles(profiles: readonly Profile[], text: string, title: string): ProfileScore[] {
  const { titleWeight, cues: keep } = settings();
  const bodyWords = wordCounts(text);
  const titleWords = wordCounts(title);
  const index = vocabularyIndex(profiles);
  const tally = index.tally(bodyWords, titleWords);
  return profiles.map((profile, p) => {
    const { words, not } = vocabulary(profile);
    const maybeNot = tally.possible[profiles.length + p]!;
    const present = not.filter((_, k) => maybeNot[k]);
    const body = present.length ? withoutPhrases(text, present) : text;
    const headline = present.length ? withoutPhrases(title, present) : title;
    const possible = tally.possible[p]!;
    const found: { word: string; n: number }[] = [];
    let score = 0;
    for (let k = 0; k < words.length; k++) {
      if (!possible[k]) continue;
      const { word, pattern } = words[k]!;
      const counted = !present.length && index.countsWords(p, k);
      const n = counted
        ? tally.body[p]![k]! + titleWeight * tally.title[p]![k]!
        : occurrences(pattern, body) + titleWeight * occurrences(pattern, headline);
      if (n === 0) continue;
      score += 1 + Math.log(n);
      found.push({ word, n });
    }
    found.sort((a, b) => b.n - a.n || (a.word < b.word ? -1 : 1));
    return { profile, score: round(score), cues: found.slice(0, keep).map((f) => f.word) };
  });
}

/** How well a profile's vocabulary matches an article; a word found n times adds 1 + ln(n). */
export function scoreProfile(profile: Profile, text: string, title = ""): ProfileScore {
  let alone = lists.get(profile);
  if (!alone) lists.set(profile, (alone = [profile]));
  return scoreProfiles(alone, text, title)[0]!;
}

/** a profile as a list of its own, the same list each time, so its index is made once */
const lists = new WeakMap<Profile, readonly Profile[]>();

/** Every shipped profile's score for an article, best first (ties by name, so the order is fixed). */
export function profileScores(text: string, title = ""): ProfileScore[] {
  const normalised = text.replace(/[\u2018\u2019]/g, "'");
  return scoreProfiles(shippedProfiles(), normalised, title)
    .sort((a, b) => b.score - a.score || (a.profile.name < b.profile.name ? -1 : 1));
}

/**
 * The profile for an article: the shipped profile whose vocabulary matches it best, when that is
 * clear (a minimum score and a lead over the next); otherwise the generic profile, with every event
 * domain.
 */
export function chooseProfile(text: string, title = ""): { profile: Profile; choice: DocumentProfile } {
  const { minScore, minLead, minLeadShare } = settings();
  const scores = profileScores(text, title);
  const [best, next] = scores;
  const lead = best ? best.score - (next?.score ?? 0) : 0;
  if (best && best.score >= minScore && lead >= minLead && lead >= minLeadShare * best.score) {
    return { profile: best.profile, choice: { name: best.profile.name, chosenBy: "auto", score: best.score, cues: best.cues } };
  }
  const generic = genericProfile();
  const own = scores.find((s) => s.profile === generic) ?? scoreProfile(generic, text, title);
  return { profile: fallbackProfile(), choice: { name: generic.name, chosenBy: "fallback", score: own.score, cues: own.cues } };
}

function settings(): ChoiceSettings {
  return readKbFile<ChoiceSettings>("profile-choice.json");
}

const round = (x: number) => Math.round(x * 100) / 100;
