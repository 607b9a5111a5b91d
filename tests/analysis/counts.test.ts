import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAnalysis, type Analysis } from "../../src/analysis/index.js";
import { countsLine } from "../../src/analysis/counts.js";
import { demoCorpusDir } from "../../src/cli/commands/demo.js";
import { ingestInputs } from "../../src/cli/commands/ingest.js";
import { demoSummary } from "../../src/cli/format/demo-summary.js";
import { buildDeals, type Deal } from "../../src/deal/index.js";
import { DEFAULT_MAX_BYTES } from "../../src/ingest/index.js";
import { loadRecords } from "../../src/analysis/load.js";
import { useProfile } from "../../src/kb/profile.js";
import { renderReport, reportContext } from "../../src/report/index.js";
import { startServer } from "../../src/server/server.js";
import { openStore, type SqliteStore } from "../../src/store/index.js";
import { useTempDirs } from "../store/temp.js";
import { writeReprints } from "./reprint-corpus.js";

/**
 * One count everywhere (src/analysis/counts.ts) on the bundled demo, once and reprinted 25 times by
 * other outlets on other days: the CLI summary, the report and the API print the same numbers, and
 * the reprints add sources, not documents, actors, quotes or deals.
 */
const tempDir = useTempDirs();
const REPRINTS = 25;

async function ingest(db: string, manifest: string): Promise<SqliteStore> {
  const store = openStore(db);
  await ingestInputs(store, [], manifest, { maxBytes: DEFAULT_MAX_BYTES });
  return store;
}

let once: { db: string; store: SqliteStore; analysis: Analysis };
let reprinted: { store: SqliteStore; analysis: Analysis };

beforeAll(async () => {
  useProfile(join(demoCorpusDir(), "..", "profile.json"));
  const dir = tempDir();
  const db = join(dir, "demo.db");
  const store = await ingest(db, join(demoCorpusDir(), "manifest.jsonl"));
  once = { db, store, analysis: await buildAnalysis(store) };
  const copies = await ingest(join(dir, "reprinted.db"), writeReprints(demoCorpusDir(), dir, REPRINTS));
  reprinted = { store: copies, analysis: await buildAnalysis(copies) };
  return () => {
    useProfile(null);
    store.close();
    copies.close();
  };
}, 600_000);

const dealShape = (d: Deal) => ({ id: d.id, kind: d.kind, status: d.status.value, parties: d.parties.map((p) => p.name),
  ceasefire: d.ceasefire.days?.value ?? null, signed: d.dates.signed?.value ?? null, proposed: d.dates.proposed?.value ?? null });

describe("one count everywhere", () => {
  it("the CLI summary, the report and the dashboard API count the same documents, actors and quotes", async () => {
    const records = await loadRecords(once.store);
    const line = countsLine(once.analysis.counts);
    expect(line).toMatch(/^12 documents \(reprints counted once, every outlet kept as a source; 12 reports from \d+ outlets\), \d+ actors \(resolved across documents/);
    expect(demoSummary(records, once.analysis).split("\n")[2]).toBe(line);
    expect(renderReport("md", await reportContext(once.store))).toContain(line);
    const server = await startServer({ dbPath: once.db, port: 0, log: () => undefined });
    try {
      const summary = await (await fetch(new URL("/api/summary", server.url))).json();
      const { documents, actors, quotes } = once.analysis.counts;
      expect(summary.counts).toMatchObject({ documents, actors, quotes });
      expect(summary.definitions).toEqual(once.analysis.counts.definitions);
    } finally {
      await server.close();
    }
  });

  it(`counts the demo reprinted ${REPRINTS} times as the demo once, with every outlet as a source`, () => {
    const { counts } = reprinted.analysis;
    expect(counts.reports).toBe(12 * (REPRINTS + 1));
    expect(counts.outlets).toBeGreaterThanOrEqual(once.analysis.counts.outlets + REPRINTS);
    expect({ ...counts, reports: 0, outlets: 0 }).toEqual({ ...once.analysis.counts, reports: 0, outlets: 0 });
    expect(reprinted.analysis.documents.filter((d) => d.reprintOf)).toHaveLength(12 * REPRINTS);
  });

  it(`finds the same deals in the demo reprinted ${REPRINTS} times, each with every report as a source`, async () => {
    const dealsOf = async (store: SqliteStore, analysis: Analysis) => buildDeals({ records: await loadRecords(store), actors: analysis.actors });
    const single = await dealsOf(once.store, once.analysis);
    const many = await dealsOf(reprinted.store, reprinted.analysis);
    expect(single.length).toBeGreaterThan(0);
    expect(many.map(dealShape)).toEqual(single.map(dealShape));
    many.forEach((deal, i) => expect(deal.reports.length).toBe(single[i]!.reports.length * (REPRINTS + 1)));
  }, 120_000);
});
