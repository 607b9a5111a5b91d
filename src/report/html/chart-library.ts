import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

let cached: string | undefined;

/**
 * The Chart.js UMD build, to be inlined so the report opens from file:// without a network. The
 * package does not export the UMD file, so it is found beside the entry point Node resolves.
 */
export function chartLibrary(): string {
  if (cached === undefined) {
    const entry = createRequire(import.meta.url).resolve("chart.js");
    const source = readFileSync(join(dirname(entry), "chart.umd.js"), "utf8");
    // Either sequence would end or confuse the inline <script> element; Chart.js contains neither.
    if (/<\/script|<!--/i.test(source)) throw new Error("chart.js: the UMD build cannot be inlined safely");
    cached = source;
  }
  return cached;
}
