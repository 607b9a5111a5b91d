import type { InputItem } from "../inputs.js";
import { InputError } from "../types.js";
import { decodeBody } from "./charset.js";
import { looksLikeFeed } from "./feeds.js";
import { fetchBody, FetchError, type FetchedBody, type FetchOptions } from "./fetch-page.js";

/** A fetched body read as text: an article page, or a feed whose items are articles. */
export type WebBody =
  | { kind: "page"; item: InputItem }
  | { kind: "feed"; url: string; text: string; fetched: FetchedBody };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPES = /^(?:text\/plain|text\/markdown)\b/i;
const XML_OR_JSON = /^(?:application|text)\/(?:[\w.+-]+\+)?(?:xml|json)\b/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** Fetches `url` and tells an article page from a feed; anything else is refused with its type. */
export async function fetchWebBody(url: string, options: FetchOptions, item: InputItem = { path: url }): Promise<WebBody> {
  const fetched = await fetchBody(url, options);
  return readWebBody(fetched, url, item);
}

export function readWebBody(fetched: FetchedBody, url: string, item: InputItem): WebBody {
  const type = fetched.contentType?.split(";")[0]!.trim() ?? "";
  const known = HTML_TYPES.test(type) || TEXT_TYPES.test(type) || XML_OR_JSON.test(type) || !type;
  if (!known) throw new FetchError(url, `not HTML or text (${type})`, false);
  const text = decodeBody(fetched.bytes, fetched.contentType);
  if (!text.trim()) throw new InputError(url, "empty page");
  if (looksLikeFeed(text, fetched.contentType)) return { kind: "feed", url: fetched.url, text, fetched };
  const html = HTML_TYPES.test(type) || HTML_START.test(text);
  if (!html && !TEXT_TYPES.test(type) && type) throw new FetchError(url, `not HTML or text (${type})`, false);
  return {
    kind: "page",
    item: { ...item, content: text, kind: html ? "html" : "text", found: { ...item.found, url: fetched.url, authors: item.found?.authors ?? [] } },
  };
}
