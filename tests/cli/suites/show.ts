import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordSchema } from "../../../src/record/schema.js";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, idOf, lines, parley } from "../run.js";

const tempDir = useTempDirs();

const STORY = "VALMORA — Envoys met on Tuesday.\n\nNo agreement was reached.\n";
const OTHER = "KESTRIA — Talks resumed on Friday.\n\nA second round is planned.\n";

/** A database holding STORY and OTHER, in its own folder; the tests only read it. */
async function stored() {
  const dir = mkdtempSync(join(tmpdir(), "parley-show-"));
  writeFileSync(join(dir, "story.txt"), STORY);
  writeFileSync(join(dir, "other.txt"), OTHER);
  const manifest = join(dir, "manifest.jsonl");
  const entry = { path: join(dir, "story.txt"), title: "Envoys meet in Valmora" };
  writeFileSync(manifest, JSON.stringify(entry) + "\n");
  expect((await parley(["ingest", "--manifest", manifest, "other.txt"], { cwd: dir })).code).toBe(0);
  return { dir, id: idOf(entry.path, entry) };
}

describe("parley show", CLI_TIMEOUT, () => {
  let fixture: Awaited<ReturnType<typeof stored>>;
  beforeAll(async () => {
    fixture = await stored();
  }, CLI_TIMEOUT.timeout);
  afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

  it("prints the stored record as JSON", async () => {
    const { dir, id } = fixture;
    const run = await parley(["show", id], { cwd: dir });
    expect(run.code).toBe(0);
    const record = RecordSchema.parse(JSON.parse(run.stdout));
    expect(record.document).toMatchObject({ id, title: "Envoys meet in Valmora" });
    expect(record.document.text).toContain("No agreement was reached.");
  });

  it("accepts a unique prefix, with or without doc_", async () => {
    const { dir, id } = fixture;
    const full = (await parley(["show", id], { cwd: dir })).stdout;
    expect((await parley(["show", id.slice(0, 8)], { cwd: dir })).stdout).toBe(full);
    expect((await parley(["show", id.slice(4, 10)], { cwd: dir })).stdout).toBe(full);
  });

  it("prints Markdown with --format md", async () => {
    const { dir, id } = fixture;
    const run = await parley(["show", id, "--format", "md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("# Envoys meet in Valmora");
  });

  it.each([
    ["an unknown id", "doc_ffffffffffffffff", /^parley: doc_ffffffffffffffff: no stored document with this id in parley\.db$/],
    ["an ambiguous prefix", "doc_", /^parley: doc_: ambiguous id prefix, matches doc_\w+, doc_\w+$/],
  ])("refuses %s with one line and exit 2", async (_label, id, message) => {
    const { dir } = fixture;
    const run = await parley(["show", id], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(lines(run.stderr)).toHaveLength(1);
    expect(lines(run.stderr)[0]).toMatch(message);
  });

  it("does not create a database that is not there", async () => {
    const dir = tempDir();
    const run = await parley(["show", "doc_1234"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(["parley: parley.db: no such database (run parley ingest first)"]);
    expect(existsSync(join(dir, "parley.db"))).toBe(false);
  });

  it("refuses an unknown format", async () => {
    const { dir, id } = fixture;
    const run = await parley(["show", id, "--format", "yaml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(["parley: unknown format 'yaml' (json or md)"]);
  });
});
