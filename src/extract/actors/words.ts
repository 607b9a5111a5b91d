import type { Doc, Token } from "../../doc/doc.js";
import { normToken, shareLowerCase } from "../../kb/phrases.js";

const cache = new WeakMap<Doc, string[]>();
const lowerCache = new WeakMap<readonly string[], string[]>();

/** A regular expression: over a whole text it is several times faster than two `includes`. */
const CURLY_QUOTE = /[\u2018\u2019]/;

/** Token texts in the knowledge base's normal form, computed once per document. */
export function wordsOf(doc: Doc): string[] {
  let words = cache.get(doc);
  if (!words || words.length !== doc.tokens.length) {
    // Tokens are pieces of the text: when the text has no curly quote, no token needs normalising
    // (looking once in the text, not in every token, was a hot spot).
    words = CURLY_QUOTE.test(doc.text) ? doc.tokens.map((t) => normToken(t.text)) : doc.tokens.map((t) => t.text);
    cache.set(doc, words);
  }
  return words;
}

/**
 * The words of `wordsOf` in lower case, computed once per document and shared by the stages (and
 * by the knowledge base's phrase matchers) that each lower-cased every token on their own.
 */
export function lowerWordsOf(doc: Doc): string[] {
  const words = wordsOf(doc);
  let lower = lowerCache.get(words);
  if (!lower) {
    lower = words.map((w) => w.toLowerCase());
    lowerCache.set(words, lower);
  }
  shareLowerCase(words, lower);
  return lower;
}

/** A first letter that may open a name: A-Z, Latin-1 capitals (× at U+00D7 included) and Latin Extended-A. */
function opensName(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde) || (code >= 0x100 && code <= 0x17f);
}

function hasAsciiLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 32;
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

// Char codes, not regular expressions: this runs on every token of every stage.
export function isCapitalised(token: Token | undefined): boolean {
  return !!token && token.kind === "word" && opensName(token.text.charCodeAt(0)) && hasAsciiLetter(token.text);
}

/** Two tokens written with no space between them ("al" "-" "Sisi"). */
export function joined(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

export const NAME_PARTICLES = new Set(["bin", "ibn", "al", "el", "de", "van", "von", "der", "da", "la", "le", "del", "di", "du", "abu", "bint"]);

export const POSSESSIVE = new Set(["'s", "'"]);
