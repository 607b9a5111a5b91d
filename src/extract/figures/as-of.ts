import { casual } from "chrono-node";
import { isClauseMark, matchAt, type SentenceScan } from "./scan.js";

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Reads the day named at the start of `text` ("Monday", "Jan. 5"), counted back from the document
 * date: a figure "as of" a day reports the past, so a weekday or month-day without a year is the
 * latest one on or before the reference.
 */
function dayNamedAt(text: string, reference: string): string | null {
  const ref = new Date(`${reference}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return null;
  const result = casual.parse(text, ref, { forwardDate: false })[0];
  if (!result || result.index !== 0) return null;
  const c = result.start;
  if (!c.isCertain("day") && !c.isCertain("weekday")) return null;
  const day = new Date(Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")!, 12));
  if (day > ref && !c.isCertain("year")) {
    if (c.isCertain("day")) day.setUTCFullYear(day.getUTCFullYear() - 1);
    else day.setTime(day.getTime() - 7 * DAY_MS);
  }
  return iso(day);
}

/** The date a figure holds for: the day named after "as of" in its sentence, else the document date. */
export function asOfDate(scan: SentenceScan): string | null {
  const documentDate = scan.doc.source.date;
  if (!documentDate) return null;
  const tokens = scan.doc.tokens;
  for (let i = scan.from; i < scan.to; i++) {
    const marker = matchAt(scan, scan.lex.asOf, i);
    if (!marker || marker.end >= scan.to) continue;
    let end = marker.end;
    while (end + 1 < scan.to && !isClauseMark(scan, end + 1)) end++;
    const day = dayNamedAt(scan.doc.text.slice(tokens[marker.end]!.start, tokens[end]!.end), documentDate);
    if (day) return day;
  }
  return documentDate;
}
