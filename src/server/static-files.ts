import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The dashboard's files: the page and stylesheet from web/, its compiled modules from dist/web/, and
 * Chart.js from node_modules. Only these are served; a request names a known file or nothing.
 */

/** The package root: this module is at src/server/ (tests) or dist/server/ (built). */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WEB = join(ROOT, "web");
const COMPILED = join(ROOT, "dist", "web");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** The package does not export its UMD build, so it is found beside the entry point Node resolves. */
const chartJs = () => join(dirname(createRequire(import.meta.url).resolve("chart.js")), "chart.umd.js");

const FIXED = new Map<string, () => string>([
  ["/", () => join(WEB, "index.html")],
  ["/index.html", () => join(WEB, "index.html")],
  ["/style.css", () => join(WEB, "style.css")],
  ["/favicon.svg", () => join(WEB, "favicon.svg")],
  ["/vendor/chart.umd.js", chartJs],
]);

/** /app/NAME.js and /app/FOLDER/NAME.js: lower-case names only, so no path can leave dist/web. */
const APP_MODULE = /^\/app\/((?:[a-z0-9-]+\/)*[a-z0-9-]+\.js(?:\.map)?)$/;

export interface StaticFile {
  body: Buffer;
  type: string;
}

export const dashboardBuilt = () => existsSync(join(COMPILED, "main.js"));

export async function staticFile(pathname: string): Promise<StaticFile | undefined> {
  const module = APP_MODULE.exec(pathname);
  const file = FIXED.get(pathname)?.() ?? (module ? join(COMPILED, module[1]!) : undefined);
  if (!file) return undefined;
  try {
    return { body: await readFile(file), type: TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream" };
  } catch {
    return undefined;
  }
}
