import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../../src/store/index.js";
import { STORIES } from "../../extract/profile-fixture.js";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, lines, parley } from "../run.js";

const tempDir = useTempDirs();

const EXTRA = [
  "Envoys meet in Valmora\n\nVALMORA — Envoys from Arden and the Northern Coalition met on Tuesday.\n\n\"We are close,\" said Lise Okafor.\n",
  "Talks resume in Kestria\n\nKESTRIA — Talks resumed on Friday after a week of shelling.\n\nNo date was set for a second round.\n",
];

/** A folder of the written stories, one a file (names sort in the order written), and one input too large for --max-bytes 2KB in the middle. */
function workspace(): { dir: string; files: string[] } {
  const dir = tempDir();
  const texts = [...Object.values(STORIES), ...EXTRA];
  const files = texts.map((text, i) => {
    const name = `${String(i).padStart(2, "0")}-story.txt`;
    writeFileSync(join(dir, name), text);
    return name;
  });
  writeFileSync(join(dir, "04-large.txt"), `${EXTRA[1]}\n${"The talks went on for hours, officials said. ".repeat(100)}\n`);
  return { dir, files: [...files.slice(0, 4), "04-large.txt", ...files.slice(4)] };
}

describe("extraction on several threads (--workers)", CLI_TIMEOUT, () => {
  it("prints the same records in the same order with three workers as with one, and rejects the same input in one line", async () => {
    const { dir, files } = workspace();
    const args = ["extract", "--max-bytes", "2KB", ...files];
    const one = await parley([...args, "--workers", "1"], { cwd: dir });
    const three = await parley([...args, "--workers", "3"], { cwd: dir });
    expect(three.stdout).toBe(one.stdout);
    expect(lines(one.stdout)).toHaveLength(files.length - 1);
    expect(lines(three.stdout).map((line) => JSON.parse(line).document.path)).toEqual(files.filter((f) => f !== "04-large.txt"));
    expect(three.stderr).toBe(one.stderr);
    expect(lines(three.stderr)[0]).toMatch(/^parley: 04-large\.txt: too large/);
    expect([one.code, three.code]).toEqual([1, 1]);
  });

  it("stores the same documents with two workers as with one, and counts the rejected one", async () => {
    const { dir, files } = workspace();
    const stored = async (workers: string) => {
      const db = join(dir, `w${workers}.db`);
      const run = await parley(["ingest", "--max-bytes", "2KB", "--db", db, "--workers", workers, ...files], { cwd: dir });
      const store = openStore(db, { mustExist: true });
      try {
        return { stderr: run.stderr, paths: store.listDocuments().map((d) => d.path) };
      } finally {
        store.close();
      }
    };
    const one = await stored("1");
    const two = await stored("2");
    expect(two).toEqual(one);
    expect(lines(two.stderr)[0]).toMatch(/^parley: 04-large\.txt: too large/);
    expect(lines(two.stderr)).toContain(`stored ${files.length - 1}, already stored 0, rejected 1`);
  });

  it("refuses a --workers that is not a whole number of at least 1, in one line", async () => {
    const { dir, files } = workspace();
    for (const bad of ["0", "two", "1.5"]) {
      const run = await parley(["extract", "--workers", bad, files[0]!], { cwd: dir });
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toEqual([`parley: --workers: '${bad}' is not a whole number of at least 1`]);
    }
  });
});
