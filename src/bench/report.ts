import type { Measurement } from "./measure.js";

/** Megabytes are 10^6 UTF-8 bytes throughout the benchmark. */
export const BYTES_PER_MB = 1_000_000;
export const TARGET_MB_PER_SECOND = 1;

export interface BenchReport {
  seed: number;
  generationSeconds: number;
  transcripts: number;
  megabytes: number;
  articles: number;
  seconds: number;
  cpuSeconds: number;
  gcSeconds: number;
  mbPerSecond: number;
  /** Throughput per CPU second: what one core would give on an idle machine. */
  mbPerCpuSecond: number;
  articlesPerSecond: number;
  warmupSeconds: number;
  stages: { name: string; seconds: number; share: number }[];
  outsideStagesSeconds: number;
  rssBeforeMB: number;
  rssPeakSampledMB: number;
  maxRssMB: number;
  items: Measurement["items"];
  targetMbPerSecond: number;
  pass: boolean;
}

const toMB = (bytes: number) => bytes / BYTES_PER_MB;

export function buildReport(
  measurement: Measurement,
  corpus: { seed: number; generationSeconds: number; transcripts: number },
): BenchReport {
  const megabytes = toMB(measurement.bytes);
  const seconds = measurement.seconds;
  const mbPerSecond = seconds > 0 ? megabytes / seconds : 0;
  return {
    ...corpus,
    megabytes,
    articles: measurement.documents,
    seconds,
    cpuSeconds: measurement.cpuSeconds,
    gcSeconds: measurement.gcSeconds,
    mbPerSecond,
    mbPerCpuSecond: measurement.cpuSeconds > 0 ? megabytes / measurement.cpuSeconds : 0,
    articlesPerSecond: seconds > 0 ? measurement.documents / seconds : 0,
    warmupSeconds: measurement.warmupSeconds,
    stages: measurement.stages.map((s) => ({ ...s, share: seconds > 0 ? s.seconds / seconds : 0 })),
    outsideStagesSeconds: measurement.outsideStagesSeconds,
    rssBeforeMB: toMB(measurement.rssBeforeBytes),
    rssPeakSampledMB: toMB(measurement.rssPeakSampledBytes),
    maxRssMB: toMB(measurement.maxRssBytes),
    items: measurement.items,
    targetMbPerSecond: TARGET_MB_PER_SECOND,
    pass: mbPerSecond >= TARGET_MB_PER_SECOND,
  };
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const integer = (n: number) => new Intl.NumberFormat("en-US").format(n);

export function verdict(report: BenchReport): string {
  const relation = report.pass ? "≥" : "<";
  return `${report.pass ? "PASS" : "FAIL"}: ${fixed(report.mbPerSecond)} MB/s ${relation} target ${report.targetMbPerSecond} MB/s`;
}

export function reportToMarkdown(report: BenchReport): string {
  const rows: [string, string][] = [
    ["corpus", `${fixed(report.megabytes)} MB, ${integer(report.articles)} articles (${integer(report.transcripts)} transcripts), seed ${report.seed}`],
    ["generation (not measured)", `${fixed(report.generationSeconds)} s`],
    ["warm-up, first document (not measured)", `${fixed(report.warmupSeconds)} s`],
    ["wall time", `${fixed(report.seconds)} s`],
    ["CPU time, user + system", `${fixed(report.cpuSeconds)} s`],
    ["garbage collection (inside the stages below)", `${fixed(report.gcSeconds)} s`],
    ["throughput", `${fixed(report.mbPerSecond)} MB/s, ${fixed(report.articlesPerSecond, 1)} articles/s`],
    ["throughput per CPU second", `${fixed(report.mbPerCpuSecond)} MB/s`],
    ["RSS before extraction", `${fixed(report.rssBeforeMB, 0)} MB`],
    ["peak RSS, sampled during extraction", `${fixed(report.rssPeakSampledMB, 0)} MB`],
    ["maxRSS of the process", `${fixed(report.maxRssMB, 0)} MB`],
    ["items extracted", Object.entries(report.items).map(([layer, n]) => `${layer} ${integer(n)}`).join(", ")],
  ];
  const stageRows: [string, string, string][] = [
    ...report.stages.map((s): [string, string, string] => [s.name, fixed(s.seconds), percent(s.share)]),
    ["(outside stages)", fixed(report.outsideStagesSeconds), percent(report.seconds > 0 ? report.outsideStagesSeconds / report.seconds : 0)],
  ];
  return [
    "## Extraction benchmark (one core; MB = 10^6 UTF-8 bytes)",
    "",
    "| measure | value |",
    "| --- | --- |",
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    "",
    "| stage | seconds | share of wall time | MB/s up to and including this stage |",
    "| --- | ---: | ---: | ---: |",
    ...stageRows.map((cells, i) => `| ${cells.join(" | ")} | ${i < report.stages.length ? fixed(cumulativeRate(report, i)) : ""} |`),
    "",
    verdict(report),
  ].join("\n");
}

/**
 * Throughput of the pipeline cut after stage `last` (the foundation's stages alone, say): corpus size
 * over the time of the stages up to it. Stages run in order, so the cut is what such a pipeline costs.
 */
function cumulativeRate(report: BenchReport, last: number): number {
  const seconds = report.stages.slice(0, last + 1).reduce((sum, s) => sum + s.seconds, 0);
  return seconds > 0 ? report.megabytes / seconds : 0;
}
