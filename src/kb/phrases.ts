import { winkNLP } from "../extract/tokens/wink-engine.js";
import model from "wink-eng-lite-web-model";

/** Token-level normal form shared by the knowledge base and the text: curly apostrophes straightened. */
export function normToken(text: string): string {
  // most tokens have no curly quote: look before running the regular expression over every token
  return text.includes("\u2019") || text.includes("\u2018") ? text.replace(/[\u2019\u2018]/g, "'") : text;
}

let tokenizer: ReturnType<typeof winkNLP> | undefined;

/** Splits a knowledge-base phrase exactly as the pipeline splits text, so that phrases match token runs. */
export function phraseTokens(phrase: string): string[] {
  tokenizer ??= winkNLP(model, []);
  return (tokenizer.readDoc(phrase).tokens().out() as string[]).map(normToken);
}

/**
 * Lower-case forms of the words of the token list looked up last. Matchers are asked about one
 * document's words thousands of times in a row; lower-casing each word once (and hashing the result
 * once) instead of at every lookup was a hot spot of the actors stage.
 */
let lastWords: readonly string[] | undefined;
let lastLower: (string | undefined)[] = [];
function lowerAt(words: readonly string[], i: number): string {
  if (words !== lastWords || lastLower.length !== words.length) {
    lastWords = words;
    lastLower = new Array<string | undefined>(words.length);
  }
  return (lastLower[i] ??= words[i]!.toLowerCase());
}

/** Hands the matchers the lower-case forms a caller has made of a whole token list, so that they are not made twice. */
export function shareLowerCase(words: readonly string[], lower: readonly string[]): void {
  lastWords = words;
  // lowerAt only fills gaps, and a complete list has none: it is never written to
  lastLower = lower as string[];
}

/**
 * Longest-match lookup of multi-token phrases over a token sequence. Case-sensitive entries match
 * proper names as written ("US" is not "us"); case-insensitive entries match titles in any case.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { tokens: string[]; value: T; caseSensitive: boolean }[]>();
  /** The last token of every entry, as stored: no phrase can end on any other word. */
  private readonly lastTokens = new Set<string>();

  add(phrase: string, value: T, caseSensitive: boolean): void {
    this.addTokens(phraseTokens(phrase), value, caseSensitive);
  }

  /** Adds a phrase already split into tokens (taken from a document, so no tokenizer run is needed). */
  addTokens(tokens: string[], value: T, caseSensitive: boolean): void {
    if (!tokens.length) return;
    const keyed = caseSensitive ? tokens : tokens.map((t) => t.toLowerCase());
    const key = keyed[0]!.toLowerCase();
    const list = this.byFirst.get(key) ?? [];
    list.push({ tokens: keyed, value, caseSensitive });
    this.lastTokens.add(keyed[keyed.length - 1]!);
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(key, list);
  }

  /**
   * Whether some entry ends with `word` (lower case for entries that ignore case): a cheap test before
   * looking for the phrases that end at a token, which otherwise tries every start before it.
   */
  mayEndWith(word: string): boolean {
    return this.lastTokens.has(word);
  }

  /**
   * The longest entry matching at `at` and ending before `limit`, with how many tokens it covers.
   * `lowerCase`: the words are lower case already, which saves lower-casing every word looked at.
   */
  match(words: readonly string[], at: number, limit = words.length, lowerCase = false): { value: T; length: number } | undefined {
    const first = at < limit ? words[at] : undefined;
    if (first === undefined) return undefined;
    const list = this.byFirst.get(lowerCase ? first : lowerAt(words, at));
    if (!list) return undefined;
    for (const entry of list) {
      if (at + entry.tokens.length > limit) continue;
      let ok = true;
      for (let k = 0; k < entry.tokens.length && ok; k++) {
        const w = words[at + k]!;
        ok = entry.caseSensitive || lowerCase ? w === entry.tokens[k] : lowerAt(words, at + k) === entry.tokens[k];
      }
      if (ok) return { value: entry.value, length: entry.tokens.length };
    }
    return undefined;
  }
}
