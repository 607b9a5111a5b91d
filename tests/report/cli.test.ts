import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDirs } from "../store/temp.js";
import { CLI_TIMEOUT, ensureBuilt, lines, parley } from "../cli/run.js";

const CORPUS = fileURLToPath(new URL("./fixtures/corpus/", import.meta.url));
const TITLES = [
  "Talks open in Pellmar as Orvane offers a truce",
  "Pellmar talks stall over hostage numbers",
  "Orvane and Ridge Alliance agree ten-day truce",
];

const tempDir = useTempDirs();

// The built CLI must be current; ensureBuilt takes a lock so this file and tests/cli never build at once.
beforeAll(ensureBuilt, 180_000);

describe("parley report", CLI_TIMEOUT, () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "parley-report-"));
    const ingest = await parley(["ingest", "--quiet", "--manifest", join(CORPUS, "manifest.jsonl"), "--db", "talks.db"], { cwd: dir });
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
  }, CLI_TIMEOUT.timeout);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const report = (...args: string[]) => parley(["report", "--db", "talks.db", ...args], { cwd: dir });

  it("prints the analysis as JSON", async () => {
    const run = await report("--format", "json");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const analysis = JSON.parse(run.stdout);
    for (const key of ["actors", "series", "conflicts", "timeline", "positions", "momentum"]) expect(analysis).toHaveProperty(key);
    expect(analysis.documents.map((d: { title: string }) => d.title).sort()).toEqual([...TITLES].sort());
    const ids = analysis.documents.map((d: { id: string }) => d.id);
    const points = analysis.series.flatMap((s: { points: { documentId: string }[] }) => s.points);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(ids).toContain(point.documentId);
  });

  it("prints a Markdown report that cites the stored documents", async () => {
    const run = await report("--format", "md");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("# Negotiation report");
    expect(run.stdout).toMatch(/Period: all dates\. 3 documents \(reprints counted once, every outlet kept as a source; 3 reports from 3 outlets\), \d+ actors \(resolved across documents[^)]*\), \d+ quotes? \([^)]*\)\. Published 2025-05-05 – 2025-05-12\./);
    for (const title of TITLES) expect(run.stdout).toContain(`*${title}*`);
    for (const heading of ["## Actors", "## Figures over time", "## Conflicting figures", "## Timeline", "## Positions", "## Momentum"]) {
      expect(run.stdout).toContain(heading);
    }
  });

  it("writes one self-contained HTML file with --out, choosing the format from its extension", async () => {
    const run = await report("--out", "report.html");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    const page = readFileSync(join(dir, "report.html"), "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("Chart.js v4");
    expect(page).not.toMatch(/<script[^>]*\ssrc=|<link\b/i);
    for (const title of TITLES) expect(page).toContain(title);
  });

  it("keeps only the documents published in --since/--until", async () => {
    const run = await report("--format", "json", "--since", "2025-05-06", "--until", "2025-05-08");
    expect(run.code, run.stderr).toBe(0);
    const analysis = JSON.parse(run.stdout);
    expect(analysis).toMatchObject({ since: "2025-05-06", until: "2025-05-08" });
    expect(analysis.documents.map((d: { title: string }) => d.title)).toEqual([TITLES[1]]);
  });

  it.each([
    [["--since", "2025-13-01"], "parley: --since: '2025-13-01' is not a date (YYYY-MM-DD)"],
    [["--until", "May 5"], "parley: --until: 'May 5' is not a date (YYYY-MM-DD)"],
    [["--since", "2025-02-30"], "parley: --since: '2025-02-30' is not a date (YYYY-MM-DD)"],
    [["--since", "2025-05-09", "--until", "2025-05-01"], "parley: --since 2025-05-09 is after --until 2025-05-01"],
    [["--format", "pdf"], "parley: unknown format 'pdf' (md, html or json)"],
  ])("refuses %j with one line and exit 2", async (args, message) => {
    const run = await report(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(lines(run.stderr)).toEqual([message]);
  });

  it("names the file it cannot write", async () => {
    const run = await report("--out", "missing-folder/report.md");
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(["parley: missing-folder/report.md: cannot write the report (ENOENT)"]);
  });
});

describe("parley report without a database", CLI_TIMEOUT, () => {
  it("does not create one and says so in one line", async () => {
    const dir = tempDir();
    const run = await parley(["report", "--format", "md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(["parley: parley.db: no such database (run parley ingest first)"]);
    expect(existsSync(join(dir, "parley.db"))).toBe(false);
  });
});
