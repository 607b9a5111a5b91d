import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createExtractor } from "../cli/timed-extraction.js";
import { InputError } from "../ingest/types.js";
import { Random } from "./corpus/random.js";
import { HOSTILE_CASES, randomText } from "./hostile/cases.js";

/**
 * `npm run fuzz -- [--seconds N] [--seed N]`: for a bounded time, generates hostile inputs (every
 * class of src/bench/hostile at random sizes, and random mixtures of the pieces the rules look for)
 * and reads and extracts each through the CLI's timed extraction. Every input must end with a record
 * or one clear InputError within its budget; anything else (a crash, a stack trace, a budget
 * overrun) is printed with the seed that rebuilds the input, and the run exits 1.
 */
const MAX_BYTES = 2_000_000;
/** Generous for 2 MB on a busy machine: a linear stage never comes near it. */
const BUDGET_SECONDS = 60;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { seconds: { type: "string" }, seed: { type: "string" } } });
  const seconds = Number(values.seconds ?? 60);
  const seed = Number(values.seed ?? Date.now() % 1_000_000);
  if (!(seconds > 0) || !Number.isInteger(seed)) {
    process.stderr.write("usage: npm run fuzz -- [--seconds N] [--seed N]\n");
    return 2;
  }
  const random = new Random(seed);
  const dir = mkdtempSync(join(tmpdir(), "parley-fuzz-"));
  const extractor = createExtractor({ maxBytes: MAX_BYTES, timeLimitSeconds: BUDGET_SECONDS });
  const deadline = Date.now() + seconds * 1000;
  let runs = 0;
  let failures = 0;
  try {
    while (Date.now() < deadline) {
      const inputSeed = random.int(1, 2 ** 31 - 1);
      const bytes = random.int(1_000, MAX_BYTES / 2);
      const hostile = random.chance(0.5) ? random.pick(HOSTILE_CASES) : null;
      const name = hostile ? hostile.fileName : "random.txt";
      const path = join(dir, `${runs}-${name}`);
      writeFileSync(path, hostile ? hostile.generate(bytes) : randomText(bytes, inputSeed));
      const what = `${hostile?.name ?? `random-text seed ${inputSeed}`} at ${bytes} bytes`;
      try {
        await extractor.extract({ path });
      } catch (error) {
        const clean = error instanceof InputError && !error.reason.includes("\n") && !error.reason.startsWith("took more than");
        if (!clean) {
          failures++;
          process.stderr.write(`FAIL ${what}: ${(error as Error).message.split("\n")[0]}\n`);
        }
      }
      rmSync(path, { force: true });
      runs++;
    }
  } finally {
    await extractor.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`fuzz: ${runs} inputs in ${seconds} s (seed ${seed}), ${failures} failed\n`);
  return failures ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
