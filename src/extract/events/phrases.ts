import type { Doc } from "../../doc/doc.js";

/**
 * A sentence as lower-case words for phrase matching. Quote marks and hyphens are dropped and
 * hyphenated tokens split, so "cease-fire", "cease fire" and `"as close" as` all match the same phrase;
 * every word keeps the index of the token it came from.
 */
export interface Word {
  text: string;
  token: number;
  /** the word is a later part of a hyphenated token ("border" in "cross-border") */
  inner: boolean;
}

const QUOTE_OR_HYPHEN = /^[\u0022\u0027\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB`\u2032\u2033-]+$/;
const GAP = "*";
/** A gap stops at these marks: a phrase never spans two clauses. */
const GAP_STOPS = new Set([".", ",", ";", ":", "!", "?", "—", "–", "(", ")", "[", "]"]);
const MAX_GAP = 3;
const NONE: never[] = [];

const CURLY_APOSTROPHE = /[\u2018\u2019\u201B]/g;
const HAS_CURLY_APOSTROPHE = /[\u2018\u2019\u201B]/;

export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return mayHaveCurlyApostrophe(lower) && HAS_CURLY_APOSTROPHE.test(lower) ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

/** Any character from U+2018 on: run on every token, so the regular expression runs only where it may match. */
function mayHaveCurlyApostrophe(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2018) return true;
  return false;
}

/** Quote marks and hyphens start with one of these; a token starting otherwise is a word to keep. */
const MARK_START = /^[\u0022\u0027\u2018-\u201F\u00AB\u00BB`\u2032\u2033-]/;
/** Letters and digits, most tokens, open with no mark: one char code decides before the regular expression. */
const startsWithMark = (text: string) => {
  const code = text.charCodeAt(0);
  return !((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) && MARK_START.test(text);
};

/** The words of a sentence, and the normalised text of each of its tokens (`lowers[token - firstToken]`). */
export function sentenceWords(doc: Doc, sentence: number): { words: Word[]; lowers: string[] } {
  const s = doc.sentences[sentence];
  if (!s) return { words: [], lowers: [] };
  const words: Word[] = [];
  const lowers: string[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const text = normalizeWord(doc.tokens[i]!.text);
    lowers.push(text);
    if (startsWithMark(text) && QUOTE_OR_HYPHEN.test(text)) continue;
    if (text.length > 1 && text.includes("-")) {
      text.split("-").filter(Boolean).forEach((part, k) => words.push({ text: part, token: i, inner: k > 0 }));
    } else {
      words.push({ text, token: i, inner: false });
    }
  }
  return { words, lowers };
}

/** Splits a phrase as written in a data file into the words `sentenceWords` would produce. */
export function phraseWords(phrase: string): string[] {
  return normalizeWord(phrase).split(/[\s-]+/).filter(Boolean);
}

export interface PhraseMatch<T> {
  /** first word (index into the word list) */
  from: number;
  /** one past the last word */
  to: number;
  value: T;
}

interface Entry<T> {
  words: string[];
  value: T;
}

/** Phrases indexed by their first word; matches longest first. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0 || words[0] === GAP) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    this.byFirst.set(words[0]!, list);
  }

  /** The words a phrase may start with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Every phrase matching at `from`, longest first. */
  matchesAt(words: Word[], from: number): PhraseMatch<T>[] {
    const entries = this.byFirst.get(words[from]!.text);
    if (!entries) return NONE;
    const out: PhraseMatch<T>[] = [];
    for (const entry of entries) {
      const to = matchFrom(entry.words, 0, words, from);
      if (to >= 0) out.push({ from, to, value: entry.value });
    }
    return out.length > 1 ? out.sort((a, b) => b.to - a.to) : out;
  }

  /** Is there any match in `words`? */
  test(words: Word[]): boolean {
    for (let i = 0; i < words.length; i++) if (this.byFirst.has(words[i]!.text) && this.matchesAt(words, i).length > 0) return true;
    return false;
  }

  /** Leftmost-longest matches; `accept` may refuse a match, and a shorter one at the same place is then tried. */
  scan(words: Word[], accept?: (m: PhraseMatch<T>) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < words.length) {
      if (!this.byFirst.has(words[i]!.text)) {
        i++;
        continue;
      }
      const candidates = this.matchesAt(words, i);
      const hit = accept ? candidates.find(accept) : candidates[0];
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else {
        i++;
      }
    }
    return out;
  }
}

/** Index one past the match of pattern[p..] at words[w..], or -1. */
function matchFrom(pattern: string[], p: number, words: Word[], w: number): number {
  if (p === pattern.length) return w;
  if (pattern[p] === GAP) {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      const end = matchFrom(pattern, p + 1, words, w + skip);
      if (end >= 0) return end;
      if (w + skip >= words.length || GAP_STOPS.has(words[w + skip]!.text)) break;
    }
    return -1;
  }
  if (w >= words.length || words[w]!.text !== pattern[p]) return -1;
  return matchFrom(pattern, p + 1, words, w + 1);
}
