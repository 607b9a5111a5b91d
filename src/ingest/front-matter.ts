import { readKbFile } from "../kb/files.js";
import { wholeDate } from "./dates.js";
import type { DetectedMeta } from "./meta.js";
import { splitNameList } from "./names.js";

interface FrontMatterFields {
  fields: Record<string, keyof DetectedMeta>;
}

const FIELD_LINE = /^# [A-Z][A-Z-]*: /;

/**
 * Reads a block of "# KEY: value" lines at the very top (stored corpora put licence, title, date and
 * publisher there) and the blank line after it. Returns the metadata and how many lines the block
 * takes; zero lines when the text does not start with such a block.
 */
export function readFrontMatter(lines: string[]): { meta: DetectedMeta; lineCount: number } {
  const meta: DetectedMeta = { authors: [] };
  let count = 0;
  while (count < lines.length && FIELD_LINE.test(lines[count]!)) {
    for (const part of lines[count]!.slice(2).split(/ \| (?=[A-Z][A-Z-]*: )/)) readField(part, meta);
    count++;
  }
  if (count && count < lines.length && !lines[count]!.trim()) count++;
  return { meta, lineCount: count };
}

function readField(part: string, meta: DetectedMeta): void {
  const colon = part.indexOf(": ");
  fillFrontMatterField(part.slice(0, colon), part.slice(colon + 2), meta);
}

/** Fills the field a front-matter KEY names (ingest-front-matter.json) from its value, unless already set. */
export function fillFrontMatterField(key: string, rawValue: string, meta: DetectedMeta): void {
  const field = readKbFile<FrontMatterFields>("ingest-front-matter.json").fields[key];
  const value = rawValue.trim();
  if (!field || !value) return;
  if (field === "authors") meta.authors.push(...splitNameList(value));
  else if (field === "date") meta.date ??= wholeDate(value) ?? undefined;
  else if (field !== "dateline") meta[field] ??= value;
}
