import { badRequest } from "../http-error.js";
import { enumParam, intParam, stringParam } from "../params.js";

/**
 * The query parameters every list route shares: ?limit=&offset= (a page), ?sort=&order= (a whitelisted
 * column), ?q= (words that must all occur) and one parameter per facet (?outlet=Example+Post).
 */

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export type Order = "asc" | "desc";

export interface ListQuery {
  limit: number;
  offset: number;
  sort: string;
  order: Order;
  /** lower-cased words of ?q=, each of which must occur */
  words: string[];
}

/** More words than this add nothing but cost; the rest are ignored. */
const MAX_WORDS = 8;

export function listQuery(url: URL, sorts: readonly string[], defaults: { sort: string; order?: Order }): ListQuery {
  const chosen = enumParam(url, "sort", sorts);
  const sort = chosen ?? defaults.sort;
  // The default order belongs to the default sort (most documents first); a chosen column starts ascending.
  const order = enumParam(url, "order", ["asc", "desc"] as const) ?? (chosen ? "asc" : defaults.order ?? "asc");
  const limit = intParam(url, "limit", { min: 1, max: MAX_LIMIT, fallback: DEFAULT_LIMIT });
  const offset = intParam(url, "offset", { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
  const words = (stringParam(url, "q") ?? "").toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return { limit, offset, sort, order, words: words.slice(0, MAX_WORDS) };
}

/** A facet's filter value from ?NAME=, checked against the allowed values when the facet has a closed set. */
export function facetValue(url: URL, name: string, allowed?: readonly string[]): string | undefined {
  const value = stringParam(url, name);
  if (value !== undefined && allowed && !allowed.includes(value)) {
    throw badRequest(`${name}: expected one of ${allowed.join(", ")}, got '${value}'`);
  }
  return value;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** Shown values per facet: the most frequent first. */
export const MAX_FACET_VALUES = 50;

/**
 * The body of every list response: the page under `key`, `total` matching rows, the paging and sort
 * that produced it, and per facet the counts of its values under every filter except its own (so the
 * alternatives to the current choice stay visible).
 */
export interface ListPage<T> {
  total: number;
  offset: number;
  limit: number;
  sort: string;
  order: Order;
  facets: Record<string, FacetCount[]>;
  items: T[];
}

export function listBody<T>(key: string, page: ListPage<T>, extra: Record<string, unknown> = {}) {
  const { items, ...rest } = page;
  return { ...extra, ...rest, [key]: items };
}
