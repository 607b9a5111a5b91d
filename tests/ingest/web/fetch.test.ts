import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSource } from "../../../src/ingest/index.js";
import { InputError } from "../../../src/ingest/types.js";
import { fetchWebBody } from "../../../src/ingest/web/pages.js";
import { ARTICLES, articlePage } from "./articles.js";
import { redirect, serve, silent, startNewsServer, type NewsServer } from "./news-server.js";

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());

const OPTIONS = { maxBytes: 64 * 1024, timeoutSeconds: 5 };

/** The one-line reason fetching `path` fails with. */
async function failure(path: string, options = OPTIONS): Promise<string> {
  try {
    await fetchWebBody(`${server.base}${path}`, options);
  } catch (error) {
    if (error instanceof InputError) return error.reason;
    throw error;
  }
  throw new Error(`${path} was fetched`);
}

async function pageItem(path: string) {
  const body = await fetchWebBody(`${server.base}${path}`, OPTIONS);
  if (body.kind !== "page") throw new Error(`${path} is a feed`);
  return body.item;
}

/** A paragraph in Latin-1 territory: accents, cedilla, a pound sign (written for this test). */
const LATIN_PARAGRAPH = "À Genève, la délégation française, conduite par Agnès Lefèvre, a présenté jeudi une offre de £12 millions; « nous sommes prêts à reçevoir une réponse », a-t-elle déclaré devant la presse réunie.";

describe("fetching a page", () => {
  it("reads an article page through the HTML pipeline and keeps the address it came from", async () => {
    const [article] = ARTICLES;
    server.routes.set("/news/a", serve("text/html; charset=utf-8", articlePage(article!)));
    const item = await pageItem("/news/a");
    const source = loadSource(item);
    expect(source.url).toBe(`${server.base}/news/a`);
    expect(source.title).toBe(article!.title);
    expect(source.format).toBe("html");
    expect(source.text).toContain("“We came back because the members want a deal, not a fight,” said Tove Arnesen");
    expect(source.text).not.toContain("Business"); // the navigation is not the article
  });

  it("follows redirects and stores the address it ended at", async () => {
    server.routes.set("/short/b", redirect("/old/b", 302));
    server.routes.set("/old/b", redirect(`${server.base}/news/b`));
    server.routes.set("/news/b", serve("text/html", articlePage(ARTICLES[1]!)));
    expect(loadSource(await pageItem("/short/b")).url).toBe(`${server.base}/news/b`);
  });

  it("gives up after a few redirects", async () => {
    server.routes.set("/loop", redirect("/loop"));
    expect(await failure("/loop")).toBe("more than 5 redirects");
  });

  it("decodes a page in the charset its header declares", async () => {
    const html = `<!doctype html><html><head><title>Offre</title></head><body><article><p>${LATIN_PARAGRAPH}</p></article></body></html>`;
    server.routes.set("/latin-header", serve("text/html; charset=ISO-8859-1", Buffer.from(html, "latin1")));
    expect(loadSource(await pageItem("/latin-header")).text).toBe(LATIN_PARAGRAPH);
  });

  it("decodes a page in the charset its <meta> declares when the header says none", async () => {
    const html = `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Offre</title></head><body><article><p>${LATIN_PARAGRAPH}</p></article></body></html>`;
    server.routes.set("/latin-meta", serve("text/html", Buffer.from(html, "latin1")));
    expect(loadSource(await pageItem("/latin-meta")).text).toBe(LATIN_PARAGRAPH);
  });

  it("reads a page its server wrongly calls UTF-8 in the charset the page declares", async () => {
    const html = `<!doctype html><html><head><meta charset="iso-8859-1"><title>Offre</title></head><body><article><p>${LATIN_PARAGRAPH}</p></article></body></html>`;
    server.routes.set("/latin-mislabelled", serve("text/html; charset=UTF-8", Buffer.from(html, "latin1")));
    expect(loadSource(await pageItem("/latin-mislabelled")).text).toBe(LATIN_PARAGRAPH);
  });

  it("reads undeclared bytes that are not UTF-8 as windows-1252", async () => {
    const html = `<!doctype html><html><head><title>Offre</title></head><body><article><p>${LATIN_PARAGRAPH}</p></article></body></html>`;
    server.routes.set("/latin-undeclared", serve("text/html", Buffer.from(html, "latin1")));
    expect(loadSource(await pageItem("/latin-undeclared")).text).toBe(LATIN_PARAGRAPH);
  });

  it("reads a plain-text page as text", async () => {
    const [, , article] = ARTICLES;
    server.routes.set("/plain", serve("text/plain; charset=utf-8", [article!.title, "", ...article!.paragraphs].join("\n\n")));
    const source = loadSource(await pageItem("/plain"));
    expect(source.format).toBe("text");
    expect(source.title).toBe(article!.title);
    expect(source.text.startsWith("Nurses at the Norhaven hospital group voted")).toBe(true); // the dateline is cut as in any text
    expect(source.dateline).toBe("NORHAVEN");
  });

  it("says in one line why a page could not be read", async () => {
    server.routes.set("/slow", silent);
    server.routes.set("/broken", (_request, response) => response.writeHead(503, "Service Unavailable").end());
    server.routes.set("/logo.png", serve("image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47])));
    const huge = `<!doctype html><html><body><p>${"word ".repeat(20_000)}</p></body></html>`;
    server.routes.set("/huge", serve("text/html", huge));
    server.routes.set("/endless", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" }); // chunked: no length to check first
      const write = () => {
        if (response.write("<p>more words about the talks</p>\n".repeat(100))) setImmediate(write);
        else response.once("drain", write);
      };
      write();
      response.on("error", () => {});
    });
    expect(await failure("/missing")).toBe("HTTP 404 Not Found");
    expect(await failure("/broken")).toBe("HTTP 503 Service Unavailable");
    expect(await failure("/slow", { ...OPTIONS, timeoutSeconds: 0.5 })).toBe("no complete answer within 0.5 s (see --timeout)");
    expect(await failure("/logo.png")).toBe("not HTML or text (image/png)");
    expect(await failure("/huge")).toBe(`too large: ${huge.length} bytes, the limit is 65536 bytes (see --max-bytes)`);
    expect(await failure("/endless")).toBe("too large: more than 65536 bytes, the limit is 65536 bytes (see --max-bytes)");
  });

  it("names a host that does not exist", async () => {
    const reason = await failure("").catch(() => "");
    expect(reason).toBe("HTTP 404 Not Found"); // the server's root has no route
    try {
      await fetchWebBody("http://no-such-host.invalid/news", OPTIONS);
      throw new Error("fetched");
    } catch (error) {
      expect((error as InputError).reason).toMatch(/\(DNS\)$|^cannot fetch/);
    }
  });
});
