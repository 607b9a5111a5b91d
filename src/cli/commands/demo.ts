import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { DEFAULT_MAX_BYTES } from "../../ingest/index.js";
import { useProfile } from "../../kb/profile.js";
import type { ParleyRecord } from "../../record/schema.js";
import { isParleyDatabase, openStore, StoreError, type Store } from "../../store/index.js";
import { demoSummary } from "../format/demo-summary.js";
import { EXIT_REJECTED, type SetExit } from "../main.js";
import { createProgress } from "../progress.js";
import { ingestInputs } from "./ingest.js";
import { renderReport, reportContext } from "../../report/index.js";
import { DEFAULT_PORT } from "../../server/server.js";
import { writeReport } from "./report.js";

export const DEFAULT_DEMO_DB = "parley-demo.db";
/** Written beside the demo database unless --out names a folder. */
export const DEMO_REPORT = "parley-demo-report.html";

/** The corpus ships with the package: resolved from this module, so the demo works from any folder. */
export function demoCorpusDir(): string {
  return fileURLToPath(new URL("../../../demo/corpus/", import.meta.url));
}

/** The demo rebuilds its database each run, but never deletes a file that is not a Parley database. */
function replaceDemoDatabase(path: string): void {
  if (existsSync(path) && statSync(path).size > 0 && !isParleyDatabase(path)) {
    throw new StoreError(path, "not a Parley database; refusing to replace it");
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

async function storedRecords(store: Store): Promise<ParleyRecord[]> {
  const records: ParleyRecord[] = [];
  for (const summary of await store.listDocuments()) {
    const record = await store.getRecord(summary.id);
    if (record) records.push(record);
  }
  return records;
}

function writeOutputs(dir: string, summary: string, records: ParleyRecord[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "summary.md"), summary + "\n");
  writeFileSync(join(dir, "records.jsonl"), records.map((r) => JSON.stringify(r) + "\n").join(""));
}

export function registerDemo(program: Command, setExit: SetExit): void {
  program
    .command("demo")
    .description("ingest the bundled demo corpus into a fresh database and summarise it")
    .option("--db <file>", "demo database, replaced on each run", DEFAULT_DEMO_DB)
    .option("--out <dir>", "also write summary.md and records.jsonl to this folder, and the HTML report there")
    .action(async (opts: { db: string; out?: string }) => {
      const corpus = demoCorpusDir();
      if (!existsSync(corpus)) throw new Error(`${corpus}: demo corpus not found`);
      const manifest = join(corpus, "manifest.jsonl");
      const useManifest = existsSync(manifest);
      // the demo negotiation's parties and mediators (demo/profile.json), known by name in every article
      const profile = join(dirname(corpus), "profile.json");
      useProfile(existsSync(profile) ? profile : null);
      replaceDemoDatabase(opts.db);
      const store = openStore(opts.db);
      try {
        const tally = await ingestInputs(store, useManifest ? [] : [corpus], useManifest ? manifest : undefined, {
          maxBytes: DEFAULT_MAX_BYTES, progress: createProgress(process.stderr),
        });
        if (tally.rejected) setExit(EXIT_REJECTED);
        const records = await storedRecords(store);
        const context = await reportContext(store);
        const summary = demoSummary(records, context.analysis);
        process.stdout.write(summary + "\n");
        if (opts.out) writeOutputs(opts.out, summary, records);
        process.stderr.write(`demo database: ${opts.db} (parley show <id> --db ${opts.db} prints one record)\n`);
        const report = opts.out ? join(opts.out, "report.html") : join(dirname(opts.db), DEMO_REPORT);
        writeReport(report, renderReport("html", context));
        process.stderr.write(`demo report: ${report} (one file with charts; open it in a browser, no network needed)\n`);
        process.stderr.write(`dashboard: npx parley serve --db ${opts.db}, then open http://localhost:${DEFAULT_PORT}\n`);
        process.stderr.write(`deals: npx parley deals --db ${opts.db}, npx parley ledger --db ${opts.db}; forecasts: npx parley forecast --db ${opts.db}\n`);
      } finally {
        store.close();
      }
    });
}
