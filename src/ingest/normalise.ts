/**
 * The only changes ingest makes to characters: no byte order mark, '\n' line ends, no spaces at
 * line ends, at most one blank line in a row, no blank lines around the text. Everything else
 * (curly quotes, dashes, non-breaking spaces) is kept as written, since offsets and quotes point into it.
 */
export function normaliseText(text: string): string {
  return collapseBlankLines(
    text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n").replace(/[ \t]+$/gm, ""),
  );
}

/** Runs of blank lines become one blank line; leading and trailing blank lines go. */
export function collapseBlankLines(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "").replace(/\n+$/, "");
}

/** Text compared loosely: case, spacing and quote style do not matter. */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}
