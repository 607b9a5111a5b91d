/**
 * Which keywords of a profile can match a text at all, found from the text's words instead of by
 * running every keyword's pattern: each keyword has an anchor word that any match contains whole
 * ('truce'), as a prefix ('withdraw*') or as a suffix ('*-week').
 */
export class KeywordIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes: { text: string; keyword: number }[] = [];
  private readonly suffixes: { text: string; keyword: number }[] = [];
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
    else if (prefix && WORD.test(prefix.slice(0, -1))) this.prefixes.push({ text: prefix.slice(0, -1), keyword: i });
    else if (suffix && WORD.test(suffix.slice(1))) this.suffixes.push({ text: suffix.slice(1), keyword: i });
    else this.always.push(i);
  }

  /** The keywords (by position in the list given) that may match `lower`, a lower-case text, in order. */
  candidates(lower: string): number[] {
    const found = new Set(this.always);
    for (const word of lower.match(WORDS) ?? []) {
      for (const k of this.exact.get(word) ?? []) found.add(k);
      for (const p of this.prefixes) if (word.startsWith(p.text)) found.add(p.keyword);
      for (const s of this.suffixes) if (word.endsWith(s.text)) found.add(s.keyword);
    }
    return [...found].sort((a, b) => a - b);
  }
}

/** Words as keyword patterns see them: runs of word characters and hyphens. */
const WORDS = /[\w-]+/g;
const WORD = /^[\w-]+$/;

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
