import { execFileSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, lines as allLines, parley } from "../run.js";

const tempDir = useTempDirs();

const STORY = "Talks resume in Kestria\n\nKESTRIA — Talks resumed on Friday after a week of shelling.\n\nNo date was set for a second round.\n";
/** stderr without the summary of the profiles chosen (tested in suites/extract.ts): these tests are about the errors. */
const lines = (stderr: string) => allLines(stderr).filter((line) => !/^profiles?: /.test(line));
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe("parley on hostile inputs", CLI_TIMEOUT, () => {
  it("refuses a --max-bytes that is not a size in one line, and takes units", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), STORY);
    for (const bad of ["abc", "0", "-5", "5XB", "1e9"]) {
      const run = await parley(["extract", "--max-bytes", bad, "a.txt"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toEqual([expect.stringMatching(/^parley: --max-bytes: '.*' is not a positive size/)]);
    }
    const small = await parley(["extract", "--max-bytes", "0.05KB", "a.txt"], { cwd: dir });
    expect(lines(small.stderr)).toEqual([expect.stringMatching(/a\.txt: too large: \d+ bytes, the limit is 51 /)]);
    const fine = await parley(["extract", "--max-bytes", "5MB", "a.txt"], { cwd: dir });
    expect(fine.code).toBe(0);
    expect(lines(fine.stdout)).toHaveLength(1);
  });

  it("refuses a named pipe and a link to a device without reading them, and goes on with the next input", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), STORY);
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    symlinkSync("/dev/zero", join(dir, "zero.txt"));
    const run = await parley(["extract", "pipe.txt", "zero.txt", "a.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      "parley: pipe.txt: not a regular file (a named pipe)",
      "parley: zero.txt: not a regular file (a device)",
    ]);
    expect(lines(run.stdout)).toHaveLength(1);
  });

  it("writes control characters and escapes of a file name as visible escapes, on one line", async () => {
    const dir = tempDir();
    const name = "evil\n\u001b[31mred\u202e.txt";
    writeFileSync(join(dir, name), "");
    const run = await parley(["extract", name], { cwd: dir });
    expect(run.stderr).toBe("parley: evil\\n\\x1b[31mred\\u202e.txt: empty file\n");
  });

  it("reports an empty and a binary manifest in one line each", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.jsonl"), "");
    writeFileSync(join(dir, "binary.jsonl"), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7) % 256)));
    for (const [manifest, reason] of [["empty.jsonl", "manifest: empty file"], ["binary.jsonl", "manifest: binary file (contains NUL bytes), not text"]]) {
      const run = await parley(["extract", "--manifest", manifest!], { cwd: dir });
      expect(run.code).toBe(1);
      expect(lines(run.stderr)).toEqual([`parley: ${manifest}: ${reason}`]);
    }
  });

  // eight megabytes cannot be read and extracted in a second on any machine; the short story takes milliseconds
  const LONG = `${STORY}\n${"Talks went on, officials said. ".repeat(260_000)}\n`;

  it("rejects an input over its time budget in one line and extracts the rest of the batch", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "long.txt"), LONG);
    writeFileSync(join(dir, "short.txt"), STORY);
    const run = await parley(["extract", "--time-limit", "1", "long.txt", "short.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual(["parley: long.txt: took more than 1 s"]);
    expect(lines(run.stdout)).toHaveLength(1);
    expect(JSON.parse(run.stdout).document.path).toBe("short.txt");
    const bad = await parley(["extract", "--time-limit", "soon", "short.txt"], { cwd: dir });
    expect(lines(bad.stderr)).toEqual(["parley: --time-limit: 'soon' is not a positive number of seconds"]);
  });

  it("stores the inputs after one that ran out of time", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a-long.txt"), LONG);
    writeFileSync(join(dir, "b-short.txt"), STORY);
    const run = await parley(["ingest", "--time-limit", "1", "--db", "x.db", "a-long.txt", "b-short.txt"], { cwd: dir });
    expect(lines(run.stderr)).toEqual(["parley: a-long.txt: took more than 1 s", "stored 1, already stored 0, rejected 1"]);
  });

  it("creates one new database from concurrent ingests", async () => {
    const dir = tempDir();
    for (const name of ["a", "b", "c", "d"]) writeFileSync(join(dir, `${name}.txt`), STORY.replace("Friday", `Friday ${name}`));
    const runs = await Promise.all(["a", "b", "c", "d"].map((name) => parley(["ingest", "--db", "new.db", `${name}.txt`], { cwd: dir })));
    for (const run of runs) expect(lines(run.stderr)).toEqual(["stored 1, already stored 0, rejected 0"]);
  });
});
