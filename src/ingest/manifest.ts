import { dirname, isAbsolute, join } from "node:path";
import { isIsoDate } from "./dates.js";
import { decodeText, readFile } from "./read.js";
import { InputError, type ManifestEntry } from "./types.js";
import { isWebAddress } from "./web/fetch-page.js";

const TEXT_FIELDS = ["outlet", "title", "url"] as const;
/** A manifest of a million entries fits; a larger file is not a manifest. */
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
/** Bad lines reported one by one; past this, one line counts the rest (a wrong file must not flood the terminal). */
const MAX_REPORTED_LINES = 10;

/**
 * Reads a JSON-lines manifest: one {"path", "date"?, "outlet"?, "title"?, "authors"?, "url"?} per
 * line. A relative path is taken from the manifest's folder; a web address is fetched. A bad line is reported as an error
 * named "MANIFEST:LINE" and skipped; the other lines still count.
 */
export function readManifest(manifestPath: string): { entries: ManifestEntry[]; errors: InputError[] } {
  let content: string;
  try {
    content = decodeText(manifestPath, readFile(manifestPath, MAX_MANIFEST_BYTES));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { entries: [], errors: [new InputError(manifestPath, `manifest: ${error.reason}`)] };
  }
  const entries: ManifestEntry[] = [];
  const errors: InputError[] = [];
  let badLines = 0;
  content.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const entry = parseEntry(line);
      const fixed = isAbsolute(entry.path) || isWebAddress(entry.path);
      entries.push({ ...entry, path: fixed ? entry.path : join(dirname(manifestPath), entry.path) });
    } catch (error) {
      if (!(error instanceof ManifestLineError)) throw error;
      if (++badLines <= MAX_REPORTED_LINES) errors.push(new InputError(`${manifestPath}:${index + 1}`, error.message));
    }
  });
  if (badLines > MAX_REPORTED_LINES) {
    errors.push(new InputError(manifestPath, `manifest: ${badLines - MAX_REPORTED_LINES} more bad lines not shown (${badLines} in all)`));
  }
  if (!entries.length && !badLines) errors.push(new InputError(manifestPath, "manifest: no entries"));
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
