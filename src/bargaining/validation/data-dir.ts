import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The validation data (DEU III and the 1994 emissions case) is third-party and never copied into the
 * repository: it is read from ../shared/data/bargaining beside the checkout, or from the folder in
 * PARLEY_BARGAINING_DATA, or from --data.
 */
export const DATA_ENV = "PARLEY_BARGAINING_DATA";
export const DEU_FILE = "deu3.tsv";
export const EMISSIONS_FILE = "emissions-1994.csv";

const CHECKOUT = fileURLToPath(new URL("../../../", import.meta.url));

export function defaultDataDir(): string {
  return process.env[DATA_ENV] ?? resolve(CHECKOUT, "../shared/data/bargaining");
}

/** Whether the folder holds both data files. */
export function hasValidationData(dir: string): boolean {
  return existsSync(join(dir, DEU_FILE)) && existsSync(join(dir, EMISSIONS_FILE));
}
