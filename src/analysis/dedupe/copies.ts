import type { Span } from "../../record/schema.js";
import type { Located } from "../corpus.js";
import type { DuplicateIndex } from "./duplicates.js";

/** One item counted once, with the same item in other copies of its paragraph. */
export interface Collapsed<T> {
  primary: Located<T>;
  copies: Array<Located<T>>;
}

/**
 * Counts an item of a duplicated paragraph once: items of one duplicate group with the same key (and
 * the same rank among equal keys in their paragraph) are one item, first seen (earliest document) as
 * primary. An item that only one copy has (an edited number) stays its own item. `items` must be in
 * publication order.
 */
export function collapseCopies<T extends Span>(
  items: Array<Located<T>>, index: DuplicateIndex, keyOf: (item: T) => string,
): Array<Collapsed<T>> {
  const out: Array<Collapsed<T>> = [];
  const byKey = new Map<string, Collapsed<T>>();
  const ranks = new Map<string, number>();
  for (const located of items) {
    const copy = index.locate(located.documentId, located.item.start);
    if (!copy) {
      out.push({ primary: located, copies: [] });
      continue;
    }
    const key = `${copy.groupId}|${keyOf(located.item)}`;
    const rankKey = `${located.documentId}#${copy.paragraph}|${key}`;
    const rank = ranks.get(rankKey) ?? 0;
    ranks.set(rankKey, rank + 1);
    const existing = byKey.get(`${key}|${rank}`);
    if (existing && existing.primary.documentId !== located.documentId) {
      existing.copies.push(located);
      continue;
    }
    const entry = { primary: located, copies: [] };
    byKey.set(`${key}|${rank}`, entry);
    out.push(entry);
  }
  return out;
}
