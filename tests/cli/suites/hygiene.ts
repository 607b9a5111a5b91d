import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, lines, parley, ROOT } from "../run.js";

const tempDir = useTempDirs();
const BIN = join(ROOT, "bin/parley.js");

// A fictional wire story.
const STORY = "Port talks resume\n\nTARNOV — Union leader Ana Holm said on Monday that the company’s offer was “an insult”.\n";
const hasScript = spawnSync("script", ["--version"]).status === 0;

/** Runs the CLI with its standard output closed by the reader before anything is written. */
function withClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("CLI hygiene", CLI_TIMEOUT, () => {
  it("prints the package version with --version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const run = await parley(["--version"], { cwd: ROOT });
    expect([run.code, run.stdout.trim()]).toEqual([0, version]);
  });

  it("exits quietly when the reader closes the pipe (| head -1)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), STORY);
    writeFileSync(join(dir, "b.txt"), STORY.replace("Monday", "Tuesday"));
    const run = await withClosedStdout(["extract", "."], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/EPIPE|^\s+at /m);
  });

  it("reads standard input when no input is named and something is piped in", async () => {
    const run = await parley(["extract"], { cwd: tempDir(), input: STORY });
    expect(run.code).toBe(0);
    const [record] = lines(run.stdout).map((l) => JSON.parse(l) as { document: { path: string; text: string } });
    expect(record!.document.path).toBe("-");
    expect(record!.document.text).toContain("Ana Holm");
  });

  it.skipIf(!hasScript)("prints the usage and exits 2 when no input is named at a terminal", () => {
    // `script` gives the command a terminal for standard input, as a user typing `parley extract` has.
    const run = spawnSync("script", ["-qec", `${process.execPath} ${BIN} extract`, "/dev/null"], { encoding: "utf8", input: "" });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/Usage: parley extract/);
  });

  it("refuses a --time-limit that is not a number of seconds in one line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), STORY);
    const run = await parley(["extract", "--time-limit", "soon", "a.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(["parley: --time-limit: 'soon' is not a positive number of seconds"]);
  });
});
