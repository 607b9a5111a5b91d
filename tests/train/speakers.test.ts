import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { readAttributions, readBratFolder } from "../../src/train/brat.js";
import { articleExamples } from "../../src/train/speakers.js";
import { FEATURE_NAMES } from "../../src/extract/quotes/features.js";
import { ROOT, ensureBuilt } from "../cli/run.js";

// Two fictional articles in PolNeAR's layout: text/NAME.txt and attributions/NAME_ANNOTATOR.ann.
const FIXTURE = join(ROOT, "tests/fixtures/polnear-mini");

describe("speaker training: brat reading and gold alignment", () => {
  it("reads Source and Content spans linked by an event, and skips discontinuous spans", () => {
    const ann = "T1\tSource 0 4\tMira\nT2\tContent 10 20;30 40\tsplit\nT3\tContent 50 60\t\u201cWe wait\u201d\nE1\tAttribution:T3 Content:T3 Source:T1\nE2\tContent:T2 Source:T1\n";
    expect(readAttributions(ann)).toEqual([{ content: { kind: "Content", start: 50, end: 60, text: "\u201cWe wait\u201d" }, source: { kind: "Source", start: 0, end: 4, text: "Mira" } }]);
  });

  it("pairs each quote Parley finds with the gold source among its candidates, though ingest cut the headline", () => {
    const articles = readBratFolder(FIXTURE);
    expect(articles.map((a) => a.name)).toEqual(["harbour-deal", "valdoria-talks"]);
    const examples = articles.flatMap(articleExamples);
    expect(examples).toHaveLength(5);
    for (const e of examples) expect(e.positives.length).toBeGreaterThan(0);
  });
});

describe("speaker training: the script", () => {
  it("trains on a brat folder and writes the same model file twice", async () => {
    await ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), "parley-speakers-"));
    try {
      const run = (out: string) => spawnSync(process.execPath, ["scripts/train-speakers.mjs", "--data", FIXTURE, "--out", out], { cwd: ROOT, encoding: "utf8" });
      const first = run(join(dir, "a.json"));
      expect(first.stderr).not.toMatch(/Error|at /);
      expect(first.status).toBe(0);
      expect(run(join(dir, "b.json")).status).toBe(0);
      const text = readFileSync(join(dir, "a.json"), "utf8");
      expect(readFileSync(join(dir, "b.json"), "utf8")).toBe(text);
      const model = JSON.parse(text);
      expect(Object.keys(model.weights)).toEqual([...FEATURE_NAMES]);
      expect(model.training).toMatchObject({ articles: 2, quotes: 5 });
      expect(model.weights.kind_name).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("says what is wrong with a folder that is not brat data, in one line", () => {
    const run = spawnSync(process.execPath, ["scripts/train-speakers.mjs", "--data", join(ROOT, "tests")], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/expected text\/ and attributions\//);
  });
});
