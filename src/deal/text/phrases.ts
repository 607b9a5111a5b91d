import { phraseWords, type Word } from "./words.js";

export interface PhraseMatch<V> {
  /** word index of the first word */
  from: number;
  /** word index after the last word */
  to: number;
  value: V;
}

/**
 * A list of phrases, each with a value, matched word by word; at one position the longest phrase wins,
 * and matches never overlap.
 */
export class PhraseSet<V> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: V }>>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  static of(phrases: Iterable<string>): PhraseSet<string> {
    return new PhraseSet([...phrases].map((p) => [p, p] as [string, string]));
  }

  /** The longest phrase starting at word `at`, if any. */
  at(words: readonly Word[], at: number, limit = words.length): PhraseMatch<V> | undefined {
    for (const candidate of this.byFirst.get(words[at]?.text ?? "") ?? []) {
      const n = candidate.words.length;
      if (at + n > limit) continue;
      if (candidate.words.every((w, k) => words[at + k]!.text === w)) return { from: at, to: at + n, value: candidate.value };
    }
    return undefined;
  }

  /** Every match in words [from, to), left to right. */
  scan(words: readonly Word[], from = 0, to = words.length): Array<PhraseMatch<V>> {
    const found: Array<PhraseMatch<V>> = [];
    for (let i = Math.max(0, from); i < to; i++) {
      const m = this.at(words, i, to);
      if (m) {
        found.push(m);
        i = m.to - 1;
      }
    }
    return found;
  }

  has(words: readonly Word[], from = 0, to = words.length): boolean {
    return this.scan(words, from, to).length > 0;
  }
}
