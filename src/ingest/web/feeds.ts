import { extractFromJson, extractFromXml, type FeedEntry } from "@extractus/feed-extractor";
import { wholeDate } from "../dates.js";
import { InputError } from "../types.js";

/** One item of a feed: what identifies it across polls, and where its article is. */
export interface FeedItem {
  /** The feed's id for the item (guid, Atom id), or a hash the parser made when the feed gives none. */
  id: string;
  link: string | null;
  title: string | null;
  date: string | null;
}

const XML_FEED_START = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i;
const JSON_FEED = /^\s*\{[\s\S]{0,2000}?"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//;
const FEED_TYPE = /^(?:application\/(?:rss|atom|rdf|feed)\+(?:xml|json)|application\/(?:rss|atom)\b)/i;

/** Whether a body is an RSS, Atom, RDF or JSON feed, by its Content-Type or its first characters. */
export function looksLikeFeed(text: string, contentType: string | null = null): boolean {
  return FEED_TYPE.test(contentType ?? "") || XML_FEED_START.test(text.slice(0, 4096)) || JSON_FEED.test(text);
}

/** The items of a feed, relative links resolved against `baseUrl`; a body that is no feed is an InputError. */
export function feedItems(text: string, source: string, baseUrl?: string): FeedItem[] {
  let entries: FeedEntry[];
  try {
    const options = { descriptionMaxLen: 0, ...(baseUrl ? { baseUrl } : {}) };
    const feed = text.trimStart().startsWith("{") ? extractFromJson(text, options) : extractFromXml(text, options);
    entries = feed.entries ?? [];
  } catch (error) {
    throw new InputError(source, `not a readable RSS, Atom or JSON feed (${(error as Error).message})`);
  }
  return entries.map((entry) => ({
    id: String(entry.id ?? ""),
    link: webLink(entry.link),
    title: entry.title?.trim() || null,
    date: entry.published ? wholeDate(entry.published) : null,
  }));
}

function webLink(link: unknown): string | null {
  return typeof link === "string" && /^https?:\/\//i.test(link.trim()) ? link.trim() : null;
}
