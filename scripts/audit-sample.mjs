#!/usr/bin/env node
// Prints a reproducible sample of extracted quotes for a by-hand speaker audit.
// Usage: node scripts/audit-sample.mjs OUT.jsonl [--every 4] [--unspoken 50] [--stats]
// OUT.jsonl is the output of `parley extract --format jsonl`; each sampled quote is printed with its
// paragraph and the one before, so a reviewer can judge the speaker without opening the article.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const file = args.find((a) => a.endsWith(".jsonl"));
if (!file) {
  console.error("usage: node scripts/audit-sample.mjs OUT.jsonl [--every 4] [--unspoken 50] [--stats]");
  process.exit(1);
}
const every = option("--every", 4);
const unspokenWanted = option("--unspoken", 50);

let records;
try {
  records = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
} catch (error) {
  console.error(`cannot read ${file}: ${error.message}`);
  process.exit(1);
}
records.sort((a, b) => a.document.path.localeCompare(b.document.path));

const outletOf = (path) => path.split("/").slice(-2, -1)[0];
const spoken = [];
const unspoken = [];
for (const record of records) {
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  for (const quote of record.quotes) {
    const item = { record, quote, speaker: quote.speaker ? names.get(quote.speaker) : null };
    (quote.speaker ? spoken : unspoken).push(item);
  }
}

if (args.includes("--stats")) {
  const count = (items) => Object.entries(items.reduce((n, i) => ({ ...n, [outletOf(i.record.document.path)]: (n[outletOf(i.record.document.path)] ?? 0) + 1 }), {}));
  console.log("with speaker", spoken.length, count(spoken), "without", unspoken.length, count(unspoken));
  process.exit(0);
}

/** The paragraph holding the quote and the one before (split at blank or indented lines), the quote in [[ ]]. */
function context(text, start, end) {
  const breaks = [...text.matchAll(/\n\s*\n|\n(?=[ \t])|\n(?=["\u201C])/g)].map((m) => m.index + m[0].length);
  const starts = [0, ...breaks];
  let p = starts.length - 1;
  while (p > 0 && starts[p] > start) p--;
  let q = p;
  while (q + 1 < starts.length && starts[q + 1] < end) q++;
  // paragraphs of one-line text can be long: keep a window around the quote inside them
  const from = Math.max(starts[Math.max(0, p - 1)], start - 450);
  const to = Math.min(q + 1 < starts.length ? starts[q + 1] : text.length, end + 220);
  return text.slice(from, start) + "[[" + text.slice(start, end) + "]]" + text.slice(end, to);
}

const unspokenStep = Math.max(1, Math.floor(unspoken.length / unspokenWanted));
const sample = [
  ...spoken.filter((_, i) => i % every === 0),
  ...unspoken.filter((_, i) => i % unspokenStep === 0).slice(0, unspokenWanted),
];
sample.forEach(({ record, quote, speaker }, n) => {
  const doc = record.document;
  const name = doc.path.split("/").pop();
  console.log(`#${n} [${outletOf(doc.path)}] ${name} ${quote.id} speaker=${speaker ?? "-"}`);
  console.log(`  QUOTE: ${quote.text.replace(/\s+/g, " ").slice(0, 160)}`);
  console.log(`  CTX: ${context(doc.text, quote.start, quote.end)}`);
});
