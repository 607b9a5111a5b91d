import type { Span } from "./schema.js";

/** Two character spans share at least one character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The offset lies inside one of the spans (end exclusive), e.g. inside a quotation. */
export const insideAny = (at: number, spans: Span[]): boolean => spans.some((s) => at >= s.start && at < s.end);
