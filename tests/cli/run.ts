import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { documentId } from "../../src/extract/pipeline.js";
import { loadSource } from "../../src/ingest/index.js";
import type { ManifestEntry } from "../../src/ingest/types.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/parley.js");
const BUILT_MAIN = join(ROOT, "dist/cli/main.js");
const BUILD_LOCK = join(tmpdir(), `parley-build-${Buffer.from(ROOT).toString("hex").slice(-24)}.lock`);
const LOCK_WAIT_MS = 120_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion without blocking the test worker (vitest talks to it meanwhile). */
function run(command: string, args: string[], cwd: string, input = ""): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const isFresh = () => existsSync(BUILT_MAIN) && statSync(BUILT_MAIN).mtimeMs >= newestSourceTime(join(ROOT, "src"));

/**
 * The CLI tests run the real bin/parley.js, which loads dist/. In CI `npm ci` has just built it; locally
 * it is rebuilt when a source is newer. A lock keeps two test runs from writing dist/ at once.
 */
export async function ensureBuilt(): Promise<void> {
  if (isFresh()) return;
  const deadline = Date.now() + LOCK_WAIT_MS;
  let lock: Awaited<ReturnType<typeof open>> | undefined;
  while (!lock) {
    try {
      lock = await open(BUILD_LOCK, "wx");
    } catch {
      if (Date.now() > deadline) rmSync(BUILD_LOCK, { force: true });
      await sleep(200);
    }
  }
  try {
    if (isFresh()) return;
    // tsc emits even when another module has type errors; only a missing entry point is fatal here.
    const build = await run("npx", ["tsc", "-p", "tsconfig.json"], ROOT);
    if (!existsSync(BUILT_MAIN)) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  } finally {
    await lock.close();
    rmSync(BUILD_LOCK, { force: true });
  }
}

export function parley(args: string[], options: { cwd: string; input?: string }): Promise<CliResult> {
  return run(process.execPath, [BIN, ...args], options.cwd, options.input);
}

/** Non-empty lines. */
export const lines = (text: string) => text.split("\n").filter((l) => l.length > 0);

/** The id the pipeline gives a file: ingest normalises text (and may lift a headline) before hashing. */
export function idOf(path: string, manifest?: ManifestEntry): string {
  return documentId(loadSource({ path, manifest }).text);
}

/** Each CLI run starts Node and loads the language model: seconds on a busy machine. */
export const CLI_TIMEOUT = { timeout: 60_000 };
