import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { extract } from "../extract/pipeline.js";
import type { SourceDocument } from "../ingest/types.js";
import { openStore, type SqliteStore } from "../store/index.js";
import { DEFAULT_SEED } from "./args.js";
import { newsArticle } from "./corpus/article.js";
import { DEFAULT_TRANSCRIPT_SHARE } from "./corpus/corpus.js";
import { Random } from "./corpus/random.js";
import { briefingTranscript } from "./corpus/transcript.js";

const USAGE = `usage: npm run bench:ingest -- [--at 1000,5000,10000] [--large] [--seed N] [--db FILE] [--json]
  --at LIST   archive sizes (articles) at which to measure; the last is the total ingested
  --large     also measure at 100000 articles (about 20 minutes on one core)
  --seed N    seed of the corpus generator (default ${DEFAULT_SEED})
  --db FILE   keep the database here (default: a temporary file, removed afterwards)
  --json      print the measurements as JSON instead of a markdown table`;

const DEFAULT_CHECKPOINTS = [1000, 5000, 10_000];
const LARGE_CHECKPOINT = 100_000;

/** The archive at one size, and the cost of the articles since the previous size. */
interface Checkpoint {
  articles: number;
  stored: number;
  /** articles per second over this segment (extraction and storage, one core) */
  articlesPerSecond: number;
  /** milliseconds per article in this segment: all of it, and the store's part */
  msPerArticle: number;
  storeMsPerArticle: number;
  rssMB: number;
  diskBytes: number;
  bytesPerArticle: number;
  /** database size over the UTF-8 size of the stored texts */
  diskToText: number;
}

/** Articles of the project's synthetic corpus, one at a time, so 100k never sit in memory together. */
function* generatedArticles(seed: number): Generator<SourceDocument> {
  const rng = new Random(seed);
  for (let index = 1; ; index++) {
    yield rng.chance(DEFAULT_TRANSCRIPT_SHARE) ? briefingTranscript(rng, index) : newsArticle(rng, index);
  }
}

function diskBytes(store: SqliteStore, path: string): number {
  store.flush();
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  const size = (file: string) => { try { return statSync(file).size; } catch { return 0; } };
  return size(path) + size(`${path}-wal`);
}

function measure(path: string, checkpoints: number[], seed: number): Checkpoint[] {
  const store = openStore(path, { batchWrites: true });
  const results: Checkpoint[] = [];
  const articles = generatedArticles(seed);
  let [done, stored, textBytes] = [0, 0, 0];
  try {
    for (const target of checkpoints) {
      const segment = target - done;
      let storeMs = 0;
      const started = performance.now();
      for (; done < target; done++) {
        const record = extract(articles.next().value!);
        const saveStarted = performance.now();
        if (store.saveRecord(record) === "stored") {
          stored++;
          textBytes += Buffer.byteLength(record.document.text, "utf8");
        }
        storeMs += performance.now() - saveStarted;
      }
      const elapsedMs = performance.now() - started;
      const disk = diskBytes(store, path);
      results.push({
        articles: target, stored, articlesPerSecond: round(segment / (elapsedMs / 1000)),
        msPerArticle: round(elapsedMs / segment), storeMsPerArticle: round(storeMs / segment, 3),
        rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), diskBytes: disk, bytesPerArticle: Math.round(disk / stored),
        diskToText: round(disk / textBytes),
      });
      process.stderr.write(`${target} articles: ${results.at(-1)!.articlesPerSecond} articles/s\n`);
    }
  } finally {
    store.close();
  }
  return results;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function toMarkdown(rows: Checkpoint[]): string {
  const head = "| archive (articles) | stored | articles/s | ms/article | store ms/article | RSS MB | disk | bytes/article | disk / text |";
  const lines = rows.map((r) =>
    `| ${r.articles} | ${r.stored} | ${r.articlesPerSecond} | ${r.msPerArticle} | ${r.storeMsPerArticle} | ${r.rssMB} | ` +
    `${(r.diskBytes / 2 ** 20).toFixed(1)} MB | ${r.bytesPerArticle} | ${r.diskToText} |`);
  return [head, "|---|---|---|---|---|---|---|---|---|", ...lines].join("\n");
}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv, strict: true, allowPositionals: false,
    options: {
      at: { type: "string" }, large: { type: "boolean" }, seed: { type: "string" }, db: { type: "string" },
      json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    },
  });
  const checkpoints = values.at === undefined ? [...DEFAULT_CHECKPOINTS] : values.at.split(",").map(Number);
  if (!checkpoints.every((n, i) => Number.isInteger(n) && n > 0 && (i === 0 || n > checkpoints[i - 1]!))) {
    throw new Error(`--at: expected increasing whole numbers, got '${values.at}'`);
  }
  if (values.large && checkpoints.at(-1)! < LARGE_CHECKPOINT) checkpoints.push(LARGE_CHECKPOINT);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed <= 0) throw new Error(`--seed: expected a positive whole number, got '${values.seed}'`);
  return { checkpoints, seed, db: values.db, json: values.json ?? false, help: values.help ?? false };
}

function main(argv: string[]): number {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv);
  } catch (error) {
    process.stderr.write(`parley bench:ingest: ${(error as Error).message.split("\n")[0]}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const dir = options.db ? undefined : mkdtempSync(join(tmpdir(), "parley-bench-"));
  const path = options.db ?? join(dir!, "bench.db");
  try {
    const rows = measure(path, options.checkpoints, options.seed);
    process.stdout.write((options.json ? JSON.stringify(rows, null, 2) : toMarkdown(rows)) + "\n");
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
