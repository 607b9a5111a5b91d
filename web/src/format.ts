import type { DocumentMeta } from "./types.js";

/** How values are written on screen. */

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export const formatDate = (iso: string | null | undefined) => (iso ? DAY.format(new Date(`${iso}T00:00:00Z`)) : "undated");

export const formatNumber = (n: number) => NUMBER.format(n);

/** measure and issue codes as words: hostages_held → hostages held */
export const humanize = (code: string) => code.replace(/_/g, " ");

const QUALIFIER_WORDS: Record<string, string> = {
  approx: "about", more_than: "more than", at_least: "at least", less_than: "fewer than", at_most: "at most",
};

/** A reported figure as a reader would say it: "at least 120", "30–40", "unspecified". */
export function formatFigure(figure: { value: number | null; low: number | null; high: number | null; qualifier: string }): string {
  if (figure.qualifier === "range" && figure.low !== null && figure.high !== null) {
    return `${formatNumber(figure.low)}–${formatNumber(figure.high)}`;
  }
  if (figure.value === null) return "unspecified";
  const words = QUALIFIER_WORDS[figure.qualifier];
  return words ? `${words} ${formatNumber(figure.value)}` : formatNumber(figure.value);
}

/** The number a chart plots for a figure: its value, or the middle of its range. */
export function plotValue(figure: { value: number | null; low: number | null; high: number | null }): number | null {
  if (figure.value !== null) return figure.value;
  if (figure.low !== null && figure.high !== null) return (figure.low + figure.high) / 2;
  return figure.low ?? figure.high;
}

/** "Meridian Wire, 3 Mar 2025" */
export const sourceLabel = (meta: { outlet: string | null; date: string | null }) =>
  [meta.outlet ?? "unknown outlet", formatDate(meta.date)].join(", ");

/** A document's name in lists: its headline, else its outlet and date. */
export const documentLabel = (meta: DocumentMeta, lead?: string) => meta.title ?? lead ?? sourceLabel(meta);
