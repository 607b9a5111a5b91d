const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date + "T00:00:00Z") + days * DAY_MS).toISOString().slice(0, 10);
}

/** Orders YYYY-MM-DD strings with null (undated) last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function earliest(dates: Array<string | null>): string | null {
  return dates.reduce<string | null>((best, d) => (compareDates(d, best) < 0 ? d : best), null);
}

export function latest(dates: Array<string | null>): string | null {
  return dates.filter((d): d is string => d !== null).reduce<string | null>((best, d) => (best === null || d > best ? d : best), null);
}
