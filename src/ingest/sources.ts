import { closeSync, openSync, readSync, statSync } from "node:fs";
import { isEmailPath, readEmail } from "./email.js";
import { expandInputs, type InputItem, type SkippedInput } from "./inputs.js";
import { decodeText, readFile, STDIN_PATH } from "./read.js";
import { InputError } from "./types.js";
import { feedItems, looksLikeFeed, type FeedItem } from "./web/feeds.js";
import { isWebAddress, type FetchOptions } from "./web/fetch-page.js";
import { fetchWebBody } from "./web/pages.js";

export interface ReadySources {
  /** Inputs ready for extraction: files the extraction reads itself, and pages and e-mails already read. */
  items: InputItem[];
  errors: InputError[];
  skipped: SkippedInput[];
}

/**
 * Expands the arguments as expandInputs does, then reads what only this (asynchronous) side can:
 * web addresses are fetched, e-mails parsed, and a feed, whether a file or an address, becomes the
 * articles its items link to. Each failure is one InputError; the other inputs go on.
 */
export async function readySources(
  args: string[], manifestPath: string | undefined,
  options: FetchOptions & { ignored?: string[]; onFetch?: (index: number, total: number, path: string) => void },
): Promise<ReadySources> {
  const expanded = expandInputs(args, manifestPath, options.ignored);
  const ready: ReadySources = { items: [], errors: expanded.errors, skipped: expanded.skipped };
  for (const [index, item] of expanded.items.entries()) {
    try {
      if (isWebAddress(item.path)) options.onFetch?.(index, expanded.items.length, item.path);
      await readyItem(item, options, ready);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ready.errors.push(error);
    }
  }
  return ready;
}

async function readyItem(item: InputItem, options: FetchOptions, ready: ReadySources): Promise<void> {
  if (isWebAddress(item.path)) {
    const body = await fetchWebBody(item.path, options, item);
    if (body.kind === "page") ready.items.push(body.item);
    else await readyFeed(feedItems(body.text, item.path, body.url), item.path, options, ready);
  } else if (isEmailPath(item.path)) {
    ready.items.push(await readEmail(item, readFile(item.path, options.maxBytes)));
  } else if (item.path !== STDIN_PATH && startsLikeFeed(item.path)) {
    const text = decodeText(item.path, readFile(item.path, options.maxBytes));
    await readyFeed(feedItems(text, item.path), item.path, options, ready);
  } else {
    ready.items.push(item);
  }
}

/** The articles a feed links to, fetched one by one; an item without a link is named as skipped. */
async function readyFeed(items: FeedItem[], feed: string, options: FetchOptions, ready: ReadySources): Promise<void> {
  for (const entry of items) {
    if (!entry.link) {
      ready.skipped.push({ path: `${feed} item "${entry.title ?? entry.id}"`, reason: "feed item without a link" });
      continue;
    }
    try {
      ready.items.push(await feedArticle(entry, options));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ready.errors.push(error);
    }
  }
}

/** The page a feed item links to, with the feed's title and date for what the page does not say. */
export async function feedArticle(entry: FeedItem, options: FetchOptions): Promise<InputItem> {
  const link = entry.link!;
  const found = { authors: [], ...(entry.title ? { title: entry.title } : {}), ...(entry.date ? { date: entry.date } : {}) };
  const body = await fetchWebBody(link, options, { path: link, found });
  if (body.kind === "feed") throw new InputError(link, "a feed item links to another feed, not to an article");
  return body.item;
}

const FEED_PEEK_BYTES = 4096;

/** Whether a file begins as an RSS, Atom or JSON feed does (only its first bytes are read). */
function startsLikeFeed(path: string): boolean {
  let fd: number | undefined;
  try {
    if (!statSync(path).isFile()) return false; // opening a named pipe would wait for a writer
    fd = openSync(path, "r");
    const head = Buffer.alloc(FEED_PEEK_BYTES);
    const read = readSync(fd, head, 0, FEED_PEEK_BYTES, 0);
    return looksLikeFeed(head.subarray(0, read).toString("utf8"));
  } catch {
    return false; // the extraction reads the file again and names the problem
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
