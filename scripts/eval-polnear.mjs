#!/usr/bin/env node
// `npm run eval:polnear [-- --verbose]`: scores this checkout's built CLI on PolNeAR's dev split with
// the shared scorer (../shared/eval/polnear.mjs beside the repository). The scorer and the corpus are
// third-party material that never enters the repository, so a checkout without them skips.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = resolve(root, "../shared/eval/polnear.mjs");
const data = resolve(root, "../shared/corpus/polnear/dev");
if (!existsSync(scorer) || !existsSync(data)) {
  console.log(`eval:polnear: skipped, no scorer or data (${scorer}, ${data} beside the repository)`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [scorer, data, "--project", root, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
