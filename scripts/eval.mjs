#!/usr/bin/env node
// `npm run eval [-- --gold DIR] [-- --json]`: scores this checkout with the shared scorer
// (../shared/eval/score.mjs beside the repository). The scorer and its dev corpus are third-party
// material that never enters the repository, so a checkout without them skips instead of failing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = resolve(root, "../shared/eval/score.mjs");
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const userDir = process.env.INIT_CWD ?? process.cwd();

function fail(message) {
  process.stderr.write(`parley eval: ${message}\n`);
  process.exit(2);
}

function scorerArgs(argv) {
  const forwarded = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--gold") {
      const dir = argv[++i];
      if (!dir) fail("--gold needs a folder");
      const gold = resolve(userDir, dir);
      if (!existsSync(gold)) fail(`--gold ${dir}: no such folder`);
      forwarded.push("--gold", gold);
    } else if (arg === "--json") {
      forwarded.push(arg);
    } else {
      fail(`unknown argument '${arg}' (expected --gold DIR or --json)`);
    }
  }
  return forwarded;
}

const args = scorerArgs(process.argv.slice(2));
if (!existsSync(scorer)) {
  console.log("skipped: ../shared/eval/score.mjs not found (the shared dev corpus is not beside this checkout)");
  process.exit(0);
}
// The scorer runs `npx parley extract`, which needs the compiled CLI.
if (!existsSync(resolve(root, "dist/cli/main.js"))) fail("dist/ is not built; run `npm run build` first");

const result = spawnSync(process.execPath, [scorer, "--project", root, "--verbose", ...args], { cwd: root, stdio: "inherit" });
if (result.error) fail(`cannot run ${scorer}: ${result.error.message}`);
process.exit(result.status ?? 1);
