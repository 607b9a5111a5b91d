import type { Doc, Token } from "../../doc/doc.js";
import { normToken } from "../../kb/phrases.js";

const cache = new WeakMap<Doc, string[]>();

/** Token texts in the knowledge base's normal form, computed once per document. */
export function wordsOf(doc: Doc): string[] {
  let words = cache.get(doc);
  if (!words || words.length !== doc.tokens.length) {
    words = doc.tokens.map((t) => normToken(t.text));
    cache.set(doc, words);
  }
  return words;
}

const CAPITALISED = /^[A-Z\u00C0-\u00DE\u0100-\u017F]/;

export function isCapitalised(token: Token | undefined): boolean {
  return !!token && token.kind === "word" && CAPITALISED.test(token.text) && /[a-z]/i.test(token.text);
}

/** Two tokens written with no space between them ("al" "-" "Sisi"). */
export function joined(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

export const NAME_PARTICLES = new Set(["bin", "ibn", "al", "el", "de", "van", "von", "der", "da", "la", "le", "del", "di", "du", "abu", "bint"]);

export const POSSESSIVE = new Set(["'s", "'"]);
