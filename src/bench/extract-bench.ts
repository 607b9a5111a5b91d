import { performance } from "node:perf_hooks";
import { BenchUsageError, parseBenchArgs, USAGE, type BenchOptions } from "./args.js";
import { generateCorpus } from "./corpus/corpus.js";
import { measureExtraction } from "./measure.js";
import { buildReport, BYTES_PER_MB, reportToMarkdown } from "./report.js";
import { hostileToMarkdown, measureHostile } from "./hostile/measure.js";

/**
 * `npm run bench`: extraction throughput on a synthetic corpus, on one core. The corpus is generated
 * in memory before the clock starts. Always exits 0 after a run: it is a measurement, not a test.
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
  process.stdout.write((options.json ? JSON.stringify({ ...report, hostile }, null, 2) : `${reportToMarkdown(report)}\n\n${hostileToMarkdown(hostile)}`) + "\n");
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
