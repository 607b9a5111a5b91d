import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ActorInput } from "../models/index.js";
import { EMISSIONS_FILE } from "./data-dir.js";
import { parseDelimited } from "./delimited.js";

/**
 * Bueno de Mesquita's 1994 EU car-emissions case as in Scholz et al. (2011), Table 1: positions are
 * years (4-10), salience 0-100, capabilities summing to about 1.
 */
export function parseEmissions(text: string): ActorInput[] {
  const [header, ...rows] = parseDelimited(text, ",");
  const names = header?.map((h) => h.trim().toLowerCase()) ?? [];
  const at = (name: string) => {
    const k = names.indexOf(name);
    if (k < 0) throw new Error(`no column '${name}'`);
    return k;
  };
  const [actor, capability, position, salience] = ["actor", "capability", "position", "salience"].map(at) as [number, number, number, number];
  return rows.map((row, k) => {
    const number = (column: number, name: string) => {
      const value = Number(row[column]);
      if (row[column]?.trim() === "" || !Number.isFinite(value)) throw new Error(`line ${k + 2}: ${name} is not a number`);
      return value;
    };
    return { id: row[actor]!.trim(), capability: number(capability, "capability"), position: number(position, "position"), salience: number(salience, "salience") };
  });
}

export function loadEmissions(dir: string): ActorInput[] {
  const path = join(dir, EMISSIONS_FILE);
  try {
    return parseEmissions(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}
