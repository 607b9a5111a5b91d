import type { SkippedInput } from "../../ingest/inputs.js";
import { printable } from "../printable.js";

/** Named one by one up to this many; a folder of thousands of images is then a count. */
const MAX_NAMED = 10;

/** "skipped 2: a.pdf (unsupported type), b.txt (empty)", or "" when nothing was skipped. */
export function skippedLine(skipped: readonly SkippedInput[]): string {
  if (!skipped.length) return "";
  const named = skipped.slice(0, MAX_NAMED).map((entry) => `${printable(entry.path)} (${entry.reason})`);
  const more = skipped.length > MAX_NAMED ? `, and ${skipped.length - MAX_NAMED} more` : "";
  return `skipped ${skipped.length}: ${named.join(", ")}${more}`;
}
