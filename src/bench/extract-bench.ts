import { performance } from "node:perf_hooks";
import { BenchUsageError, parseBenchArgs, USAGE, type BenchOptions } from "./args.js";
import { generateCorpus } from "./corpus/corpus.js";
import type { SourceDocument } from "../ingest/types.js";
import { measureExtraction } from "./measure.js";
import { buildReport, BYTES_PER_MB, reportToMarkdown } from "./report.js";
import { hostileToMarkdown, measureHostile } from "./hostile/measure.js";
import { measurePool, type PoolMeasurement } from "./pool.js";
import { poolToMarkdown, winkRatioToMarkdown } from "./parallel-report.js";
import { measureWinkRatio } from "./wink-ratio.js";

/**
 * `npm run bench`: extraction throughput on a synthetic corpus, on one core, stage by stage; then part
 * of it through `parley extract`'s pool with 1 and N threads, and Parley against wink's own tagging
 * pass on real text. The corpus is generated in memory before the clock starts. Always exits 0 after
 * a run: it is a measurement, not a test.
 */
async function run(options: BenchOptions): Promise<void> {
  process.stderr.write(`generating a ${options.megabytes} MB corpus (seed ${options.seed})...\n`);
  const generationStarted = performance.now();
  const corpus = generateCorpus({ bytes: options.megabytes * BYTES_PER_MB, seed: options.seed });
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  process.stderr.write(`extracting ${corpus.documents.length} documents on one core...\n`);
  const measurement = await measureExtraction(corpus.documents);
  const transcripts = corpus.documents.filter((d) => d.format === "transcript").length;
  const report = buildReport(measurement, { seed: options.seed, generationSeconds, transcripts });
  process.stderr.write("extracting the hostile inputs...\n");
  const hostile = measureHostile();
  const pool = await measurePoolPart(corpus.documents, options);
  process.stderr.write(`timing Parley against wink's own pass on ${options.realText}...\n`);
  const wink = measureWinkRatio(options.realText);
  const sections = [reportToMarkdown(report), hostileToMarkdown(hostile), ...(pool ? [poolToMarkdown(pool)] : []), winkRatioToMarkdown(wink, options.realText)];
  process.stdout.write((options.json ? JSON.stringify({ ...report, hostile, pool, wink }, null, 2) : sections.join("\n\n")) + "\n");
}

/** The first --pool-mb MB of the corpus through parley extract's pool, with 1 and --workers threads. */
async function measurePoolPart(documents: SourceDocument[], options: BenchOptions): Promise<PoolMeasurement | null> {
  if (options.poolMegabytes <= 0) return null;
  const part: SourceDocument[] = [];
  let bytes = 0;
  for (const document of documents) {
    if (bytes >= options.poolMegabytes * BYTES_PER_MB) break;
    part.push(document);
    bytes += Buffer.byteLength(document.text, "utf8");
  }
  const counts = [...new Set([1, options.workers])];
  process.stderr.write(`extracting ${part.length} documents through the pool with ${counts.join(" and ")} workers...\n`);
  return measurePool(part, counts);
}

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    process.stderr.write(`parley bench: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  await run(options);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
