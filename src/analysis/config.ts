import { readKbFile } from "../kb/files.js";
import { loadIdentityData, type IdentityData } from "./figures/identity-data.js";

/** Tunable knowledge of the analyses; each part is one data file in src/kb/data (see its "_comment"). */
export interface AnalysisConfig {
  duplicates: { shingleSize: number; hashes: number; bands: number; threshold: number; minWords: number };
  figures: {
    conflictWindowDays: number;
    settledAfterDays: number;
    maxRatio: number;
    contextStopwords: string[];
    contextSynonyms: Record<string, string>;
  };
  momentum: { scores: Record<"positive" | "negative" | "mixed", number>; excludedModalities: string[]; smoothing: number };
  positions: { opposites: Array<[string, string]> };
  /** what a figure counts across documents: analysis-identity.json */
  identity: IdentityData;
  /** reprints counted once: analysis-counts.json */
  counts: { reprintShare: number };
  actors: { roleHeadSynonyms: Record<string, string>; nameSuffixes: string[] };
}

export function loadAnalysisConfig(): AnalysisConfig {
  return {
    duplicates: readKbFile("analysis-duplicates.json"),
    figures: readKbFile("analysis-figures.json"),
    momentum: readKbFile("analysis-momentum.json"),
    positions: readKbFile("analysis-positions.json"),
    identity: loadIdentityData(),
    actors: readKbFile("analysis-actors.json"),
    counts: readKbFile("analysis-counts.json"),
  };
}
