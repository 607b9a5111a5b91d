/**
 * Words of a sentence with their offsets into the document text, lower-cased, curly apostrophes made
 * straight, hyphens and punctuation as words of their own ("30-day" is "30", "-", "day") so that one
 * phrase list matches every spelling.
 */
export interface Word {
  /** lower case, straight apostrophes */
  text: string;
  /** as written */
  raw: string;
  start: number;
  end: number;
}

const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|['’](?:s|t)\b|[^\s\p{L}\p{N}]/gu;

export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const raw = m[0];
    words.push({ raw, text: raw.toLowerCase().replace(/’/g, "'"), start: from + m.index, end: from + m.index + raw.length });
  }
  return words;
}

/** A phrase as the words it is matched by. */
export const phraseWords = (phrase: string): string[] => wordsOf(phrase.toLowerCase()).map((w) => w.text);

export const isCapitalised = (word: Word | undefined) => word !== undefined && /^\p{Lu}/u.test(word.raw);
