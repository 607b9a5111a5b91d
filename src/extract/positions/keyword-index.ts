/**
 * Which keywords of a profile can match a text at all, found from the text's words instead of by
 * running every keyword's pattern: each keyword has an anchor word that any match contains whole
 * ('truce'), as a prefix ('withdraw*') or as a suffix ('*-week').
 */
export class KeywordIndex {
  private readonly exact = new Map<string, number[]>();
  /** prefix and suffix anchors by their text, and the lengths they come in: a word is looked up once per length, not tried against every anchor */
  private readonly prefixes = new Map<string, number[]>();
  private readonly suffixes = new Map<string, number[]>();
  private readonly prefixLengths = new Set<number>();
  private readonly suffixLengths = new Set<number>();
  /** keywords with no usable anchor: always tried */
  private readonly always: number[] = [];

  constructor(keywords: string[]) {
    keywords.forEach((keyword, i) => this.add(keyword, i));
  }

  private add(keyword: string, i: number): void {
    const pieces = keyword.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/\s+/).filter((p) => p !== "...");
    const whole = pieces.filter((p) => WORD.test(p)).sort((a, b) => b.length - a.length)[0];
    const prefix = pieces.find((p) => p.endsWith("*") && p.indexOf("*") === p.length - 1);
    const suffix = pieces.find((p) => p.startsWith("*") && p.lastIndexOf("*") === 0);
    if (whole !== undefined) push(this.exact, whole, i);
    else if (prefix && WORD.test(prefix.slice(0, -1))) {
      push(this.prefixes, prefix.slice(0, -1), i);
      this.prefixLengths.add(prefix.length - 1);
    } else if (suffix && WORD.test(suffix.slice(1))) {
      push(this.suffixes, suffix.slice(1), i);
      this.suffixLengths.add(suffix.length - 1);
    }
    else this.always.push(i);
  }

  /** The keywords (by position in the list given) that may match `lower`, a lower-case text, in order. */
  candidates(lower: string): number[] {
    return this.candidatesOf(wordsOf(lower));
  }

  /** The same from the distinct words of a text (wordsOf), so that several indexes share one reading of it. */
  candidatesOf(words: ReadonlySet<string>): number[] {
    const found = new Set(this.always);
    const add = (list: number[] | undefined) => list?.forEach((k) => found.add(k));
    for (const word of words) {
      add(this.exact.get(word));
      for (const n of this.prefixLengths) if (word.length >= n) add(this.prefixes.get(word.slice(0, n)));
      for (const n of this.suffixLengths) if (word.length >= n) add(this.suffixes.get(word.slice(word.length - n)));
    }
    return [...found].sort((a, b) => a - b);
  }
}

/** The distinct words of a lower-case text, as keyword patterns see them. */
export function wordsOf(lower: string): Set<string> {
  return new Set(lower.match(WORDS) ?? []);
}

/** Words as keyword patterns see them: runs of word characters and hyphens. */
const WORDS = /[\w-]+/g;
const WORD = /^[\w-]+$/;

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
