import type { Span } from "../record/schema.js";

/**
 * Search queries as analysts type them: words (all must occur), "quoted phrases", and a trailing * for
 * a prefix (negotiat*). Everything else is ignored, so no input can produce an FTS5 syntax error.
 * Matching here mirrors the FTS5 tokenizer of the text index (unicode61, remove_diacritics 2): tokens
 * are runs of letters and digits, compared without case or diacritics.
 */

interface Term {
  text: string;
  prefix: boolean;
}

/** Consecutive terms; a single word is a clause of one term. */
type Clause = Term[];

export interface TextQuery {
  clauses: Clause[];
  /** the FTS5 MATCH expression */
  match: string;
}

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
const CLAUSE = /"([^"]*)"?|([^\s"]+)/g;
/** Long queries are truncated rather than refused; a search box is not an API for bulk matching. */
const MAX_CLAUSES = 16;

export function normalizeToken(token: string): string {
  return token.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function termsOf(text: string, prefixAllowed: boolean): Term[] {
  const words = text.match(TOKEN) ?? [];
  const endsWithStar = prefixAllowed && /\*\s*$/.test(text);
  return words.map((word, i) => ({ text: normalizeToken(word), prefix: endsWithStar && i === words.length - 1 }));
}

/** Parses a user query; undefined when it holds no searchable word. */
export function parseTextQuery(input: string): TextQuery | undefined {
  const clauses: Clause[] = [];
  for (const m of input.matchAll(CLAUSE)) {
    if (m[1] !== undefined) {
      const phrase = termsOf(m[1], false);
      if (phrase.length) clauses.push(phrase);
    } else {
      // A bare word with punctuation inside ("al-Amin") is a phrase of its tokens, as FTS5 reads it.
      const words = termsOf(m[2]!, true);
      if (words.length) clauses.push(words);
    }
    if (clauses.length === MAX_CLAUSES) break;
  }
  if (!clauses.length) return undefined;
  const match = clauses.map((clause) => {
    const prefix = clause[clause.length - 1]!.prefix ? "*" : "";
    return `"${clause.map((t) => t.text).join(" ")}"${prefix}`;
  }).join(" AND ");
  return { clauses, match };
}

interface Token extends Span {
  norm: string;
}

function tokenize(text: string, offset: number): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: offset + m.index, end: offset + m.index + m[0].length, norm: normalizeToken(m[0]),
  }));
}

const termMatches = (term: Term, token: Token) =>
  term.prefix ? token.norm.startsWith(term.text) : token.norm === term.text;

/**
 * Spans of `text.slice(from, to)` where a clause of the query occurs, as offsets into `text`, in order.
 */
export function matchSpans(query: TextQuery, text: string, from = 0, to = text.length): Span[] {
  const tokens = tokenize(text.slice(from, to), from);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const clause of query.clauses) {
      if (i + clause.length > tokens.length) continue;
      if (clause.every((term, k) => termMatches(term, tokens[i + k]!))) {
        spans.push({ start: tokens[i]!.start, end: tokens[i + clause.length - 1]!.end });
        break;
      }
    }
  }
  return spans;
}
