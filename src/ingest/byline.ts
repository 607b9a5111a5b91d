import { readKbFile } from "../kb/files.js";
import { wholeDate } from "./dates.js";
import { bylineWords, isAllCaps, isPersonName, looksLikeOutlet, looksLikeRole, nameCase, splitNameList } from "./names.js";

/** What a byline or header line says about the document. */
export interface HeaderFacts {
  authors: string[];
  outlet?: string;
  date?: string;
}

/** The longest byline or header line that is still read as one, in characters. */
const MAX_HEADER_LENGTH = 160;

/**
 * Reads the names after "By": "Jane Roe and John Doe, Example News", "Example News Staff",
 * "Jane Roe, Chief Correspondent". Every comma-separated part must be read as a person, an outlet or
 * a job title; otherwise this is not a byline (e.g. "By Tuesday, Hamas had not replied") and null
 * is returned.
 */
export function parseByline(names: string): HeaderFacts | null {
  const text = names.trim();
  if (!text || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ""))) return null;
  const staffOutlet = outletBeforeStaffSuffix(text);
  if (staffOutlet) return { authors: [], outlet: staffOutlet };
  // Capitals ("PATTI DOMM, REUTERS") are read in the usual case; "AFP" or "BBC" is already an outlet as written.
  const parts = text.split(/(?<!\s)\s*,\s*/).map((part) => (isAllCaps(part) && !looksLikeOutlet(part) ? nameCase(part) : part));
  let outlet: string | undefined;
  while (parts.length > 1 && (looksLikeOutlet(parts.at(-1)!) || looksLikeRole(parts.at(-1)!))) {
    const part = parts.pop()!;
    if (!outlet && looksLikeOutlet(part) && !looksLikeRole(part)) outlet = part;
  }
  if (parts.length === 1 && looksLikeOutlet(parts[0]!) && !/\s(?:and|&)\s/.test(parts[0]!)) {
    return { authors: [], outlet: parts[0]! };
  }
  const authors = splitNameList(parts.join(", ")).map((name) => (isAllCaps(name) ? nameCase(name) : name));
  if (!authors.length || !authors.every((name) => isPersonName(name) && !looksLikeOutlet(name))) return null;
  return { authors, ...(outlet ? { outlet } : {}) };
}

function outletBeforeStaffSuffix(text: string): string | null {
  const suffixes = [...bylineWords().staffSuffixes].sort((a, b) => b.length - a.length);
  for (const suffix of suffixes) {
    if (!text.endsWith(" " + suffix)) continue;
    const outlet = text.slice(0, -suffix.length).trim();
    return outlet && !outlet.includes(",") ? outlet : null;
  }
  return null;
}

interface DateLabels {
  published: string[];
  updated: string[];
}

/**
 * Reads a header line made only of bylines, dates and (with `outletNames`) outlet names: "By Jane Roe", "Published May 14, 2023",
 * "date 2023-05-14 By Jane Roe and John Doe, Example News", "Tuesday, October 15, 2019",
 * "By Jane Roe | Updated May 15, 2023". Null when any part of the line is something else.
 */
export function parseHeaderLine(line: string, options: { outletNames: boolean }): HeaderFacts | null {
  const text = line.trim();
  if (!text || text.length > MAX_HEADER_LENGTH) return null;
  const facts: HeaderFacts = { authors: [] };
  for (const segment of text.split(/(?<!\s)(?:\s+[|·•]\s+|\s+(?=By\s))/)) {
    const part = readSegment(segment) ?? (options.outletNames && isOutletName(segment) ? { authors: [], outlet: segment } : null);
    if (!part) return null;
    facts.authors.push(...part.authors);
    facts.outlet ??= part.outlet;
    facts.date ??= part.date;
  }
  return facts;
}

const MAX_OUTLET_WORDS = 6;

/** "The Tarnov Observer", "Valdoria Today": capitalised words, one of them a word outlets use. */
function isOutletName(segment: string): boolean {
  const words = segment.split(/\s+/);
  return (
    words.length <= MAX_OUTLET_WORDS && looksLikeOutlet(segment) && !/\d/.test(segment) &&
    words.every((word) => /^[\p{Lu}&]/u.test(word) || /^(?:of|the|and|de|al)$/.test(word))
  );
}

function readSegment(segment: string): HeaderFacts | null {
  const byline = /^By\s+(\S.*)$/i.exec(segment);
  if (byline) return parseByline(byline[1]!);
  const { label, rest } = splitDateLabel(segment);
  const date = wholeDate(rest);
  if (!date) return null;
  return label === "updated" ? { authors: [] } : { authors: [], date };
}

function splitDateLabel(segment: string): { label: keyof DateLabels | null; rest: string } {
  const labels = readKbFile<DateLabels>("ingest-date-labels.json");
  const lower = segment.toLowerCase();
  let best: { label: keyof DateLabels; length: number } | null = null;
  for (const kind of ["published", "updated"] as const) {
    for (const word of labels[kind]) {
      const followed = /^:?\s/.test(lower.slice(word.length));
      if (lower.startsWith(word) && followed && word.length > (best?.length ?? 0)) best = { label: kind, length: word.length };
    }
  }
  if (!best) return { label: null, rest: segment };
  return { label: best.label, rest: segment.slice(best.length).replace(/^:?\s+/, "") };
}
