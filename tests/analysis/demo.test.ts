import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AnalysisSchema, buildAnalysis, type Analysis, type Evidence } from "../../src/analysis/index.js";
import { demoCorpusDir } from "../../src/cli/commands/demo.js";
import { ingestInputs } from "../../src/cli/commands/ingest.js";
import { DEFAULT_MAX_BYTES } from "../../src/ingest/index.js";
import { openStore, type SqliteStore } from "../../src/store/index.js";
import { useTempDirs } from "../store/temp.js";

/**
 * The analysis of the bundled demo corpus (12 fictional articles). Assertions hold for any extraction
 * quality: they check invariants and the corpus' ground truth, not exact counts.
 */
const tempDir = useTempDirs();
let store: SqliteStore;
let analysis: Analysis;
const texts = new Map<string, string>();

beforeAll(async () => {
  store = openStore(join(tempDir(), "demo.db"));
  await ingestInputs(store, [], join(demoCorpusDir(), "manifest.jsonl"), { maxBytes: DEFAULT_MAX_BYTES });
  analysis = await buildAnalysis(store);
  for (const d of analysis.documents) texts.set(d.id, (await store.getRecord(d.id))!.document.text);
  return () => store.close();
}, 120_000);

const inText = (e: Evidence) => {
  const text = texts.get(e.documentId);
  return text !== undefined && e.start < e.end && e.end <= text.length;
};

describe("the demo corpus", () => {
  it("matches the Analysis schema and every piece of evidence points into its document", () => {
    expect(() => AnalysisSchema.parse(analysis)).not.toThrow();
    expect(analysis.documents).toHaveLength(12);
    const evidence: Evidence[] = [
      ...analysis.actors.flatMap((a) => a.mentions),
      ...analysis.series.flatMap((s) => s.points.flatMap((p) => [p, ...p.copies])),
      ...analysis.timeline.flatMap((e) => e.sources),
      ...analysis.positions.cells.flatMap((c) => c.evidence),
      ...analysis.momentum.points.flatMap((p) => p.contributions),
    ];
    expect(evidence.length).toBeGreaterThan(100);
    expect(evidence.filter((e) => !inText(e))).toEqual([]);
  });

  it("never puts the two Mareks into one actor", () => {
    for (const actor of analysis.actors) {
      const names = new Set(actor.members.map((m) => m.name));
      expect(names.has("Lidia Marek") && names.has("Jozef Marek")).toBe(false);
    }
  });

  it("resolves recurring people across documents", () => {
    const korvath = analysis.actors.filter((a) => a.name === "Anneliese Korvath");
    expect(korvath).toHaveLength(1);
    expect(korvath[0]!.documentCount).toBeGreaterThan(5);
  });

  it("filters by publication date", async () => {
    const april = await buildAnalysis(store, { since: "2025-04-01", until: "2025-04-30" });
    expect(april.documents.map((d) => d.date).every((d) => d! >= "2025-04-01" && d! <= "2025-04-30")).toBe(true);
    expect(april.documents.length).toBeGreaterThan(0);
    expect(april.documents.length).toBeLessThan(12);
    const aprilDocs = new Set(april.documents.map((d) => d.id));
    expect(april.series.flatMap((s) => s.points).every((p) => aprilDocs.has(p.documentId))).toBe(true);
    expect(april.actors.flatMap((a) => a.members).every((m) => aprilDocs.has(m.documentId))).toBe(true);
    await expect(buildAnalysis(store, { since: "April" })).rejects.toThrow("--since April: not a date (YYYY-MM-DD)");
    await expect(buildAnalysis(store, { until: "2025-02-30" })).rejects.toThrow("--until 2025-02-30: not a date");
    await expect(buildAnalysis(store, { until: "2025-13-01" })).rejects.toThrow("--until 2025-13-01: not a date");
  });
});
