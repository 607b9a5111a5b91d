import type { Random } from "./random.js";
import { vocabulary } from "./vocabulary.js";

const DAY_MS = 86_400_000;
const weekdayFormat = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" });

/** A day of the given year, at midnight UTC so that formatting never depends on the local zone. */
export function randomDay(rng: Random, year: number): Date {
  const first = Date.UTC(year, 0, 1);
  const days = Math.round((Date.UTC(year + 1, 0, 1) - first) / DAY_MS);
  return new Date(first + rng.int(0, days - 1) * DAY_MS);
}

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function weekday(date: Date): string {
  return weekdayFormat.format(date);
}

export function monthName(date: Date): string {
  return monthFormat.format(date);
}

/** News-agency style: 'Oct. 7', 'March 4'. */
export function apDate(date: Date): string {
  return `${vocabulary.monthsAp[date.getUTCMonth()]} ${date.getUTCDate()}`;
}
