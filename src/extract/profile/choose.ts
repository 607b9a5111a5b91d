import { fallbackProfile, genericProfile, shippedProfiles, type Profile } from "../../kb/profile.js";
import { readKbFile } from "../../kb/files.js";
import type { DocumentProfile } from "../../record/schema.js";
import { keywordPattern } from "../positions/issues.js";
import { KeywordIndex, wordsOf } from "../positions/keyword-index.js";

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
  index: KeywordIndex;
  /** phrases that hold a term without marking the kind ('hunger strike'): blanked out before counting */
  not: RegExp[];
  /** which of those phrases can occur in a text at all: most texts hold none, and each costs a pass over the text */
  notIndex: KeywordIndex;
}

const vocabularies = new WeakMap<Profile, CompiledVocabulary>();

/** The words that mark a kind of negotiation: its terms and the names of its kinds of party, each once. */
function vocabulary(profile: Profile): CompiledVocabulary {
  let known = vocabularies.get(profile);
  if (!known) {
    const words = [...new Set([...profile.terms, ...profile.partyKinds.flatMap((kind) => kind.keywords)].map((w) => w.toLowerCase()))];
    known = {
      words: words.map((word) => ({ word, pattern: new RegExp(keywordPattern(word).source, "gi") })),
      // only words whose anchor occurs in the text are counted: most of a profile's vocabulary is absent
      index: new KeywordIndex(words),
      not: profile.notTerms.map((phrase) => new RegExp(keywordPattern(phrase).source, "gi")),
      notIndex: new KeywordIndex(profile.notTerms),
    };
    vocabularies.set(profile, known);
  }
  return known;
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

/** How well a profile's vocabulary matches an article; a word found n times adds 1 + ln(n). */
export function scoreProfile(profile: Profile, text: string, title = "", textWords = wordsOf((text + "\n" + title).toLowerCase())): ProfileScore {
  const { titleWeight, cues: keep } = settings();
  const found: { word: string; n: number }[] = [];
  let score = 0;
  const { words, index, not, notIndex } = vocabulary(profile);
  const present = notIndex.candidatesOf(textWords).map((k) => not[k]!);
  const body = withoutPhrases(text, present);
  const headline = withoutPhrases(title, present);
  // the words of the text before blanking: a superset, and read once for all profiles
  for (const k of index.candidatesOf(textWords)) {
    const { word, pattern } = words[k]!;
    const n = occurrences(pattern, body) + titleWeight * occurrences(pattern, headline);
    if (n === 0) continue;
    score += 1 + Math.log(n);
    found.push({ word, n });
  }
  found.sort((a, b) => b.n - a.n || (a.word < b.word ? -1 : 1));
  return { profile, score: round(score), cues: found.slice(0, keep).map((f) => f.word) };
}

/** Every shipped profile's score for an article, best first (ties by name, so the order is fixed). */
export function profileScores(text: string, title = ""): ProfileScore[] {
  const normalised = text.replace(/[\u2018\u2019]/g, "'");
  const words = wordsOf((normalised + "\n" + title).toLowerCase());
  return shippedProfiles()
    .map((profile) => scoreProfile(profile, normalised, title, words))
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
