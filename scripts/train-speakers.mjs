#!/usr/bin/env node
// `npm run train:speakers [-- --data DIR --out FILE]`: trains the quote-speaker ranker on PolNeAR's
// train split (../shared/corpus/polnear/train beside the repository) and writes
// src/kb/data/speaker-model.json. Runs the compiled dist/ (the npm script builds it first). The
// corpus is third-party material that never enters the repository: without it the script skips.
import { existsSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const userDir = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  if (!args[i + 1]) fail(`${name} needs a value`);
  return resolve(userDir, args[i + 1]);
};

function fail(message) {
  process.stderr.write(`train-speakers: ${message}\n`);
  process.exit(2);
}

const data = option("--data", resolve(root, "../shared/corpus/polnear/train"));
const out = option("--out", resolve(root, "src/kb/data/speaker-model.json"));
if (!existsSync(data)) {
  console.log(`train-speakers: skipped, no training data at ${data} (PolNeAR's train split lives in ../shared beside the repository)`);
  process.exit(0);
}
if (!existsSync(resolve(data, "text")) || !existsSync(resolve(data, "attributions"))) fail(`${data}: expected text/ and attributions/ folders`);
if (!existsSync(resolve(root, "dist/train/speakers.js"))) fail("dist/ is not built: run `npx tsc -p tsconfig.json` first");

const { trainSpeakerModel, modelJson } = await import("../dist/train/speakers.js");
const split = relative(resolve(root, "../shared/corpus"), data).startsWith("..") ? relative(root, data) : relative(resolve(root, "../shared/corpus"), data);
let model;
try {
  model = trainSpeakerModel(data, split, (done, total) => {
    if (done % 100 === 0 || done === total) process.stderr.write(`train-speakers: ${done}/${total} articles\n`);
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
writeFileSync(out, modelJson(model));
const t = model.training;
console.log(`train-speakers: ${t.quotes} quotes from ${t.articles} articles; threshold ${model.threshold}; on training data right ${t.onTraining.right}, wrong ${t.onTraining.wrong}, abstained ${t.onTraining.abstained}; wrote ${relative(userDir, out)}`);
