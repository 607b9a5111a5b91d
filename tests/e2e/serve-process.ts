import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../cli/run.js";

const BIN = join(ROOT, "bin/parley.js");
const WEB_SOURCES = join(ROOT, "web/src");
const WEB_MAIN = join(ROOT, "dist/web/main.js");

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

/** Starts `parley serve --port 0` and resolves with the URL it prints. */
export function startServe(args: string[], timeoutMs = 60_000): Promise<ServeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`parley serve printed no URL within ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = /http:\/\/\S+\//.exec(stdout)?.[0];
      if (!url) return;
      clearTimeout(timer);
      const stop = () => {
        child.kill("SIGTERM");
        return exited;
      };
      resolve({ url, child, stop });
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`parley serve exited with ${code}:\n${stdout}${stderr}`));
    });
  });
}

function newestSource(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
  }));
}

/** Compiles web/src to dist/web when it is missing or older than its sources (npm run build does the same). */
export async function ensureDashboardBuilt(): Promise<void> {
  if (existsSync(WEB_MAIN) && statSync(WEB_MAIN).mtimeMs >= newestSource(WEB_SOURCES)) return;
  const output = await new Promise<string>((resolve) => {
    const tsc = spawn("npx", ["tsc", "-p", "web/tsconfig.json"], { cwd: ROOT });
    let text = "";
    tsc.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    tsc.stderr.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    tsc.on("close", () => resolve(text));
  });
  if (!existsSync(WEB_MAIN)) throw new Error(`the dashboard did not build:\n${output}`);
}
