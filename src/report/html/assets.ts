import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The page's stylesheet and script are plain files beside the source, read at run time from src/ (as
 * the knowledge base is) so they can be edited and linted as CSS and JavaScript.
 */
const ASSETS = fileURLToPath(new URL("../../../src/report/html/assets/", import.meta.url));

const cache = new Map<string, string>();

export function reportAsset(name: "report.css" | "report.js"): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(ASSETS + name, "utf8");
    cache.set(name, text);
  }
  return text;
}
