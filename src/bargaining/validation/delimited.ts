/**
 * Rows of a tab- or comma-separated file whose cells may be wrapped in double quotes (with "" for a
 * quote inside). Cells never span lines in the bargaining data, so a line is a row.
 */
export function parseDelimited(text: string, separator: "\t" | ","): string[][] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => splitLine(line, separator));
}

function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k]!;
    if (quoted) {
      if (ch === '"' && line[k + 1] === '"') {
        cell += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
