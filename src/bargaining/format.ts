/** Numbers and tables in the Markdown reports. */

export const fixed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? "–" : value.toFixed(digits);

/** "+0.12" / "−0.40": a signed difference. */
export function signed(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  // A difference that rounds to zero has no sign.
  return `${Number(text) === 0 ? "±" : value > 0 ? "+" : "−"}${text}`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(cell).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}
