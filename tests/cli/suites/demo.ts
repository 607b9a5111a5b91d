import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RecordSchema } from "../../../src/record/schema.js";
import { openStore } from "../../../src/store/index.js";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, idOf, lines, parley } from "../run.js";

const tempDir = useTempDirs();

describe("parley demo", CLI_TIMEOUT, () => {
  it("ingests the bundled corpus from any folder and prints its summary", async () => {
    const dir = tempDir();
    const run = await parley(["demo", "--db", "demo.db", "--out", "out"], { cwd: dir });
    expect(lines(run.stderr).filter((l) => l.startsWith("parley: "))).toEqual([]);
    expect(run.code).toBe(0);

    const records = readFileSync(join(dir, "out/records.jsonl"), "utf8").trim().split("\n")
      .map((line) => RecordSchema.parse(JSON.parse(line)));
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r.document.path).toContain("demo/corpus/");
    expect(run.stdout).toContain(`${records.length} documents`);
    for (const r of records) expect(run.stdout).toContain(`(${r.document.id})`);
    expect(readFileSync(join(dir, "out/summary.md"), "utf8")).toBe(run.stdout);

    const store = openStore(join(dir, "demo.db"), { mustExist: true });
    expect(store.counts().documents).toBe(records.length);
    store.close();
  });

  it("starts from a fresh database on every run", async () => {
    const dir = tempDir();
    const story = "Not in the corpus\n\nA story that is not in the demo corpus.\n";
    writeFileSync(join(dir, "story.txt"), story);
    expect((await parley(["ingest", "story.txt", "--db", "demo.db"], { cwd: dir })).code).toBe(0);
    expect((await parley(["demo", "--db", "demo.db"], { cwd: dir })).code).toBe(0);
    const store = openStore(join(dir, "demo.db"), { mustExist: true });
    expect(store.getRecord(idOf(join(dir, "story.txt")))).toBeUndefined();
    expect(store.counts().documents).toBeGreaterThan(0);
    store.close();
  });
});

describe("parley demo --db safety", CLI_TIMEOUT, () => {
  it("refuses to replace a file that is not a Parley database", async () => {
    const dir = tempDir();
    const notes = join(dir, "notes.db");
    writeFileSync(notes, "precious notes\n");
    const run = await parley(["demo", "--db", notes], { cwd: dir });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`parley: ${notes}: not a Parley database; refusing to replace it`]);
    expect(readFileSync(notes, "utf8")).toBe("precious notes\n");
  });
});
