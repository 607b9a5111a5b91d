import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { isIsoDate } from "./dates.js";
import { systemErrorReason } from "./read.js";
import { InputError, type ManifestEntry } from "./types.js";

const TEXT_FIELDS = ["outlet", "title", "url"] as const;

/**
 * Reads a JSON-lines manifest: one {"path", "date"?, "outlet"?, "title"?, "authors"?, "url"?} per
 * line. A relative path is taken from the manifest's folder. A bad line is reported as an error
 * named "MANIFEST:LINE" and skipped; the other lines still count.
 */
export function readManifest(manifestPath: string): { entries: ManifestEntry[]; errors: InputError[] } {
  let content: string;
  try {
    content = readFileSync(manifestPath, "utf8");
  } catch (error) {
    return { entries: [], errors: [new InputError(manifestPath, `manifest: ${systemErrorReason(error)}`)] };
  }
  const entries: ManifestEntry[] = [];
  const errors: InputError[] = [];
  content.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const entry = parseEntry(line);
      entries.push({ ...entry, path: isAbsolute(entry.path) ? entry.path : join(dirname(manifestPath), entry.path) });
    } catch (error) {
      if (!(error instanceof ManifestLineError)) throw error;
      errors.push(new InputError(`${manifestPath}:${index + 1}`, error.message));
    }
  });
  return { entries, errors };
}

class ManifestLineError extends Error {}

function parseEntry(line: string): ManifestEntry {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ManifestLineError("manifest line is not valid JSON");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ManifestLineError("manifest line is not a JSON object");
  const raw = value as Record<string, unknown>;
  if (typeof raw.path !== "string" || !raw.path.trim()) throw new ManifestLineError('manifest line has no "path"');
  const entry: ManifestEntry = { path: raw.path };
  if (raw.date != null) {
    if (typeof raw.date !== "string" || !isIsoDate(raw.date)) throw new ManifestLineError(`bad "date" ${JSON.stringify(raw.date)} (expected YYYY-MM-DD)`);
    entry.date = raw.date;
  }
  for (const field of TEXT_FIELDS) {
    const text = raw[field];
    if (text == null) continue;
    if (typeof text !== "string") throw new ManifestLineError(`"${field}" must be a string`);
    entry[field] = text;
  }
  if (raw.authors != null) {
    if (!Array.isArray(raw.authors) || !raw.authors.every((a) => typeof a === "string")) {
      throw new ManifestLineError('"authors" must be a list of strings');
    }
    entry.authors = raw.authors as string[];
  }
  return entry;
}
