import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../../src/store/index.js";
import { ARTICLES, articlePage, rssFeed, type TestArticle } from "../../ingest/web/articles.js";
import { serve, silent, startNewsServer, type NewsServer } from "../../ingest/web/news-server.js";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, lines, parley, ROOT } from "../run.js";

const tempDir = useTempDirs();
let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
  for (const article of ARTICLES) server.routes.set(`/news/${article.slug}`, serve("text/html; charset=utf-8", articlePage(article)));
});
afterAll(() => server.close());

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

function storedDocuments(db: string): { url: string | null; title: string | null }[] {
  const store = openStore(db, { mustExist: true });
  try {
    return store.listDocuments().map((doc) => ({ url: doc.url, title: doc.title })).sort((a, b) => (a.url ?? "").localeCompare(b.url ?? ""));
  } finally {
    store.close();
  }
}

const urlOf = (article: TestArticle) => `${server.base}/news/${article.slug}`;
const articleRequests = () => server.requests.filter((request) => request.path.startsWith("/news/")).length;

describe("parley ingest URL", CLI_TIMEOUT, () => {
  it("stores pages and files together; each failure is one line and the rest is kept", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "local.txt"), "Talks resume in Kestria\n\nKESTRIA — Talks resumed on Friday after a week of shelling, officials said.\n");
    server.routes.set("/slow", silent);
    const run = await parley(
      ["ingest", "--timeout", "1", urlOf(ARTICLES[0]!), "local.txt", `${server.base}/news/gone`, `${server.base}/slow`, urlOf(ARTICLES[1]!)],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    noStackTrace(run.stderr);
    expect(lines(run.stderr).slice(0, 3)).toEqual([
      `parley: ${server.base}/news/gone: HTTP 404 Not Found`,
      `parley: ${server.base}/slow: no complete answer within 1 s (see --timeout)`,
      "stored 3, already stored 0, rejected 2",
    ]);
    const stored = storedDocuments(join(dir, "parley.db"));
    expect(stored).toContainEqual({ url: urlOf(ARTICLES[0]!), title: ARTICLES[0]!.title });
    expect(stored).toContainEqual({ url: urlOf(ARTICLES[1]!), title: ARTICLES[1]!.title });
    expect(stored).toHaveLength(3);
  });

  it("names what it skipped in a folder", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "Envoys meet in Valmora\n\nVALMORA — Envoys from Arden and the Northern Coalition met on Tuesday.\n");
    writeFileSync(join(dir, "b.pdf"), "%PDF-1.4");
    writeFileSync(join(dir, "c.txt"), "");
    const run = await parley(["ingest", "."], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lines(run.stderr).slice(0, 2)).toEqual(["stored 1, already stored 0, rejected 0", "skipped 2: b.pdf (unsupported type), c.txt (empty)"]);
  });
});

/** How many documents the resolved-actor tables were last built from. */
function resolvedActorsBuiltFrom(db: string): number {
  const store = openStore(db, { mustExist: true });
  try {
    return (store.db.prepare("SELECT documents FROM resolved_actors_state").get() as { documents: number }).documents;
  } finally {
    store.close();
  }
}

describe("parley watch", CLI_TIMEOUT, () => {
  it("ingests a feed's items once: new items on the next poll, nothing again after a restart", async () => {
    const dir = tempDir();
    let items = ARTICLES.slice(0, 3);
    server.routes.set("/watched.xml", serve("application/rss+xml", () => rssFeed(server.base, items), () => `"v${items.length}"`));
    const feed = `${server.base}/watched.xml`;

    const first = await parley(["watch", "--once", feed], { cwd: dir });
    expect(first.code).toBe(0);
    expect(lines(first.stderr)).toEqual([`${feed}: 3 new; stored 3, already stored 0, rejected 0`]);
    expect(storedDocuments(join(dir, "parley.db"))).toEqual(items.map((article) => ({ url: urlOf(article), title: article.title })).sort((a, b) => a.url.localeCompare(b.url)));

    items = ARTICLES.slice(0, 4);
    const before = articleRequests();
    const second = await parley(["watch", "--once", feed], { cwd: dir });
    expect(lines(second.stderr)).toEqual([`${feed}: 1 new; stored 1, already stored 0, rejected 0`]);
    expect(articleRequests() - before).toBe(1); // only the new item's page was fetched
    expect(storedDocuments(join(dir, "parley.db"))).toHaveLength(4);
    expect(resolvedActorsBuiltFrom(join(dir, "parley.db"))).toBe(4); // the resolved-actor tables follow each poll

    const feedRequests = server.requests.filter((request) => request.path === "/watched.xml").length;
    const restart = await parley(["watch", "--once", feed], { cwd: dir });
    expect(lines(restart.stderr)).toEqual([`${feed}: not modified`]);
    const lastFeedRequest = server.requests.filter((request) => request.path === "/watched.xml")[feedRequests]!;
    expect(lastFeedRequest.headers["if-none-match"]).toBe('"v4"');
    expect(articleRequests() - before).toBe(1);
    expect(storedDocuments(join(dir, "parley.db"))).toHaveLength(4);
  });

  it("re-reads a feed without validators but skips the items it has seen", async () => {
    const dir = tempDir();
    server.routes.set("/plain-feed.xml", serve("text/xml", rssFeed(server.base, ARTICLES.slice(1, 3))));
    const feed = `${server.base}/plain-feed.xml`;
    await parley(["watch", "--once", feed], { cwd: dir });
    const before = articleRequests();
    const again = await parley(["watch", "--once", feed], { cwd: dir });
    expect(lines(again.stderr)).toEqual([`${feed}: 0 new; stored 0, already stored 0, rejected 0`]);
    expect(articleRequests()).toBe(before);
  });

  it("watches a folder: Markdown and e-mail files are read, others named once", async () => {
    const dir = tempDir();
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    writeFileSync(join(inbox, "notes.md"), "# Envoys agree on a second round\n\nEnvoys from *Arden* and the Northern Coalition agreed on Tuesday to meet again, officials said.\n");
    writeFileSync(join(inbox, "scan.pdf"), "%PDF-1.4");
    const first = await parley(["watch", "--once", "--db", join(dir, "watch.db"), inbox], { cwd: dir });
    expect(first.code).toBe(0);
    expect(lines(first.stderr)).toEqual([`${inbox}: 1 new; stored 1, already stored 0, rejected 0`, `skipped 1: ${join(inbox, "scan.pdf")} (unsupported type)`]);
    const again = await parley(["watch", "--once", "--db", join(dir, "watch.db"), inbox], { cwd: dir });
    expect(lines(again.stderr)).toEqual([`${inbox}: 0 new; stored 0, already stored 0, rejected 0`]);
    expect(storedDocuments(join(dir, "watch.db"))).toEqual([{ url: null, title: "Envoys agree on a second round" }]);
  });

  it("keeps watching until told to stop: a file dropped in the folder and a new feed item are ingested", { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    let items = ARTICLES.slice(0, 1);
    server.routes.set("/live.xml", serve("application/rss+xml", () => rssFeed(server.base, items)));
    const feed = `${server.base}/live.xml`;
    const watcher = startCli(["watch", "--interval", "1", feed, inbox], dir);
    await watcher.line(`${feed}: 1 new; stored 1, already stored 0, rejected 0`);
    await watcher.line(`${inbox}: 0 new; stored 0, already stored 0, rejected 0`);
    await watcher.line("watching 2 sources, feeds every 1 s (Ctrl-C stops)");
    const dropped = join(inbox, "dropped.txt");
    writeFileSync(dropped, "Talks resume in Kestria\n\nKESTRIA — Talks resumed on Friday after a week of shelling, officials said.\n");
    await watcher.line(`${inbox}: 1 new; stored 1, already stored 0, rejected 0`);
    items = ARTICLES.slice(0, 2);
    await watcher.line(`${feed}: 1 new; stored 1, already stored 0, rejected 0`);
    watcher.child.kill("SIGTERM");
    expect(await watcher.exit).toBe(0);
    noStackTrace(watcher.stderr());
    expect(storedDocuments(join(dir, "parley.db"))).toHaveLength(3);
  });

  it("refuses a page given as a feed, in one line", async () => {
    const dir = tempDir();
    const run = await parley(["watch", "--once", urlOf(ARTICLES[0]!)], { cwd: dir });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([`parley: ${urlOf(ARTICLES[0]!)}: a page, not a feed (use parley ingest for a single page)`]);
  });
});

/** The CLI running in the background; `line` waits for the next time stderr prints a line. */
function startCli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [join(ROOT, "bin/parley.js"), ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on("close", resolve));
  /** How many times each line has been waited for already. */
  const waitedFor = new Map<string, number>();
  return {
    child,
    exit,
    stderr: () => stderr,
    line: (line: string) => new Promise<void>((resolve, reject) => {
      const needed = (waitedFor.get(line) ?? 0) + 1;
      waitedFor.set(line, needed);
      const check = () => {
        if (lines(stderr).filter((each) => each === line).length < needed) return;
        child.stderr.off("data", check);
        resolve();
      };
      child.stderr.on("data", check);
      void exit.then(() => reject(new Error(`exited before printing "${line}":\n${stderr}`)));
      check();
    }),
  };
}
