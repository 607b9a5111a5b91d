import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, parley } from "../cli/run.js";
import { ensureDashboardBuilt, startServe, type ServeProcess } from "./serve-process.js";

/**
 * The dashboard in a real browser: Debian's chromium driven by playwright-core, against `parley serve`
 * on a store built from the demo corpus. CI installs chromium; elsewhere the test skips with a message.
 */

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`dashboard test skipped: ${CHROMIUM} not found (apt-get install chromium)`);

const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--no-first-run", "--disable-quic",
];
const SETUP_TIMEOUT = 240_000;
const STEP_TIMEOUT = { timeout: 60_000 };

/** Article text that would run script if the dashboard ever rendered it as HTML. */
const HOSTILE_ARTICLE = [
  "GENEVA, June 2 (Test Wire) - Envoy Mara Quill met both delegations on Monday.",
  "\"We will not accept <img src=x onerror=\"window.__injected=1\"> as an answer,\" Quill said.",
].join("\n\n");

describe.skipIf(!hasChromium)("dashboard in a real browser", () => {
  let dir: string;
  let serve: ServeProcess;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  const api = async <T>(path: string): Promise<T> => (await fetch(`${serve.url}api/${path}`)).json() as Promise<T>;

  beforeAll(async () => {
    await Promise.all([ensureBuilt(), ensureDashboardBuilt()]);
    dir = mkdtempSync(join(tmpdir(), "parley-e2e-"));
    const db = join(dir, "demo.db");
    const demo = await parley(["demo", "--db", db], { cwd: dir });
    if (demo.code !== 0) throw new Error(`parley demo failed: ${demo.stderr}`);
    writeFileSync(join(dir, "hostile.txt"), HOSTILE_ARTICLE);
    const ingest = await parley(["ingest", join(dir, "hostile.txt"), "--db", db], { cwd: dir });
    if (ingest.code !== 0) throw new Error(`parley ingest failed: ${ingest.stderr}`);
    serve = await startServe(["--db", db]);
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await serve?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, SETUP_TIMEOUT);

  /** The reader's highlighted passage, once it is on the page and scrolled into view. */
  async function highlighted(): Promise<{ text: string; visible: boolean }> {
    const mark = page.locator("mark.highlight");
    await mark.waitFor({ state: "visible" });
    return mark.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { text: element.textContent ?? "", visible: box.bottom > 0 && box.top < window.innerHeight };
    });
  }

  it("loads the overview with a rendered momentum chart", STEP_TIMEOUT, async () => {
    await page.goto(serve.url);
    await page.locator(".stat-value").first().waitFor();
    expect(await page.locator(".stat-value").first().textContent()).toBe("13");
    const canvas = page.locator("canvas").first();
    await canvas.waitFor();
    const chart = await canvas.evaluate((element) => {
      const instance = (window as unknown as { Chart: { getChart(c: Element): { data: { datasets: unknown[] } } | undefined } })
        .Chart.getChart(element);
      const box = element.getBoundingClientRect();
      return { datasets: instance?.data.datasets.length ?? 0, width: box.width, height: box.height };
    });
    expect(chart.datasets).toBeGreaterThan(0);
    expect(chart.width).toBeGreaterThan(100);
    expect(chart.height).toBeGreaterThan(100);
  });

  it("opens a quote from an actor's page in the reader, highlighted and in view", STEP_TIMEOUT, async () => {
    const { actors } = await api<{ actors: { id: string; name: string; quoteCount: number }[] }>("actors?sort=quotes&order=desc&limit=1");
    const speaker = actors[0]!;
    await page.goto(`${serve.url}#/actors`);
    await page.getByRole("link", { name: speaker.name, exact: true }).first().click();
    await page.locator("h1", { hasText: speaker.name }).waitFor();
    const { quotes } = await api<{ quotes: { text: string; fragment: boolean }[] }>(`actors/${speaker.id}`);
    const quote = quotes.find((q) => !q.fragment)!;
    await page.locator("a.quote-link").first().click();
    expect(page.url()).toMatch(/#\/doc\/doc_[0-9a-f]+\?start=\d+&end=\d+$/);
    expect(await highlighted()).toEqual({ text: quote.text, visible: true });
  });

  it("opens a quote found by search in the reader", STEP_TIMEOUT, async () => {
    const query = '"every detainee home"';
    const { results } = await api<{ results: { kind: string; snippet: { text: string } }[] }>(
      `search?kind=quote&q=${encodeURIComponent(query)}`);
    await page.goto(`${serve.url}#/`);
    await page.locator("#search-input").fill(query);
    await page.locator("#search-input").press("Enter");
    const result = page.locator("li.result-quote a.quote-link").first();
    await result.waitFor();
    await result.click();
    expect(await highlighted()).toEqual({ text: results[0]!.snippet.text, visible: true });
    expect(results[0]!.snippet.text).toMatch(/every detainee home/);
  });

  it("opens a timeline event's evidence in the reader", STEP_TIMEOUT, async () => {
    const { timeline } = await api<{ timeline: { excerpt: { text: string } }[] }>("timeline");
    await page.goto(`${serve.url}#/timeline`);
    await page.locator(".timeline a.evidence").first().click();
    expect(await highlighted()).toEqual({ text: timeline[0]!.excerpt.text, visible: true });
  });

  it("draws a chart per figure series and lists the sources", STEP_TIMEOUT, async () => {
    await page.goto(`${serve.url}#/figures`);
    await page.locator("section.series canvas").first().waitFor();
    const charts = await page.locator("section.series canvas").count();
    expect(charts).toBeGreaterThan(0);
    expect(await page.locator("section.series a.source").count()).toBeGreaterThan(charts);
  });

  it("lists the deals and opens the agreement's ledger, whose evidence opens in the reader", STEP_TIMEOUT, async () => {
    const { deals } = await api<{ deals: { status: { value: string } }[] }>("deals");
    await page.goto(`${serve.url}#/deals`);
    await page.locator('a[href^="#/deals/ledger"]').first().click();
    await page.locator("ul.events li").first().waitFor();
    expect(deals.some((d) => d.status.value === "agreed")).toBe(true);
    expect(await page.locator("ul.events li").count()).toBeGreaterThan(0);
    await page.locator("ul.events li a.source").first().click();
    expect((await highlighted()).visible).toBe(true);
  });

  it("draws a forecast chart for each issue with positions", STEP_TIMEOUT, async () => {
    await page.goto(`${serve.url}#/forecasts`);
    await page.locator(".chart-box canvas").first().waitFor();
    expect(await page.locator(".chart-box canvas").count()).toBeGreaterThan(0);
  });

  it("shows article text as text, never as markup", STEP_TIMEOUT, async () => {
    const { results } = await api<{ results: { documentId: string }[] }>("search?q=Quill");
    await page.goto(`${serve.url}#/doc/${results[0]!.documentId}`);
    const text = page.locator(".doc-text");
    await text.waitFor();
    expect(await text.textContent()).toContain("<img src=x onerror=");
    expect(await page.locator(".doc-text img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });

  /** The text of one column of the list's table, row by row. */
  const column = (index: number) => page.locator(`table.list-quotes tbody tr td:nth-child(${index})`).allTextContents();
  const hashParams = () => new URLSearchParams(new URL(page.url()).hash.split("?")[1] ?? "");

  it("sorts, filters and pages the quotes, keeping every choice in the URL (reload and back reproduce it)", STEP_TIMEOUT, async () => {
    const { total } = await api<{ total: number }>("quotes");
    expect(total).toBeGreaterThan(50);
    await page.goto(`${serve.url}#/quotes`);
    await page.locator("table.list-quotes tbody tr").first().waitFor();
    expect(await page.locator("table.list-quotes tbody tr").count()).toBe(50);

    await page.getByRole("link", { name: "Speaker", exact: true }).click();
    await page.waitForURL(/sort=speaker/);
    expect(hashParams().get("order")).toBe("asc");
    await page.locator("th[aria-sort=ascending]").waitFor();
    const speakers = (await column(2)).filter((name) => name !== "unattributed");
    expect(speakers.length).toBeGreaterThan(10);
    expect(speakers).toEqual([...speakers].sort((a, b) => a.localeCompare(b)));

    const facet = page.locator('select[data-facet="speaker"]');
    const chosen = await facet.locator("option").nth(1).getAttribute("value");
    await facet.selectOption(chosen!);
    await page.waitForURL((url) => new URLSearchParams(url.hash.split("?")[1]).get("speaker") === chosen);
    await page.locator("table.list-quotes tbody tr").first().waitFor();
    const filtered = await column(2);
    expect(new Set(filtered)).toEqual(new Set([chosen]));

    await page.reload();
    await page.locator("table.list-quotes tbody tr").first().waitFor();
    expect(await column(2)).toEqual(filtered);
    expect(await page.locator('select[data-facet="speaker"]').inputValue()).toBe(chosen);
    expect(await page.locator("th[aria-sort=ascending]").textContent()).toMatch(/^Speaker/);

    await page.goBack();
    await page.waitForURL((url) => !url.hash.includes("speaker="));
    await page.locator("table.list-quotes tbody tr").nth(10).waitFor();
    expect(new Set(await column(2)).size).toBeGreaterThan(1);

    await page.locator("a.page-link.next").click();
    await page.waitForURL(/offset=50/);
    await page.locator(".page-status", { hasText: `51–${total} of ${total}` }).waitFor();
    expect(await page.locator("table.list-quotes tbody tr").count()).toBe(total - 50);
  });

  it("links a CSV download of the list's own query", STEP_TIMEOUT, async () => {
    await page.goto(`${serve.url}#/quotes?side=Valdoria&sort=date&order=desc`);
    const link = page.locator("a.download");
    await link.waitFor();
    const href = (await link.getAttribute("href"))!;
    const query = new URL(href, serve.url).searchParams;
    expect(href.startsWith("/api/quotes?")).toBe(true);
    expect([query.get("side"), query.get("sort"), query.get("order"), query.get("format")]).toEqual(["Valdoria", "date", "desc", "csv"]);
    const download = await fetch(new URL(href, serve.url));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="parley-quotes/);
    const rows = parseCsv(await download.text(), { columns: true }) as Record<string, string>[];
    // one row per quote of the list (all pages), each with its document and span
    const { total } = await api<{ total: number }>("quotes?side=Valdoria&limit=1");
    expect(rows).toHaveLength(total);
    expect(rows[0]).toHaveProperty("document_id");
    expect(rows[0]).toHaveProperty("start");
  });

  it("keeps the date window in the URL across views", STEP_TIMEOUT, async () => {
    await page.goto(`${serve.url}#/documents`);
    await page.locator("table.list-documents tbody tr").first().waitFor();
    await page.locator("#since").fill("2025-05-01");
    await page.locator("#since").dispatchEvent("change");
    await page.waitForURL(/since=2025-05-01/);
    await page.locator("#nav a", { hasText: "Quotes" }).click();
    await page.waitForURL(/#\/quotes\?since=2025-05-01/);
    await page.locator("table.list-quotes tbody tr").first().waitFor();
    const { quotes } = await api<{ quotes: { document: { date: string } }[] }>("quotes?since=2025-05-01&sort=date&order=desc&limit=50");
    expect((await column(1)).length).toBe(quotes.length);
    await page.reload();
    expect(await page.locator("#since").inputValue()).toBe("2025-05-01");
  });

  it("reaches the reader's marked spans with Tab and opens them with Enter", STEP_TIMEOUT, async () => {
    const { documents } = await api<{ documents: { id: string }[] }>("documents?limit=1");
    await page.goto(`${serve.url}#/doc/${documents[0]!.id}`);
    const first = page.locator(".doc-text .seg").first();
    await first.waitFor();
    await first.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("seg"))).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.locator(".selected-items li").count()).toBeGreaterThan(0);
  });

  it("shows no console error on any page, and nothing scrolls sideways at 390 px", { timeout: 240_000 }, async () => {
    const [{ deals }, { actors }, { documents }] = await Promise.all([
      api<{ deals: { id: string; status: { value: string } }[] }>("deals"),
      api<{ actors: { id: string }[] }>("actors?limit=1"),
      api<{ documents: { id: string }[] }>("documents?limit=1"),
    ]);
    const agreed = deals.find((d) => d.status.value === "agreed")!;
    const routes = [
      "#/", "#/timeline", "#/figures", "#/positions", "#/deals", `#/deals/${agreed.id}`,
      `#/deals/ledger?deal=${agreed.id}`, `#/deals/compare?a=${deals[0]!.id}&b=${deals[1]!.id}`, "#/forecasts",
      "#/actors", `#/actor/${actors[0]!.id}`, "#/documents", `#/doc/${documents[0]!.id}`, "#/quotes",
      "#/search?q=ceasefire", "#/timeline?since=2025-05-01&type=AGREE",
    ];
    consoleErrors.length = 0;
    const wide: string[] = [];
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const route of routes) {
        await page.goto(`${serve.url}${route}`);
        await page.locator("main > :not(.loading)").first().waitFor();
        await page.waitForLoadState("networkidle");
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if (scrollWidth > innerWidth) wide.push(`${route} at ${width} px: ${scrollWidth} px wide`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(consoleErrors).toEqual([]);
    expect(wide).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
