import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Knowledge lives in editable JSON files under src/kb/data (shipped with the package), so a user can
 * adapt Parley to another negotiation without touching code. PARLEY_KB_DIR points to a replacement folder.
 */
export function kbDir(): string {
  return process.env.PARLEY_KB_DIR ?? SHIPPED_KB_DIR;
}

const SHIPPED_KB_DIR = fileURLToPath(new URL("../../src/kb/data/", import.meta.url));

/** Loaded files by folder, then by name: stages read their files per call, so a look-up costs no string building. */
const cache = new Map<string, Map<string, unknown>>();

export function readKbFile<T>(name: string): T {
  const dir = kbDir();
  let files = cache.get(dir);
  if (!files) cache.set(dir, (files = new Map()));
  let value = files.get(name);
  if (value === undefined) {
    const path = dir.replace(/\/?$/, "/") + name;
    try {
      value = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`knowledge file ${path}: ${(error as Error).message}`);
    }
    files.set(name, value);
  }
  return value as T;
}
