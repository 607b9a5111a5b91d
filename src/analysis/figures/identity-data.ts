import { readKbFile } from "../../kb/files.js";

/** The vocabulary of figure identity: src/kb/data/analysis-identity.json (see its "_comment"). */
export interface IdentityData {
  quantities: Record<string, string[]>;
  partCues: string[];
  cumulativeCues: string[];
  populations: string[];
  genericPopulations: string[];
  eventNouns: Record<string, string>;
  placeAliases: Record<string, string[]>;
  placeKinds: string[];
  incidentMeasures: string[];
  eventWindowDays: number;
}

export function loadIdentityData(): IdentityData {
  return readKbFile<IdentityData>("analysis-identity.json");
}
