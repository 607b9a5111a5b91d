import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/index.js";
import type { ChartData } from "../../src/report/html/chart-data.js";
import { fixtureContext, INJECTION_TITLE } from "./analysis-fixture.js";

const page = renderHtml(fixtureContext());
const chartJs = readFileSync(join(dirname(createRequire(import.meta.url).resolve("chart.js")), "chart.umd.js"), "utf8");

function chartData(): ChartData {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as ChartData;
}

/** The markup outside the three inline scripts: what the browser parses as HTML. */
const markup = page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "<script></script>");

describe("HTML report", () => {
  it("inlines the Chart.js UMD build", () => {
    expect(page).toContain(chartJs);
  });

  it("loads nothing from elsewhere: no src or stylesheet link, and a policy that forbids fetching", () => {
    expect(page).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(page).not.toMatch(/<link\b/i);
    expect(markup).not.toMatch(/<[a-z][^>]*\ssrc\s*=/i);
    expect(markup).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`);
  });

  it("has exactly its own three scripts, so injected text opened none", () => {
    expect(page.match(/<script\b/g)).toHaveLength(3);
    expect(page.match(/<\/script>/g)).toHaveLength(3);
  });

  it("escapes titles, names, outlets and quotes taken from articles", () => {
    expect(markup).not.toContain(INJECTION_TITLE);
    expect(markup).not.toMatch(/<img|<b>Bold/);
    expect(markup).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup).toContain("<strong>&lt;img src=x onerror=alert(4)&gt;</strong>");
    expect(markup).toContain("counted <mark>7</mark> injured &lt;img src=x onerror=alert(2)&gt; people.");
  });

  it("links a title only to a web address, never to javascript:", () => {
    expect(markup).toContain(`<a href="https://example.org/talks-open" rel="noreferrer noopener">Talks open in Pellmar</a>`);
    expect(markup).not.toMatch(/href="javascript:/i);
  });

  it("gives each figure series a chart whose points carry source and outlet in their tooltips", () => {
    const data = chartData();
    expect(data.series).toHaveLength(2);
    for (const chart of data.series) expect(markup).toContain(`<canvas id="${chart.canvasId}">`);
    const hostages = data.series[0]!;
    expect(hostages.lines.map((line) => line.label)).toEqual(["Orvane interior ministry", "Ridge Alliance"]);
    const ministry = hostages.lines[0]!.points;
    expect(ministry.map((p) => [p.y, p.bound])).toEqual([[40, "lower"], [40, "approx"]]);
    expect(ministry[0]!.tooltip).toEqual([
      "at least 40 as of 2025-05-05", "source: the Orvane interior ministry", "reported by: Pellmar Wire, 2025-05-05",
    ]);
    expect(ministry[1]!.tooltip).toContain("also printed by: Coastal Post, 2025-05-12");
  });

  it("charts momentum by day and the timeline by date and type", () => {
    const data = chartData();
    expect(data.momentum.index.map((p) => p.y)).toEqual([-1, -1, 0]);
    expect(data.momentum.raw.map((p) => p.y)).toEqual([-1, 1]);
    expect(data.momentum.raw[1]!.x - data.momentum.raw[0]!.x).toBe(4);
    expect(data.timeline.types).toEqual(["AGREE", "CONSULT", "RETREAT"]); // the ontology's order
    expect(data.timeline.events.map((e) => e.type)).toEqual(["CONSULT", "RETREAT", "AGREE"]);
    expect(markup).toContain(`<canvas id="momentum-chart">`);
    expect(markup).toContain(`<canvas id="timeline-chart">`);
  });

  it("shows conflicting values side by side with their sources", () => {
    const conflict = /<article class="card conflict">([\s\S]*?)<\/article>/.exec(markup)![1]!;
    const claims = [...conflict.matchAll(/<div class="value">([^<]*)<\/div>\s*<div class="claimant">([^<]*)<\/div>/g)].map((m) => [m[1], m[2]]);
    expect(claims).toEqual([["25", "The Ridge Alliance"], ["about 40", "The Orvane interior ministry"]]);
  });

  it("colours the positions matrix by stance and links each cell to its evidence", () => {
    const row = /<tr><th>Ridge Alliance<\/th>([\s\S]*?)<\/tr>/.exec(markup)![1]!;
    expect([...row.matchAll(/class="stance stance-(\w+)"/g)].map((m) => m[1])).toEqual(["demand", "accept"]);
    expect(row).toContain(`title="1 change of stance">↻ 1</span>`);
    const target = /<td class="stance stance-accept">\s*<a href="#([\w-]+)">/.exec(row)![1]!;
    expect(markup).toContain(`<article class="card position" id="${target}">`);
    const varga = /<tr><th>Ilse Varga<\/th>([\s\S]*?)<\/tr>/.exec(markup)![1]!;
    expect(varga).toMatch(/^(<td class="empty"><\/td>){2}<td class="stance stance-demand">/);
  });
});
