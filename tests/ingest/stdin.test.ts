import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures.js";

const viteNode = fileURLToPath(new URL("../../node_modules/vite-node/vite-node.mjs", import.meta.url));

/** Runs loadSource({path: "-"}) in a child process with `input` on its standard input. */
function loadFromStdin(input: string, maxBytes = 1_000_000): Record<string, unknown> {
  const run = spawnSync(process.execPath, [viteNode, fixture("stdin-load.ts"), String(maxBytes)], { input, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe("stdin", () => {
  it("reads '-' from standard input with the same metadata detection", { timeout: 30_000 }, () => {
    const source = loadFromStdin("Talks resume\nBy Jane Roe\n\nNegotiators met in Geneva on Sunday to discuss the truce.\n");
    expect(source).toMatchObject({ path: "-", title: "Talks resume", authors: ["Jane Roe"] });
    expect(source.text).toBe("Negotiators met in Geneva on Sunday to discuss the truce.");
  });

  it("refuses empty and oversized standard input", { timeout: 30_000 }, () => {
    expect(loadFromStdin("  \n")).toEqual({ file: "-", reason: "empty file" });
    // reading stops past the limit, so the whole size is never known (nor held in memory)
    expect(loadFromStdin("x".repeat(200), 100).reason).toMatch(/^too large: more than 100 bytes, the limit is 100/);
  });
});
