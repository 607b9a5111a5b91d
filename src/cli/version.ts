import { readFileSync } from "node:fs";

/** The version in package.json, two folders up from both src/cli and dist/cli. */
export function parleyVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}
