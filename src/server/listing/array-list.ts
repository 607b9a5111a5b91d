import { facetValue, listQuery, MAX_FACET_VALUES, type FacetCount, type ListPage, type Order } from "./list-query.js";

/**
 * A list over an array already in memory (an analysis section): the same parameters and response as
 * the SQL lists, so the dashboard pages, sorts and facets every list the same way.
 */

type Value = string | number | null | undefined;

export interface ArrayListSpec<T> {
  /** facet name -> the values an item has for it (several for, e.g., the issues of a quote) */
  facets: Record<string, (item: T) => Value | Value[]>;
  /** sort name -> the value to sort by; `index` is the item's place in the section's own order */
  sorts: Record<string, (item: T, index: number) => Value>;
  defaultSort: string;
  defaultOrder?: Order;
  /** the text ?q= searches in */
  text?: (item: T) => string;
}

const valuesOf = (value: Value | Value[]): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string | number => v !== null && v !== undefined && v !== "").map(String);

function compare(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

export function listArray<T>(url: URL, items: readonly T[], spec: ArrayListSpec<T>): ListPage<T> {
  const query = listQuery(url, Object.keys(spec.sorts), { sort: spec.defaultSort, order: spec.defaultOrder });
  const chosen = Object.keys(spec.facets).map((name) => ({ name, value: facetValue(url, name) }))
    .filter((f): f is { name: string; value: string } => f.value !== undefined);
  const matchesText = (item: T) => {
    if (!query.words.length || !spec.text) return true;
    const text = spec.text(item).toLowerCase();
    return query.words.every((word) => text.includes(word));
  };
  const matchesFacets = (item: T, except?: string) =>
    chosen.every((f) => f.name === except || valuesOf(spec.facets[f.name]!(item)).includes(f.value));
  const texted = items.map((item, index) => ({ item, index })).filter(({ item }) => matchesText(item));
  const kept = texted.filter(({ item }) => matchesFacets(item));
  const key = spec.sorts[query.sort]!;
  const sign = query.order === "desc" ? -1 : 1;
  // Equal values keep the section's own order either way (a section's "order" sort reverses it);
  // items without a value go last.
  const sorted = kept.map(({ item, index }) => ({ item, index, value: key(item, index) })).sort((a, b) => {
    const [xMissing, yMissing] = [a.value === null || a.value === undefined, b.value === null || b.value === undefined];
    if (xMissing || yMissing) return Number(xMissing) - Number(yMissing) || a.index - b.index;
    return sign * compare(a.value, b.value) || a.index - b.index;
  }).map((entry) => entry.item);
  const facets: Record<string, FacetCount[]> = {};
  for (const [name, valueOf] of Object.entries(spec.facets)) {
    const counts = new Map<string, number>();
    for (const { item } of texted) {
      if (!matchesFacets(item, name)) continue;
      for (const value of new Set(valuesOf(valueOf(item)))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    facets[name] = [...counts].map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, MAX_FACET_VALUES);
  }
  return {
    total: sorted.length, offset: query.offset, limit: query.limit, sort: query.sort, order: query.order, facets,
    items: sorted.slice(query.offset, query.offset + query.limit),
  };
}
