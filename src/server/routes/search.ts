import type { ParleyRecord, Span } from "../../record/schema.js";
import { TEXT_KINDS, type TextHit } from "../../store/sqlite/queries.js";
import type { ServerData } from "../data.js";
import { excerptOf } from "../evidence.js";
import { badRequest } from "../http-error.js";
import { enumParam, pageParams, rangeParams, stringParam } from "../params.js";
import type { Router } from "../router.js";
import { matchSpans, parseTextQuery, type TextQuery } from "../text-match.js";

/** Snippets longer than this are cut around the first match. */
const MAX_SNIPPET = 320;

interface Snippet extends Span {
  text: string;
  /** matched words, as offsets into the document (inside start..end) */
  highlights: Span[];
  /** the snippet was cut out of a longer sentence or quote at its start / end */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** A window of at most MAX_SNIPPET characters of `within`, around its first match, cut at spaces. */
function snippet(text: string, within: Span, matches: Span[]): Snippet {
  let { start, end } = within;
  if (end - start > MAX_SNIPPET) {
    const focus = matches[0]?.start ?? start;
    start = Math.max(start, focus - MAX_SNIPPET / 3);
    end = Math.min(end, start + MAX_SNIPPET);
    if (start > within.start) start = text.indexOf(" ", start) + 1 || start;
    if (end < within.end) end = Math.max(text.lastIndexOf(" ", end), start + 1);
  }
  return {
    start, end, text: text.slice(start, end),
    highlights: matches.filter((m) => m.start >= start && m.end <= end),
    clippedStart: start > within.start, clippedEnd: end < within.end,
  };
}

/** English endings the index's porter stemmer removes; enough to mark "negotiations" for "negotiating". */
const ENDING = /(?:ations?|ions?|ings?|ers?|ed|es|s|ly)$/;
const MIN_ROOT = 4;

/**
 * The query with each word cut to its root and matched as a prefix, for the highlights: the index
 * matches stemmed words, which the exact matcher would leave unmarked. It may mark a little more
 * than the index matched (a root shared by an unrelated word); never less.
 */
function stemmedForHighlight(query: TextQuery): TextQuery {
  const rootOf = (word: string) => {
    const root = word.replace(ENDING, "");
    return root.length >= MIN_ROOT ? root : word;
  };
  return {
    ...query,
    clauses: query.clauses.map((clause) => clause.map((t) => (t.prefix ? t : { text: rootOf(t.text), prefix: true }))),
  };
}

function resultOf(hit: TextHit, record: ParleyRecord, query: TextQuery) {
  const { id, title, outlet, date, text } = record.document;
  const base = { kind: hit.kind, documentId: id, document: { title, outlet, date } };
  if (hit.kind === "actor") {
    const actor = record.actors.find((a) => a.id === hit.itemId);
    if (!actor) return undefined;
    const first = actor.mentions[0] ?? { start: 0, end: 0 };
    const { name, type, roles, affiliation, aliases } = actor;
    return { ...base, actorId: actor.id, name, type, roles, affiliation, aliases, start: first.start, end: first.end };
  }
  if (hit.kind === "event") {
    const event = record.events.find((e) => e.id === hit.itemId);
    if (!event) return undefined;
    const sentence = excerptOf(text, event).context;
    const matches = matchSpans(query, text, sentence.start, sentence.end);
    return {
      ...base, eventId: event.id, type: event.type, trigger: event.trigger, date: event.date, start: event.start,
      end: event.end, snippet: snippet(text, sentence, matches),
    };
  }
  if (hit.kind === "quote") {
    const quote = record.quotes.find((q) => q.id === hit.itemId);
    if (!quote) return undefined;
    const speaker = record.actors.find((a) => a.id === quote.speaker)?.name ?? null;
    const matches = matchSpans(query, text, quote.start, quote.end);
    return { ...base, quoteId: quote.id, speaker, start: quote.start, end: quote.end, snippet: snippet(text, quote, matches) };
  }
  const matches = matchSpans(query, text);
  // The reader link highlights the sentence of the first match; the snippet marks every matched word in it.
  const sentence = matches.length ? excerptOf(text, matches[0]!).context : { start: 0, end: Math.min(text.length, MAX_SNIPPET) };
  return { ...base, start: sentence.start, end: sentence.end, matchCount: matches.length, snippet: snippet(text, sentence, matches) };
}

export function searchRoutes(router: Router, data: ServerData): void {
  router.get("/api/search", async ({ url }) => {
    const q = stringParam(url, "q");
    if (q === undefined) throw badRequest("q: a search query is required");
    const parsed = parseTextQuery(q);
    if (!parsed) throw badRequest(`q: no word to search for in '${q}'`);
    const query = stemmedForHighlight(parsed);
    const range = rangeParams(url);
    const { limit, offset } = pageParams(url, 200, 50);
    const kind = enumParam(url, "kind", TEXT_KINDS);
    const sort = enumParam(url, "sort", ["relevance", "date"] as const);
    const { total, hits } = data.queries.searchText({ match: query.match, kind, sort, ...range, limit, offset });
    const results = [];
    for (const hit of hits) {
      const record = await data.record(hit.docId);
      const result = record && resultOf(hit, record, query);
      if (result) results.push(result);
    }
    return { query: q, sort: sort ?? "relevance", total, offset, results };
  });
}
