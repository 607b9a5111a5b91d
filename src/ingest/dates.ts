import * as chrono from "chrono-node";

/** A fixed reference: the dates read here must name their year, so "today" never leaks in. */
const REFERENCE = new Date(2000, 0, 1);
/** Longer than any written date with a time ("Wednesday, September 13, 2023, 10:45 p.m. EDT"): the date parser never sees a long text. */
const MAX_DATE_CHARS = 80;

/**
 * The calendar date (YYYY-MM-DD) that `text` consists of, e.g. "May 14, 2023", "Tuesday, October 15,
 * 2019", "2023-05-14T22:00:00-04:00" (the date as written, not converted to UTC). Null when the text
 * holds anything else besides the date and a time, or when day, month or year is missing.
 */
export function wholeDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_DATE_CHARS) return null;
  const bare = trimmed.replace(/(?<![.,;])[.,;]+$/, "");
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(bare);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const [result] = chrono.strict.parse(trimmed, REFERENCE);
  if (!result || result.index !== 0 || result.text.length < bare.length - trailingZone(bare)) return null;
  const start = result.start;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  return validDate(start.get("year")!, start.get("month")!, start.get("day")!);
}

/** Whether `text` is only a day of a month, as a dateline gives it: "March 30", "Oct 20", "3 March". */
export function isDayOfMonth(text: string): boolean {
  const trimmed = text.trim();
  const [result] = chrono.strict.parse(trimmed, REFERENCE);
  return !!result && result.index === 0 && result.text.length === trimmed.length &&
    result.start.isCertain("month") && result.start.isCertain("day");
}

/** Length of a trailing time zone name chrono may leave out of its match ("... 10:32 AM EDT"). */
function trailingZone(text: string): number {
  return /\s[A-Z]{2,5}$/.exec(text)?.[0].length ?? 0;
}

/** A manifest-style date string: exactly YYYY-MM-DD and a real calendar day. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && validDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
