import { existsSync } from "node:fs";
import { extract } from "../extract/pipeline.js";
import { engine } from "../extract/tokens/wink.js";
import { DEFAULT_MAX_BYTES, expandInputs, loadSource } from "../ingest/index.js";
import { InputError, type SourceDocument } from "../ingest/types.js";

export interface WinkRatio {
  folder: string;
  documents: number;
  bytes: number;
  /** CPU seconds of wink's own pass: readDoc with sentence boundaries and parts of speech, then the tags read out */
  winkSeconds: number;
  /** CPU seconds of Parley's whole extraction (wink's pass included) over the same texts */
  parleySeconds: number;
  ratio: number;
}

const cpuSeconds = (work: () => void): number => {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
};

/** The best of `rounds` timings: the least disturbed by other work on the machine. */
const best = (rounds: number, work: () => void) => Math.min(...Array.from({ length: rounds }, () => cpuSeconds(work)));

/**
 * Parley's extraction time as a multiple of wink's tagging pass on the same real articles, both on
 * this thread, in CPU time (the machine may be shared). Each is run once untimed, so that both find
 * the tagger's vocabulary in the same state, then timed twice. Null when the folder is missing.
 */
export function measureWinkRatio(folder: string, rounds = 2): WinkRatio | null {
  if (!existsSync(folder)) return null;
  const sources: SourceDocument[] = [];
  for (const item of expandInputs([folder], undefined).items) {
    try {
      sources.push(loadSource(item, { maxBytes: DEFAULT_MAX_BYTES }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
  }
  const nlp = engine();
  const winkPass = () => {
    for (const source of sources) nlp.readDoc(source.text).tokens().out(nlp.its.pos);
  };
  const parleyPass = () => {
    for (const source of sources) extract(source);
  };
  winkPass();
  parleyPass();
  const winkSeconds = best(rounds, winkPass);
  const parleySeconds = best(rounds, parleyPass);
  const bytes = sources.reduce((sum, source) => sum + Buffer.byteLength(source.text, "utf8"), 0);
  return { folder, documents: sources.length, bytes, winkSeconds, parleySeconds, ratio: winkSeconds > 0 ? parleySeconds / winkSeconds : 0 };
}
