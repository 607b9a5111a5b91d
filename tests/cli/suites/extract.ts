import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STORIES } from "../../extract/profile-fixture.js";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, lines, parley } from "../run.js";

const tempDir = useTempDirs();

function workspace() {
  const dir = tempDir();
  writeFileSync(join(dir, "strike.txt"), STORIES["labour-contract"]);
  writeFileSync(join(dir, "debt.txt"), STORIES["sovereign-debt"]);
  return dir;
}

const documents = (stdout: string) => lines(stdout).map((l) => JSON.parse(l).document);

describe("parley extract --profile", CLI_TIMEOUT, () => {
  it("picks a profile per article by default and names the choices on stderr", async () => {
    const dir = workspace();
    const run = await parley(["extract", "strike.txt", "debt.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(documents(run.stdout).map((d) => [d.path, d.profile.name, d.profile.chosenBy])).toEqual([
      ["strike.txt", "labour-contract", "auto"], ["debt.txt", "sovereign-debt", "auto"],
    ]);
    expect(lines(run.stderr)).toEqual(["profiles: labour-contract 1 (auto), sovereign-debt 1 (auto)"]);
  });

  it("says why for a single article", async () => {
    const dir = workspace();
    const run = await parley(["extract", "strike.txt", "--profile", "auto"], { cwd: dir });
    expect(lines(run.stderr)).toHaveLength(1);
    expect(lines(run.stderr)[0]).toMatch(/^profile: labour-contract \(auto, score [\d.]+: .*union/);
    const md = await parley(["extract", "strike.txt", "--format", "md"], { cwd: dir });
    expect(lines(md.stdout)).toContainEqual(expect.stringMatching(/^- negotiation profile: labour-contract \(auto, score/));
  });

  it("uses a given profile, by file or by name, for every article", async () => {
    const dir = workspace();
    const file = join(dir, "port.json");
    writeFileSync(file, JSON.stringify({ name: "port talks", issues: [{ label: "berths", keywords: ["berth*"] }] }));
    const byFile = await parley(["extract", "strike.txt", "debt.txt", "--profile", "port.json"], { cwd: dir });
    expect(documents(byFile.stdout).map((d) => d.profile)).toEqual([
      { name: "port talks", chosenBy: "given", score: null, cues: [] }, { name: "port talks", chosenBy: "given", score: null, cues: [] },
    ]);
    expect(lines(byFile.stderr)).toEqual(["profiles: port talks 2 (given)"]);
    const byName = await parley(["extract", "debt.txt", "--profile", "labour-contract"], { cwd: dir });
    expect(documents(byName.stdout)[0].profile.name).toBe("labour-contract");
  });

  it("refuses a missing profile with one line", async () => {
    const dir = workspace();
    const run = await parley(["extract", "strike.txt", "--profile", "missing.json"], { cwd: dir });
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toEqual(["parley: missing.json: no such profile file"]);
    expect(run.stdout).toBe("");
  });
});
