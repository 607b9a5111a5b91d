import type { AnalysisOptions } from "../analysis/types.js";
import { badRequest } from "./http-error.js";

/** Query-string parameters, validated: a bad value is a 400 naming the parameter, never a silent default. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function stringParam(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  return value === null || value.trim() === "" ? undefined : value.trim();
}

export function dateParam(url: URL, name: string): string | undefined {
  const value = stringParam(url, name);
  if (value !== undefined && !(ISO_DATE.test(value) && isRealDate(value))) {
    throw badRequest(`${name}: expected a date YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

/** ?since=&until= as analysis options. */
export function rangeParams(url: URL): AnalysisOptions {
  const since = dateParam(url, "since");
  const until = dateParam(url, "until");
  if (since && until && since > until) throw badRequest(`since (${since}) is after until (${until})`);
  return { ...(since ? { since } : {}), ...(until ? { until } : {}) };
}

export function intParam(url: URL, name: string, bounds: { min: number; max: number; fallback: number }): number {
  const value = stringParam(url, name);
  if (value === undefined) return bounds.fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) {
    throw badRequest(`${name}: expected an integer from ${bounds.min} to ${bounds.max}, got '${value}'`);
  }
  return n;
}

export function enumParam<T extends string>(url: URL, name: string, values: readonly T[]): T | undefined {
  const value = stringParam(url, name);
  if (value !== undefined && !values.includes(value as T)) {
    throw badRequest(`${name}: expected one of ${values.join(", ")}, got '${value}'`);
  }
  return value as T | undefined;
}

/** ?limit=&offset= for long lists. */
export function pageParams(url: URL, maxLimit = 500, fallback = 100): { limit: number; offset: number } {
  return {
    limit: intParam(url, "limit", { min: 1, max: maxLimit, fallback }),
    offset: intParam(url, "offset", { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 }),
  };
}

export const inRange = (date: string | null, range: AnalysisOptions): boolean =>
  (!range.since || (date !== null && date >= range.since)) && (!range.until || (date !== null && date <= range.until));
