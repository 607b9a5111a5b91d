import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "../../scripts/eval.mjs");

/** A copy of scripts/eval.mjs in a checkout that has no ../shared beside it. */
function lonelyCheckout(): string {
  const root = join(mkdtempSync(join(tmpdir(), "parley-eval-")), "repo");
  mkdirSync(join(root, "scripts"), { recursive: true });
  copyFileSync(script, join(root, "scripts/eval.mjs"));
  return join(root, "scripts/eval.mjs");
}

const run = (path: string, args: string[] = []) => spawnSync(process.execPath, [path, ...args], { encoding: "utf8" });

describe("npm run eval", () => {
  it("skips with one line and exit 0 when the shared scorer is not beside the checkout", () => {
    const result = run(lonelyCheckout());
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("skipped: ../shared/eval/score.mjs not found (the shared dev corpus is not beside this checkout)\n");
  });

  it("rejects an unknown argument and a missing gold folder with one line", () => {
    const unknown = run(lonelyCheckout(), ["--fast"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("parley eval: unknown argument '--fast' (expected --gold DIR or --json)\n");
    const noGold = run(lonelyCheckout(), ["--gold", "/nonexistent/gold"]);
    expect(noGold.status).toBe(2);
    expect(noGold.stderr).toMatch(/^parley eval: --gold \/nonexistent\/gold: no such folder\n$/);
  });
});
