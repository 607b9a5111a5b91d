import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";

/**
 * The SHA-256 of an input file's bytes, checked against the store before extraction so a file
 * already ingested costs one read and one lookup. Undefined for anything that is not a regular file
 * of at most `maxBytes` (stdin, URLs, folders, oversize inputs): those are extracted as before and the
 * extractor reports their errors. The extension is hashed too: it decides whether the bytes are read
 * as HTML or as plain text, so the same bytes under another extension may give another document.
 */
export function inputHash(path: string, maxBytes: number): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return createHash("sha256").update(extname(path).toLowerCase() + "\0").update(readFileSync(path)).digest("hex");
  } catch {
    return undefined;
  }
}
