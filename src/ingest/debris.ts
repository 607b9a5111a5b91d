import { readKbFile } from "../kb/files.js";

/** A line left by web scraping ("Advertisement", "Share this article", a lone ">"): not article text. */
export function isDebrisLine(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  const lower = text.toLowerCase();
  return readKbFile<{ lines: string[] }>("ingest-debris.json").lines.some((debris) => debris.toLowerCase() === lower);
}
