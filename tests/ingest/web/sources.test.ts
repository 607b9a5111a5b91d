import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSource } from "../../../src/ingest/index.js";
import { readySources } from "../../../src/ingest/sources.js";
import { feedItems } from "../../../src/ingest/web/feeds.js";
import { useTempDirs } from "../../store/temp.js";
import { ARTICLES, articlePage, rssFeed } from "./articles.js";
import { serve, startNewsServer, type NewsServer } from "./news-server.js";

const tempDir = useTempDirs();
const OPTIONS = { maxBytes: 64 * 1024, timeoutSeconds: 5 };
let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
  for (const article of ARTICLES) server.routes.set(`/news/${article.slug}`, serve("text/html", articlePage(article)));
});
afterAll(() => server.close());

describe("feeds", () => {
  it("lists the items of RSS, Atom and JSON feeds with their links, titles and dates", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
      <entry><id>urn:courier:1</id><title>Envoys meet</title><link href="/news/envoys"/><updated>2031-03-04T08:00:00Z</updated></entry></feed>`;
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1", title: "Courier",
      items: [{ id: "7", url: "https://courier.example/news/seven", title: "Seventh round", date_published: "2031-03-09T10:00:00Z" }],
    });
    expect(feedItems(rssFeed("https://courier.example", ARTICLES.slice(0, 2)), "feed.xml").map((item) => [item.id, item.link, item.date])).toEqual([
      ["courier-port-talks-resume", "https://courier.example/news/port-talks-resume", "2031-03-04"],
      ["courier-border-commission-meets", "https://courier.example/news/border-commission-meets", "2031-03-05"],
    ]);
    expect(feedItems(atom, "atom.xml", "https://courier.example/feed.atom")).toEqual([
      { id: "urn:courier:1", link: "https://courier.example/news/envoys", title: "Envoys meet", date: "2031-03-04" },
    ]);
    expect(feedItems(json, "feed.json")).toEqual([{ id: "7", link: "https://courier.example/news/seven", title: "Seventh round", date: "2031-03-09" }]);
  });

  it("reads the articles a feed file links to, never the feed's XML as a document", async () => {
    const dir = tempDir();
    const feed = join(dir, "courier.xml");
    writeFileSync(feed, rssFeed(server.base, ARTICLES.slice(0, 3)));
    const ready = await readySources([feed], undefined, OPTIONS);
    expect(ready.errors).toEqual([]);
    expect(ready.items.map((item) => item.path)).toEqual(ARTICLES.slice(0, 3).map((article) => `${server.base}/news/${article.slug}`));
    const sources = ready.items.map((item) => loadSource(item));
    expect(sources.map((source) => source.title)).toEqual(ARTICLES.slice(0, 3).map((article) => article.title));
    expect(sources.map((source) => source.date)).toEqual(ARTICLES.slice(0, 3).map((article) => article.date));
    for (const source of sources) expect(source.text).not.toContain("<item>");
  });

  it("reads a feed's address the same way, and names each item that failed", async () => {
    const missing = { ...ARTICLES[3]!, slug: "withdrawn-story" };
    server.routes.set("/feed.xml", serve("application/rss+xml", rssFeed(server.base, [ARTICLES[0]!, missing])));
    const ready = await readySources([`${server.base}/feed.xml`], undefined, OPTIONS);
    expect(ready.items.map((item) => item.path)).toEqual([`${server.base}/news/port-talks-resume`]);
    expect(ready.errors.map((error) => error.message)).toEqual([`${server.base}/news/withdrawn-story: HTTP 404 Not Found`]);
  });
});

describe("Markdown, e-mail and skipped files", () => {
  it("reads Markdown as paragraphs of words, its front matter as metadata", () => {
    const dir = tempDir();
    const path = join(dir, "notes.md");
    writeFileSync(path, [
      "---", "title: \"Envoys agree on a second round\"", "date: 2031-04-02", "author: Rosa Keel", "---", "",
      "# Envoys agree on a second round", "",
      "**VALMORA** — Envoys from *Arden* and the [Northern Coalition](https://example.org/nc) agreed on Tuesday to meet again.", "",
      "- a prisoner exchange", "- a ceasefire along the river", "",
      "> “We are close,” said Lise Okafor.", "",
    ].join("\n"));
    const source = loadSource({ path });
    expect(source).toMatchObject({ title: "Envoys agree on a second round", date: "2031-04-02", authors: ["Rosa Keel"], format: "text" });
    expect(source.text).toContain("Envoys from Arden and the Northern Coalition agreed on Tuesday to meet again.");
    expect(source.text).toContain("a prisoner exchange\n\na ceasefire along the river");
    expect(source.text).toContain("“We are close,” said Lise Okafor.");
    expect(source.text).not.toMatch(/[*#>\[]|^- /m);
  });

  it("reads an e-mail: subject as title, sender as author, its date, and the body", async () => {
    const dir = tempDir();
    const path = join(dir, "briefing.eml");
    writeFileSync(path, [
      "From: Nadia Ferrant <briefings@courier.example>",
      "To: desk@courier.example",
      "Subject: =?UTF-8?Q?Talks_in_Kestria_resume_=E2=80=94_briefing?=",
      "Date: Fri, 14 Mar 2031 18:20:00 +0100 (CET)",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      "KESTRIA — Talks between the Kestrian government and the river unions resumed on Friday after a week-long break.",
      "",
      "“We have a text on the table,” said labour minister Aron Vale.",
      "",
    ].join("\r\n"));
    const ready = await readySources([path], undefined, OPTIONS);
    const source = loadSource(ready.items[0]!);
    expect(source).toMatchObject({ title: "Talks in Kestria resume — briefing", authors: ["Nadia Ferrant"], date: "2031-03-14", dateline: "KESTRIA" });
    expect(source.text).toContain("“We have a text on the table,” said labour minister Aron Vale.");
    expect(source.text).not.toContain("Subject:");
  });

  it("prefers an e-mail's HTML part, and takes a sender that names an outlet for the outlet", async () => {
    const dir = tempDir();
    const path = join(dir, "newsletter.eml");
    const paragraphs = ARTICLES[1]!.paragraphs;
    writeFileSync(path, [
      "From: \"The Harbour Courier\" <letters@courier.example>",
      "Subject: Border commission meets",
      "Date: Wed, 05 Mar 2031 07:00:00 +0000",
      "MIME-Version: 1.0",
      "Content-Type: multipart/alternative; boundary=\"cut-here\"",
      "",
      "--cut-here",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Plain part: read the HTML part instead.",
      "--cut-here",
      "Content-Type: text/html; charset=utf-8",
      "",
      `<html><body><div class="letter">${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("")}</div></body></html>`,
      "--cut-here--",
      "",
    ].join("\r\n"));
    const source = loadSource((await readySources([path], undefined, OPTIONS)).items[0]!);
    expect(source).toMatchObject({ title: "Border commission meets", outlet: "The Harbour Courier", date: "2031-03-05", format: "html" });
    expect(source.authors).not.toContain("The Harbour Courier"); // a newsletter's sender is its outlet, not an author
    expect(source.text).toContain(paragraphs[1]);
    expect(source.text).not.toContain("Plain part");
  });

  it("names the files of a folder it does not read", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "story.txt"), "Talks resume\n\nTalks resumed on Friday after a week of shelling.\n");
    writeFileSync(join(dir, "scan.pdf"), "%PDF-1.4");
    writeFileSync(join(dir, "draft.txt"), "");
    writeFileSync(join(dir, "parley.db"), "SQLite format 3");
    const ready = await readySources([dir], undefined, { ...OPTIONS, ignored: [join(dir, "parley.db")] });
    expect(ready.items.map((item) => item.path)).toEqual([join(dir, "story.txt")]);
    expect(ready.skipped).toEqual([{ path: join(dir, "draft.txt"), reason: "empty" }, { path: join(dir, "scan.pdf"), reason: "unsupported type" }]);
  });
});
