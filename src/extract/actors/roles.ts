import type { Doc, Token } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { POSSESSIVE, isCapitalised, joined } from "./words.js";

/** [first, end) token indices of a role phrase such as "U.S. Middle East envoy". */
export type TokenRange = [number, number];

const DETERMINERS = new Set(["the", "a", "an"]);
const ROLE_LINKS = new Set(["of", "for", "to", "at", "in", "with"]);
const NAME_CONNECTORS = new Set(["of", "&"]);
const COPULAS = new Set(["is", "was"]);
const APPOSITIVE_ENDS = new Set([",", ".", ";", ":", ")", "—", "–", "--"]);

/** A word that may stand inside a title: "senior", "national", "security", "spokesman", "prime". */
function isRoleWord(kb: ActorKnowledge, word: string): boolean {
  const lower = word.toLowerCase();
  return kb.titleModifiers.has(lower) || kb.titleWords.has(lower);
}

/** Lower-case words of a portfolio may stand before a title, up to this many. */
const MAX_PORTFOLIO_WORDS = 3;

/** A lower-case noun or adjective: "petroleum", "economic", "affairs". */
function isPortfolioWord(tok: Token): boolean {
  return tok.kind === "word" && /^[a-z][a-z-]*$/.test(tok.text) && (tok.pos === "NOUN" || tok.pos === "ADJ");
}

export function containsTitle(kb: ActorKnowledge, words: string[], range: TokenRange): boolean {
  for (let k = range[0]; k < range[1]; k++) if (kb.titleHeads.match(words, k, range[1])) return true;
  return false;
}

/** The title head that ends a range ("spokesman" in "White House national security spokesman"). */
export function lastTitle(kb: ActorKnowledge, words: string[], range: TokenRange): string | null {
  let found: string | null = null;
  for (let k = range[0]; k < range[1]; k++) {
    const m = kb.titleHeads.match(words, k, range[1]);
    if (m) found = m.value;
  }
  return found;
}

/**
 * The title written before a name: "CIA Director", "U.S. Middle East envoy", "Israeli Prime Minister".
 * Scans left from the name over title words, capitalised words (offices, states) and possessives.
 */
export function roleBefore(doc: Doc, words: string[], kb: ActorKnowledge, nameFirst: number): TokenRange | null {
  const t = doc.tokens;
  const sentence = doc.sentences[t[nameFirst]!.sentence]!;
  // "its chief negotiator, Yara Dessel," puts the title before a comma.
  if (words[nameFirst - 1] === "," && nameFirst - 1 > sentence.firstToken && kb.titleWords.has(words[nameFirst - 2]!.toLowerCase())) {
    const range = roleBefore(doc, words, kb, nameFirst - 1);
    if (range) return range;
  }
  let k = nameFirst - 1;
  let portfolioWords = 0;
  while (k >= sentence.firstToken) {
    const w = words[k]!;
    const tok = t[k]!;
    // "petroleum minister", "public credit director", "home affairs spokesman": the office's portfolio
    const portfolio = k < nameFirst - 1 && portfolioWords < MAX_PORTFOLIO_WORDS && isPortfolioWord(tok);
    if (portfolio && !isRoleWord(kb, w)) portfolioWords++;
    const ok =
      isRoleWord(kb, w) ||
      portfolio ||
      (isCapitalised(tok) && !kb.nonNames.has(w) && !kb.honorifics.has(w)) ||
      (POSSESSIVE.has(w) && isCapitalised(t[k - 1])) ||
      (w === "-" && joined(t[k - 1], tok) && joined(tok, t[k + 1])) ||
      (w === "of" && k > sentence.firstToken && kb.titleWords.has(words[k - 1]!.toLowerCase())) ||
      // "American Chamber of Commerce president": a connector inside an employer's name
      (NAME_CONNECTORS.has(w) && isCapitalised(t[k - 1]) && isCapitalised(t[k + 1]) && !isRoleWord(kb, words[k + 1]!));
    if (!ok) break;
    k--;
  }
  let first = k + 1;
  while (first < nameFirst && (words[first] === "of" || POSSESSIVE.has(words[first]!) || words[first] === "-")) first++;
  const range: TokenRange = [first, nameFirst];
  if (first >= nameFirst) return null;
  // The title must end right before the name: "envoy Brett McGurk", not "envoy to Gaza Brett McGurk".
  const lastWord = words[nameFirst - 1]!.toLowerCase();
  if (!kb.titleWords.has(lastWord) && !kb.titleHeads.match(words, nameFirst - 1, nameFirst)) return null;
  return containsTitle(kb, words, range) ? range : null;
}

/**
 * A title set off after a name: "John Kirby, the White House national security spokesman, said".
 * The appositive must close with punctuation or the sentence end, so a following list item
 * ("Biden, Secretary of State Antony Blinken and ...") is not taken for a title.
 */
export function roleAfter(doc: Doc, words: string[], kb: ActorKnowledge, nameEnd: number): TokenRange | null {
  if (words[nameEnd] === ",") return appositive(doc, words, kb, nameEnd + 1);
  // "Harun Gale was the deputy commander of the Coast Brigades.": a title said of the name
  const copula = COPULAS.has(words[nameEnd]?.toLowerCase() ?? "") && DETERMINERS.has(words[nameEnd + 1]?.toLowerCase() ?? "");
  return copula ? appositive(doc, words, kb, nameEnd + 1) : null;
}

/** The title phrase that starts at `start` (after a comma or a copula) and closes with punctuation or the sentence. */
function appositive(doc: Doc, words: string[], kb: ActorKnowledge, start: number): TokenRange | null {
  const t = doc.tokens;
  if (start >= t.length) return null;
  const sentence = doc.sentences[t[start]!.sentence]!;
  let k = start;
  if (DETERMINERS.has(words[k]?.toLowerCase() ?? "")) k++;
  const first = k;
  let sawLink = false;
  let portfolioWords = 0;
  while (k < sentence.endToken && k - first < 14) {
    const w = words[k]!;
    const tok = t[k]!;
    if (APPOSITIVE_ENDS.has(w)) break;
    // "auto analyst at ...", "head of UK equities for ...": the portfolio before the title
    const portfolio = !sawLink && portfolioWords < MAX_PORTFOLIO_WORDS && isPortfolioWord(tok);
    if (portfolio && !isRoleWord(kb, w)) portfolioWords++;
    const ok =
      isRoleWord(kb, w) ||
      portfolio ||
      (isCapitalised(tok) && !kb.nonNames.has(w)) ||
      POSSESSIVE.has(w) ||
      (w === "-" && joined(t[k - 1], tok)) ||
      (ROLE_LINKS.has(w) && k > first) ||
      (sawLink && (DETERMINERS.has(w) || tok.pos === "NOUN" || tok.pos === "ADJ" || tok.pos === "PROPN"));
    if (!ok) return null;
    if (ROLE_LINKS.has(w)) sawLink = true;
    k++;
  }
  if (k === first || (k < sentence.endToken && !APPOSITIVE_ENDS.has(words[k]!))) return null;
  const range: TokenRange = [first, k];
  if (namesSomeoneElse(doc, words, kb, range)) return null;
  return containsTitle(kb, words, range) ? range : null;
}

/** "Special Envoy Witkoff" after "Rubio," is the next item of a list, not Rubio's title. */
function namesSomeoneElse(doc: Doc, words: string[], kb: ActorKnowledge, range: TokenRange): boolean {
  for (let k = range[0]; k < range[1]; k++) {
    const title = kb.titleHeads.match(words, k, range[1]);
    if (!title) continue;
    const after = k + title.length;
    const next = doc.tokens[after];
    if (after < range[1] && isCapitalised(next) && !kb.entities.match(words, after, range[1]) && !kb.titleWords.has(words[after]!.toLowerCase())) return true;
  }
  return false;
}

/** Text of a token range as written in the document, a wrapped line break read as a space. */
export function rangeText(doc: Doc, range: TokenRange): string {
  return doc.label({ start: doc.tokens[range[0]]!.start, end: doc.tokens[range[1] - 1]!.end });
}
