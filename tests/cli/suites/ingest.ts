import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../../src/store/index.js";
import { STORIES } from "../../extract/profile-fixture.js";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, idOf, lines, parley } from "../run.js";

const tempDir = useTempDirs();

const STORY_A = "Envoys meet in Valmora\n\nVALMORA — Envoys from Arden and the Northern Coalition met on Tuesday.\n\n\"We are close,\" said Lise Okafor.\n";
const STORY_B = "Talks resume in Kestria\n\nKESTRIA — Talks resumed on Friday after a week of shelling.\n\nNo date was set for a second round.\n";

/** A folder with two good stories; returns the folder and a path builder. */
function workspace() {
  const dir = tempDir();
  writeFileSync(join(dir, "a.txt"), STORY_A);
  writeFileSync(join(dir, "b.txt"), STORY_B);
  return { dir, db: join(dir, "parley.db"), idA: idOf(join(dir, "a.txt")), idB: idOf(join(dir, "b.txt")) };
}

function storedIds(db: string): string[] {
  const store = openStore(db, { mustExist: true });
  try {
    return store.listDocuments().map((d) => d.id).sort();
  } finally {
    store.close();
  }
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe("parley ingest", CLI_TIMEOUT, () => {
  it("stores each input once and says so in one summary line", async () => {
    const { dir, db, idA, idB } = workspace();
    const first = await parley(["ingest", "a.txt", "b.txt"], { cwd: dir });
    expect(first.code).toBe(0);
    // neither story says what kind of negotiation it is: both get the generic profile
    expect(lines(first.stderr)).toEqual(["stored 2, already stored 0, rejected 0", "profiles: ceasefire-exchange 2 (fallback)"]);
    expect(first.stdout).toBe("");
    expect(storedIds(db)).toEqual([idA, idB].sort());

    writeFileSync(join(dir, "copy.txt"), STORY_A);
    const again = await parley(["ingest", "a.txt", "copy.txt"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(lines(again.stderr)).toEqual(["stored 0, already stored 2, rejected 0", "profiles: ceasefire-exchange 2 (fallback)"]);
    expect(storedIds(db)).toHaveLength(2);
  });

  it("keeps each document's profile with it and names the choice", async () => {
    const { dir, db } = workspace();
    writeFileSync(join(dir, "strike.txt"), STORIES["labour-contract"]);
    const run = await parley(["ingest", "strike.txt", "a.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lines(run.stderr).at(-1)).toBe("profiles: ceasefire-exchange 1 (fallback), labour-contract 1 (auto)");
    const store = openStore(db, { mustExist: true });
    try {
      const id = idOf(join(dir, "strike.txt"));
      expect(store.getRecord(id)!.document.profile).toMatchObject({ name: "labour-contract", chosenBy: "auto" });
      expect(store.getRecord(id)!.positions.map((p) => p.issue)).toContain("wages");
    } finally {
      store.close();
    }
  });

  it("reads stdin and honours --db", async () => {
    const { dir, idB } = workspace();
    const db = join(dir, "elsewhere.db");
    const run = await parley(["ingest", "-", "--db", db], { cwd: dir, input: STORY_B });
    expect(run.code).toBe(0);
    expect(storedIds(db)).toEqual([idB]);
  });

  it("takes metadata from a manifest", async () => {
    const { dir, db } = workspace();
    const manifest = join(dir, "manifest.jsonl");
    writeFileSync(manifest, JSON.stringify({
      path: join(dir, "a.txt"), title: "Envoys meet", outlet: "The Example Post", date: "2031-05-06",
    }) + "\n");
    const run = await parley(["ingest", "--manifest", manifest], { cwd: dir });
    expect(run.code).toBe(0);
    const store = openStore(db, { mustExist: true });
    expect(store.listDocuments()).toMatchObject([{ title: "Envoys meet", outlet: "The Example Post", date: "2031-05-06" }]);
    store.close();
  });

  it.each([
    ["an empty file", "empty.txt", () => ""],
    ["a binary file", "image.bin", () => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))],
  ])("rejects %s with one line naming it and keeps what was stored", async (_label, name, content) => {
    const { dir, db, idA, idB } = workspace();
    expect((await parley(["ingest", "a.txt"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, name), content());
    const run = await parley(["ingest", name, "b.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    const errors = lines(run.stderr).filter((l) => l.startsWith("parley: "));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^parley: ${name.replace(".", "\\.")}: \\S`));
    expect(lines(run.stderr).slice(-2)).toEqual(["stored 1, already stored 0, rejected 1", expect.stringMatching(/^profile: ceasefire-exchange \(fallback/)]);
    noStackTrace(run.stderr);
    expect(storedIds(db)).toEqual([idA, idB].sort());
  });

  it("rejects a missing path with one line naming it and keeps what was stored", async () => {
    const { dir, db, idA, idB } = workspace();
    expect((await parley(["ingest", "a.txt"], { cwd: dir })).code).toBe(0);
    const run = await parley(["ingest", "no-such-file.txt", "b.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    const errors = lines(run.stderr).filter((l) => l.startsWith("parley: "));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^parley: no-such-file\.txt: \S/);
    noStackTrace(run.stderr);
    expect(storedIds(db)).toEqual([idA, idB].sort());
  });

  it("rejects an input larger than --max-bytes", async () => {
    const { dir, db, idB } = workspace();
    writeFileSync(join(dir, "long.txt"), STORY_A + "\nThe talks went on late into the night.".repeat(20));
    const limit = String(Buffer.byteLength(STORY_B) + 10);
    const run = await parley(["ingest", "long.txt", "b.txt", "--max-bytes", limit], { cwd: dir });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)[0]).toMatch(/^parley: long\.txt: /);
    expect(storedIds(db)).toEqual([idB]);
  });

  it("--quiet drops the summary but still reports rejected inputs", async () => {
    const { dir } = workspace();
    const run = await parley(["ingest", "a.txt", "missing.txt", "--quiet"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(lines(run.stderr)[0]).toMatch(/^parley: missing\.txt: /);
  });

  it("refuses a --db that is not a SQLite database and leaves it untouched", async () => {
    const { dir } = workspace();
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "my notes\n");
    const run = await parley(["ingest", "a.txt", "--db", notes], { cwd: dir });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`parley: ${notes}: not a SQLite database`]);
    expect(readFileSync(notes, "utf8")).toBe("my notes\n");
  });

  it("treats a bad --max-bytes or no inputs as usage errors", async () => {
    const { dir } = workspace();
    for (const args of [["ingest", "a.txt", "--max-bytes", "lots"], ["ingest"]]) {
      const run = await parley(args, { cwd: dir });
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(lines(run.stderr)[0]).toMatch(/^parley: /);
    }
  });
});
