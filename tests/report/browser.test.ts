import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/index.js";
import { fixtureContext } from "./analysis-fixture.js";

/** Debian's chromium (CI installs it); PARLEY_CHROMIUM points elsewhere. Without a browser the test is skipped. */
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? "/usr/bin/chromium";

describe.skipIf(!existsSync(CHROMIUM))("HTML report in a real browser, opened from file://", { timeout: 60_000 }, () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    dir = mkdtempSync(join(tmpdir(), "parley-report-browser-"));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("draws every chart offline, fetches nothing and runs no injected script", async () => {
    const file = join(dir, "report.html");
    writeFileSync(file, renderHtml(fixtureContext()));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`error: ${error.message}`));
    page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
    page.on("dialog", async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on("request", (request) => !request.url().startsWith("file:") && problems.push(`request: ${request.url()}`));
    await page.goto(`file://${file}`);
    const charts = await page.evaluate(() => {
      const Chart = (window as unknown as { Chart?: { instances: Record<string, { canvas: HTMLCanvasElement }> } }).Chart;
      return Object.values(Chart?.instances ?? {}).map((chart) => chart.canvas.id).sort();
    });
    expect(problems).toEqual([]);
    // two figure series, the momentum index and the timeline
    expect(charts).toEqual(["momentum-chart", "series-chart-0", "series-chart-1", "timeline-chart"]);
    expect(await page.locator("h1").textContent()).toBe("Negotiation report");
    await page.close();
  });

  it("opens a cell's evidence when its link in the positions matrix is followed", async () => {
    const file = join(dir, "report.html");
    writeFileSync(file, renderHtml(fixtureContext()));
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    const details = page.locator("details.position-details");
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await page.locator("td.stance-accept a").click();
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.locator("article.position:target").count()).toBe(1);
    await page.close();
  });
});
