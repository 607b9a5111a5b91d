import type { Span } from "./schema.js";

/** Two character spans share at least one character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The offset lies inside one of the spans (end exclusive), e.g. inside a quotation. */
export const insideAny = (at: number, spans: Span[]): boolean => spans.some((s) => at >= s.start && at < s.end);

/** insideAny for spans in text order that do not overlap (transcript labels): a binary search. */
export function insideSorted(at: number, spans: Span[]): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}
