import { performance } from "node:perf_hooks";
import { extract, stages } from "../extract/pipeline.js";
import type { SourceDocument } from "../ingest/types.js";
import type { ParleyRecord } from "../record/schema.js";
import { collectGarbage, startGcClock } from "./gc.js";
import { startStageClock, type StageTiming } from "./stage-clock.js";

export const RECORD_LAYERS = ["actors", "quotes", "figures", "events", "positions"] as const;
export type RecordLayer = (typeof RECORD_LAYERS)[number];

export interface Measurement {
  documents: number;
  bytes: number;
  /** Wall time of extract() over all documents, after the warm-up. */
  seconds: number;
  /** User + system CPU time of the process over the same span; below `seconds` when the machine is busy. */
  cpuSeconds: number;
  /** Garbage-collection pauses within `seconds`, whichever stage they interrupted. */
  gcSeconds: number;
  /** The first extract() call, which loads models; not part of `seconds`. */
  warmupSeconds: number;
  stages: StageTiming[];
  /** Wall time outside every stage: document ids, building the record, waiting for a busy CPU. */
  outsideStagesSeconds: number;
  rssBeforeBytes: number;
  /** Highest process.memoryUsage.rss() seen between documents. */
  rssPeakSampledBytes: number;
  /** process.resourceUsage().maxRSS at the end: the lifetime peak, corpus generation included. */
  maxRssBytes: number;
  items: Record<RecordLayer, number>;
}

function countItems(record: ParleyRecord, items: Record<RecordLayer, number>): void {
  for (const layer of RECORD_LAYERS) items[layer] += record[layer].length;
}

/** Runs the full extraction pipeline over the documents on this thread, one after another. */
export async function measureExtraction(documents: SourceDocument[]): Promise<Measurement> {
  const warmupStarted = performance.now();
  if (documents[0]) extract(documents[0]);
  const warmupSeconds = (performance.now() - warmupStarted) / 1000;

  const items = Object.fromEntries(RECORD_LAYERS.map((layer) => [layer, 0])) as Record<RecordLayer, number>;
  const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.text, "utf8"), 0);
  collectGarbage();
  const rssBeforeBytes = process.memoryUsage.rss();
  let rssPeakSampledBytes = rssBeforeBytes;
  const gcClock = startGcClock();
  const stageClock = startStageClock(stages);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  try {
    for (const document of documents) {
      countItems(extract(document), items);
      rssPeakSampledBytes = Math.max(rssPeakSampledBytes, process.memoryUsage.rss());
    }
  } finally {
    stageClock.restore();
  }
  const ended = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (ended - started) / 1000;
  const stageSeconds = stageClock.timings.reduce((sum, timing) => sum + timing.seconds, 0);
  return {
    documents: documents.length,
    bytes,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    gcSeconds: await gcClock.stop(started, ended),
    warmupSeconds,
    stages: stageClock.timings,
    outsideStagesSeconds: Math.max(0, seconds - stageSeconds),
    rssBeforeBytes,
    rssPeakSampledBytes,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    items,
  };
}
