import { isWholeSentence, type Citation, type CitedExcerpt } from "../context.js";

/**
 * Article text is untrusted: inside Markdown it must not open emphasis, links, HTML or headings. Line
 * breaks become spaces so one item stays on one line (and in one table cell).
 */
export function mdText(text: string): string {
  return text.replace(/(?<!\s)\s*\n\s*/g, " ").replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`);
}

export function mdTable(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

/** *Title*, Outlet, 2025-05-05 */
export function mdCitation(citation: Citation): string {
  return [`*${mdText(citation.title)}*`, citation.outlet && mdText(citation.outlet), citation.date ?? "undated"]
    .filter(Boolean).join(", ");
}

/** “The sentence with the **cited words** marked.” — *Title*, Outlet, date */
export function mdEvidence(cited: CitedExcerpt): string {
  const source = mdCitation(cited.citation);
  if (!cited.excerpt) return `(text not available) — ${source}`;
  const { before, match, after } = cited.excerpt;
  if (isWholeSentence(cited.excerpt)) return `“${mdText(match.trim())}” — ${source}`;
  // Emphasis only works when ** touches the words, so surrounding spaces move outside the marks.
  const words = match.trim();
  const lead = match.slice(0, match.length - match.trimStart().length);
  const trail = match.slice(match.trimEnd().length);
  return `“${mdText(before + lead)}**${mdText(words)}**${mdText(trail + after)}” — ${source}`;
}

/** A section's body after a blank line, or a line saying it is empty instead of a bare heading. */
export function orNone(lines: string[], none: string): string[] {
  if (!lines.length) return ["", `_${none}_`];
  return lines[0] === "" ? lines : ["", ...lines];
}

/** " Also printed by A, 2025-05-05; B, 2025-05-06." or nothing. */
export function mdAlsoPrinted(outlets: readonly string[]): string {
  return outlets.length ? ` Also printed by ${outlets.map(mdText).join("; ")}.` : "";
}
