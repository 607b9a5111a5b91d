// A run of spaces is matched from its first character only ((?<![ \t]) and the like): a pattern that
// could also start inside the run would retry the run from every position, quadratic in its length.

/**
 * The only changes ingest makes to characters: no byte order mark, '\n' line ends, no spaces at
 * line ends, at most one blank line in a row, no blank lines around the text. Everything else
 * (curly quotes, dashes, non-breaking spaces) is kept as written, since offsets and quotes point into it.
 */
export function normaliseText(text: string): string {
  return collapseBlankLines(
    text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n").replace(/(?<![ \t])[ \t]+$/gm, ""),
  );
}

/** Runs of blank lines become one blank line; leading and trailing blank lines go. */
export function collapseBlankLines(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "").replace(/(?<!\n)\n+$/, "");
}

/** Text compared loosely: case, spacing and quote style do not matter. */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}
