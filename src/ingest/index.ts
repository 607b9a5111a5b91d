// STUB (to be replaced by the ingest implementation): plain UTF-8 text only, no metadata detection.
import { readFileSync } from "node:fs";
import { InputError, type ManifestEntry, type SourceDocument } from "./types.js";

export interface IngestOptions {
  /** Largest accepted input in bytes (default 10 MB). */
  maxBytes: number;
}
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** One input to read: a path ('-' for stdin) and the manifest metadata that overrides detection. */
export interface InputItem {
  path: string;
  manifest?: ManifestEntry;
}

/**
 * Expands CLI arguments (files, folders recursively, '-') and an optional JSONL manifest into input
 * items in order. Problems with the arguments themselves (missing path, bad manifest line) are
 * returned as errors; the other items are still listed.
 */
export function expandInputs(args: string[], manifestPath?: string): { items: InputItem[]; errors: InputError[] } {
  const items: InputItem[] = args.map((path) => ({ path }));
  const errors: InputError[] = [];
  if (manifestPath) {
    const lines = readFileSync(manifestPath, "utf8").split("\n").filter((l) => l.trim());
    for (const line of lines) {
      const entry = JSON.parse(line) as ManifestEntry;
      items.push({ path: entry.path, manifest: entry });
    }
  }
  return { items, errors };
}

/** Reads and normalises one input. Throws InputError (file + one-line reason) on bad input. */
export function loadSource(item: InputItem, options: IngestOptions = { maxBytes: DEFAULT_MAX_BYTES }): SourceDocument {
  let text: string;
  try {
    text = readFileSync(item.path === "-" ? 0 : item.path, "utf8");
  } catch (error) {
    throw new InputError(item.path, (error as Error).message);
  }
  if (text.length > options.maxBytes) throw new InputError(item.path, "too large");
  const m = item.manifest ?? { path: item.path };
  return {
    path: item.path, url: m.url ?? null, title: m.title ?? null, date: m.date ?? null, outlet: m.outlet ?? null,
    authors: m.authors ?? [], dateline: null, format: "text", text, turns: [],
  };
}
