import * as chrono from "chrono-node";

/** Words that name a day relative to the publication date, which chrono does not mark as certain. */
const RELATIVE_DAY = /\b(?:today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow)\b/i;
/** A length of time chrono joins to the day after it ("delayed for several hours on Saturday" is not a time on Sunday). */
const SPAN_LEAD = /^.*?\b(?:hours?|minutes?)\b\s*/i;
/** Periods chrono turns into a day they do not name ("by the end of the week"). */
const PERIOD = /\b(?:week|month|year|weekend)s?\b/i;

export interface FoundDate {
  date: string;
  /** offset of the date words in the text passed in */
  index: number;
  length: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The first day a phrase names ("at midnight on Friday", "by May 24", "this morning"), relative to the
 * publication date `reference` (YYYY-MM-DD). `forward`: a weekday is the next one, not the last one.
 * Vague spans ("the week") are no date.
 */
export function dateIn(text: string, reference: string, forward: boolean): FoundDate | undefined {
  const [y, m, d] = reference.split("-").map(Number) as [number, number, number];
  const ref = new Date(y, m - 1, d, 12);
  for (const parsed of chrono.parse(text, ref, { forwardDate: forward })) {
    const lead = SPAN_LEAD.exec(parsed.text)?.[0].length ?? 0;
    const rest = lead ? chrono.parse(parsed.text.slice(lead), ref, { forwardDate: forward })[0] : undefined;
    if (lead && !rest) continue;
    const found = rest ? Object.assign(rest, { index: parsed.index + lead + rest.index }) : parsed;
    const certain = found.start.isCertain("day") || found.start.isCertain("weekday") || RELATIVE_DAY.test(found.text);
    if (!certain || PERIOD.test(found.text)) continue;
    // only a weekday is the next one: "by May 10" written on May 12 is the May 10 just past
    const result = forward && found.start.isCertain("month") ? chrono.parse(found.text, ref)[0] ?? found : found;
    const date = `${result.start.get("year")}-${pad(result.start.get("month")!)}-${pad(result.start.get("day")!)}`;
    return { date, index: found.index, length: found.text.length };
  }
  return undefined;
}

/** The earliest year written in a text ("seized on the Vask road in 2023"), if any. */
export function earliestYear(text: string): number | undefined {
  const years = [...text.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? Math.min(...years) : undefined;
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** `date` plus `days` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
