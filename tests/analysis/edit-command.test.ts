import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EXIT_FATAL, EXIT_OK, main } from "../../src/cli/main.js";
import { openStore } from "../../src/store/index.js";
import { useTempDirs } from "../store/temp.js";
import { record } from "./builder.js";

const tempDir = useTempDirs();

/** Runs `parley ARGS` in this process, capturing its output. */
async function parley(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(["node", "parley", ...args]);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

function demoStore(): string {
  const path = join(tempDir(), "edits.db");
  const store = openStore(path);
  store.saveRecord(record("2025-03-01", "A", ["Foreign Minister Lidia Marek spoke."], (b) => b.actor("Lidia Marek")));
  store.saveRecord(record("2025-03-02", "B", ["Commander Jozef Marek spoke."], (b) => b.actor("Jozef Marek")));
  store.saveRecord(record("2025-03-03", "C", ["Marek spoke."], (b) => b.actor("Marek")));
  store.close();
  return path;
}

describe("parley edit", () => {
  it("merges, renames, splits and lists the audit log", async () => {
    const db = demoStore();
    const merged = await parley("edit", "merge", "lidia-marek", "marek", "--db", db, "--by", "ana", "--note", "same FM");
    expect(merged).toMatchObject({ code: EXIT_OK, stderr: "" });
    expect(merged.stdout).toMatch(/^#1 \S+ ana merge doc_\w+:a1 "Lidia Marek", doc_\w+:a1 "Marek" -- same FM/);
    expect((await parley("edit", "rename", "Lidia Marek", "Lidia Marek (FM)", "--db", db, "--by", "ana")).code).toBe(EXIT_OK);
    expect((await parley("edit", "split", "lidia-marek-fm", "Marek", "--db", db, "--by", "bo")).code).toBe(EXIT_OK);
    const list = await parley("edit", "list", "--db", db);
    expect(list.stdout.trim().split("\n").map((line) => line.split(" ").slice(2, 4).join(" "))).toEqual([
      "ana merge", "ana rename", "bo split",
    ]);
    const json = JSON.parse((await parley("edit", "list", "--db", db, "--format", "json")).stdout);
    expect(json.map((e: { action: string; stale: boolean }) => [e.action, e.stale])).toEqual([
      ["merge", false], ["rename", false], ["split", false],
    ]);
  });

  it("reports a bad reference or a missing database in one line with exit code 2", async () => {
    const db = demoStore();
    const unknown = await parley("edit", "merge", "lidia-marek", "nobody", "--db", db);
    expect(unknown).toEqual({ code: EXIT_FATAL, stdout: "", stderr: "parley: nobody: no such actor\n" });
    const missing = await parley("edit", "list", "--db", join(tempDir(), "none.db"));
    expect(missing.code).toBe(EXIT_FATAL);
    expect(missing.stderr).toMatch(/^parley: .*none\.db: no such database.*\n$/);
    expect((await parley("edit", "rename", "jozef-marek", "--db", db)).code).toBe(EXIT_FATAL);
  });
});
