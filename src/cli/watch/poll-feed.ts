import { statSync } from "node:fs";
import { decodeText, readFile } from "../../ingest/read.js";
import { feedArticle } from "../../ingest/sources.js";
import { InputError } from "../../ingest/types.js";
import { feedItems, type FeedItem } from "../../ingest/web/feeds.js";
import { fetchBody, FetchError } from "../../ingest/web/fetch-page.js";
import { readWebBody } from "../../ingest/web/pages.js";
import type { SourceValidators } from "../../store/sqlite/watch-state.js";
import { reportInputError } from "../commands/extract.js";
import { ingestItem } from "./ingest-item.js";
import { newPollTally, type PollTally } from "./tally.js";
import type { WatchContext } from "./context.js";

/**
 * One poll of a feed at a web address: a conditional GET (the ETag and Last-Modified of the last
 * complete read), then each item not seen before is fetched and ingested. The validators are kept
 * only when every new item was dealt with, so an item that failed for a passing reason (network,
 * timeout, server error) is tried again on the next poll instead of hiding behind a 304.
 */
export async function pollFeedAddress(url: string, context: WatchContext): Promise<PollTally> {
  const { state } = context;
  const known = state.validators(url);
  const headers: Record<string, string> = {};
  if (known.etag) headers["if-none-match"] = known.etag;
  if (known.lastModified) headers["if-modified-since"] = known.lastModified;
  const fetched = await fetchBody(url, { ...context.fetch, headers });
  if (fetched.status === 304) {
    state.checked(url);
    return { ...newPollTally(), notModified: true };
  }
  const body = readWebBody(fetched, url, { path: url });
  if (body.kind !== "feed") throw new InputError(url, "a page, not a feed (use parley ingest for a single page)");
  return ingestNewItems(url, feedItems(body.text, url, body.url), { etag: fetched.etag, lastModified: fetched.lastModified }, context);
}

/** One poll of a feed file: read again only when its size or modification time changed. */
export async function pollFeedFile(path: string, context: WatchContext): Promise<PollTally> {
  const { state } = context;
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(path, "feed file is gone");
  }
  const version: SourceValidators = { etag: String(stats.size), lastModified: new Date(stats.mtimeMs).toISOString() };
  const known = state.validators(path);
  if (known.etag === version.etag && known.lastModified === version.lastModified) {
    state.checked(path);
    return { ...newPollTally(), notModified: true };
  }
  const text = decodeText(path, readFile(path, context.fetch.maxBytes));
  return ingestNewItems(path, feedItems(text, path), version, context);
}

async function ingestNewItems(source: string, items: FeedItem[], validators: SourceValidators, context: WatchContext): Promise<PollTally> {
  const { state } = context;
  const tally = newPollTally();
  let complete = true;
  for (const entry of items) {
    if (context.signal.aborted) {
      complete = false;
      break;
    }
    const keys = [entry.id, entry.link].filter((key): key is string => !!key);
    if (state.seen(source, keys)) continue;
    if (!entry.link) {
      tally.skipped.push({ path: `${source} item "${entry.title ?? entry.id}"`, reason: "feed item without a link" });
      state.markSeen(source, { keys, docId: null });
      continue;
    }
    let item;
    try {
      item = await feedArticle(entry, context.fetch);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (context.signal.aborted) {
        complete = false;
        break;
      }
      tally.fresh++;
      tally.rejected++;
      reportInputError(error);
      // a page that is gone or is no article is not asked for again; a network failure is
      if (error instanceof FetchError && error.transient) complete = false;
      else state.markSeen(source, { keys, docId: null });
      continue;
    }
    state.markSeen(source, { keys, docId: await ingestItem(context.store, context.extractor, item, tally) });
  }
  state.checked(source, complete ? validators : undefined);
  return tally;
}
