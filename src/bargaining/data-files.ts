import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The bargaining module's knowledge (scales and their anchor vocabulary, the Council weights, the
 * published figures) lives in JSON files beside the sources in src/bargaining/data, read at run time
 * like the knowledge base (src/kb/files.ts), so they can be edited without touching code.
 */
const DATA_DIR = fileURLToPath(new URL("../../src/bargaining/data/", import.meta.url));

const cache = new Map<string, unknown>();

export function readBargainingData<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    const path = DATA_DIR + name;
    try {
      value = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
    cache.set(name, value);
  }
  return value as T;
}
