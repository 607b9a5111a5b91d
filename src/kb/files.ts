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

const cache = new Map<string, unknown>();

export function readKbFile<T>(name: string): T {
  const path = kbDir().replace(/\/?$/, "/") + name;
  let value = cache.get(path);
  if (value === undefined) {
    try {
      value = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`knowledge file ${path}: ${(error as Error).message}`);
    }
    cache.set(path, value);
  }
  return value as T;
}
