import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ActorInput } from "../models/index.js";
import { capabilityIn, regimeFor } from "./capability.js";
import { DEU_FILE } from "./data-dir.js";
import { parseDelimited } from "./delimited.js";

/**
 * DEU III (Arregui & Perarnaud 2021), in the tab-separated copy of blksv/predictioneers_game: one row
 * per issue, `p<actor>` positions and `s<actor>` saliences (0-100), `rp` the reference point, `out`
 * the outcome. Rules from ../shared/data/bargaining/README.md, plus what the file itself shows.
 */

export interface DeuIssue {
  id: string;
  proposal: string;
  year: number;
  regime: string;
  actors: ActorInput[];
  statusQuo: number | null;
  outcome: number;
}

export interface DeuData {
  /** the scoreable issues: an outcome in 0-100 and at least 3 actors with both position and salience */
  issues: DeuIssue[];
  rows: number;
  withoutOutcome: number;
  withTooFewActors: number;
  withoutDate: number;
}

export interface DeuOptions {
  /** weight by the decision year's regime even where it leaves a member state without a weight */
  literalRegimes?: boolean;
}

export const MIN_ACTORS = 3;

/** A 0-100 value; blank and anything outside the scale (999 is the file's "missing") is null. */
export function scaleValue(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === "") return null;
  const value = Number(cell);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/**
 * A date as DD-MM-YY or DD-MM-YYYY, or mangled by a spreadsheet into 19DD-MM-YY / 20DD-MM-YY: the
 * year is in the last two digits (>= 90: 19YY, else 20YY). Anything else ("999") is no date.
 */
export function yearOf(cell: string | undefined): number | null {
  const match = /^\d{2}(?:\d{2})?-\d{2}-(?:\d{2})?(\d{2})$/.exec(cell?.trim() ?? "");
  if (!match) return null;
  const yy = Number(match[1]);
  return yy >= 90 ? 1900 + yy : 2000 + yy;
}

/** The decision year: from the final act, else from the Commission's proposal. */
export const decisionYear = (finact: string | undefined, intro: string | undefined): number | null =>
  yearOf(finact) ?? yearOf(intro);

export function parseDeu(text: string, options: DeuOptions = {}): DeuData {
  const [header, ...rows] = parseDelimited(text, "\t");
  if (!header) throw new Error("empty file");
  const column = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`no column '${name}'`);
    return at;
  };
  const [isnr, prnr, intro, finact, rp, out] = ["isnr", "prnr", "intro", "finact", "rp", "out"].map(column) as [number, number, number, number, number, number];
  // An actor is a code with both a p<code> and an s<code> column (prnr, proc... have no s column).
  const actorColumns = header.flatMap((name, at) => {
    const code = name.slice(1);
    const salience = header.indexOf(`s${code}`);
    return name.startsWith("p") && salience >= 0 ? [{ code, position: at, salience }] : [];
  });
  const data: DeuData = { issues: [], rows: 0, withoutOutcome: 0, withTooFewActors: 0, withoutDate: 0 };
  for (const row of rows) {
    // The second line of this copy holds GDP figures, with no issue number.
    if (!row[isnr]?.trim()) continue;
    data.rows++;
    const outcome = scaleValue(row[out]);
    const placed = actorColumns.flatMap(({ code, position, salience }) => {
      const x = scaleValue(row[position]);
      const s = scaleValue(row[salience]);
      return x === null || s === null ? [] : [{ code, position: x, salience: s }];
    });
    if (outcome === null) data.withoutOutcome++;
    else if (placed.length < MIN_ACTORS) data.withTooFewActors++;
    if (outcome === null || placed.length < MIN_ACTORS) continue;
    const year = decisionYear(row[finact], row[intro]);
    if (year === null) {
      data.withoutDate++;
      continue;
    }
    const regime = regimeFor(year, placed.map((a) => a.code), options.literalRegimes);
    data.issues.push({
      id: row[isnr]!.trim(),
      proposal: row[prnr]!.trim(),
      year,
      regime: regime.id,
      actors: placed.map(({ code, position, salience }) => ({ id: code, position, salience, capability: capabilityIn(regime, code) })),
      statusQuo: scaleValue(row[rp]),
      outcome,
    });
  }
  return data;
}

export function loadDeu(dir: string, options: DeuOptions = {}): DeuData {
  const path = join(dir, DEU_FILE);
  try {
    return parseDeu(readFileSync(path, "utf8"), options);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}
