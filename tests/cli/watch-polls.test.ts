import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pollFeedAddress, pollFeedFile } from "../../src/cli/watch/poll-feed.js";
import type { WatchContext } from "../../src/cli/watch/context.js";
import { inThreadExtractor } from "../../src/cli/timed-extraction.js";
import { openStore, type SqliteStore } from "../../src/store/index.js";
import { watchState } from "../../src/store/sqlite/watch-state.js";
import { ARTICLES, articlePage, rssFeed } from "../ingest/web/articles.js";
import { serve, startNewsServer, type NewsServer } from "../ingest/web/news-server.js";
import { useTempDirs } from "../store/temp.js";

const tempDir = useTempDirs();
let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());

function watchContext(store: SqliteStore): WatchContext {
  const signal = new AbortController().signal;
  return {
    store, state: watchState(store.db), extractor: inThreadExtractor({ maxBytes: 1 << 20 }), signal, ignored: [],
    fetch: { maxBytes: 1 << 20, timeoutSeconds: 5, signal },
  };
}

describe("polling a feed", () => {
  it("tries an item again on the next poll when its page failed for a passing reason, not when it is gone", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const [first, second, third] = ARTICLES;
    let serverDown = true;
    server.routes.set(`/news/${first!.slug}`, serve("text/html", articlePage(first!)));
    server.routes.set(`/news/${second!.slug}`, (request, response) => {
      if (serverDown) response.writeHead(503).end();
      else serve("text/html", articlePage(second!))(request, response);
    });
    // the third item's page does not exist: a 404 is final
    server.routes.set("/flaky.xml", serve("application/rss+xml", rssFeed(server.base, [first!, second!, third!]), () => '"same"'));
    const store = openStore(join(tempDir(), "watch.db"));
    try {
      const context = watchContext(store);
      const feed = `${server.base}/flaky.xml`;
      expect(await pollFeedAddress(feed, context)).toMatchObject({ fresh: 3, stored: 1, rejected: 2 });
      // the feed has not changed, but its validators were not kept: it is read in full again
      serverDown = false;
      expect(await pollFeedAddress(feed, context)).toMatchObject({ fresh: 1, stored: 1, rejected: 0, notModified: false });
      expect(await pollFeedAddress(feed, context)).toMatchObject({ notModified: true });
      expect(store.listDocuments().map((doc) => doc.title).sort()).toEqual([first!.title, second!.title].sort());
      expect(stderr.mock.calls.map(([line]) => String(line))).toEqual([
        `parley: ${server.base}/news/${second!.slug}: HTTP 503 Service Unavailable\n`,
        `parley: ${server.base}/news/${third!.slug}: HTTP 404 Not Found\n`,
      ]);
    } finally {
      store.close();
      stderr.mockRestore();
    }
  });

  it("reads a feed file again only when it changed, and then only its new items", async () => {
    const dir = tempDir();
    for (const article of ARTICLES) server.routes.set(`/news/${article.slug}`, serve("text/html", articlePage(article)));
    const feed = join(dir, "courier.xml");
    writeFileSync(feed, rssFeed(server.base, ARTICLES.slice(0, 2)));
    const store = openStore(join(dir, "watch.db"));
    try {
      const context = watchContext(store);
      expect(await pollFeedFile(feed, context)).toMatchObject({ fresh: 2, stored: 2 });
      expect(await pollFeedFile(feed, context)).toMatchObject({ notModified: true });
      writeFileSync(feed, rssFeed(server.base, ARTICLES.slice(0, 3)));
      utimesSync(feed, new Date(), new Date(Date.now() + 1000));
      expect(await pollFeedFile(feed, context)).toMatchObject({ fresh: 1, stored: 1 });
      expect(store.listDocuments()).toHaveLength(3);
    } finally {
      store.close();
    }
  });
});
