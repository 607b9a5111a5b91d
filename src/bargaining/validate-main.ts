import { Command, CommanderError } from "commander";
import { defaultDataDir, hasValidationData } from "./validation/data-dir.js";
import { renderValidation } from "./validation/report.js";
import { runValidation } from "./validation/run.js";

/**
 * `npm run validate`: scores every bargaining model on DEU III and the 1994 emissions case and prints
 * the figures beside the published ones (Markdown, or --json). Without the data beside the checkout
 * it says so and exits 0, like `npm run eval`; a --data folder that lacks it is an error (exit 2).
 */

const EXIT_FATAL = 2;

interface ValidateOptions {
  data?: string;
  json?: boolean;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command("validate")
    .description("score the bargaining models on DEU III and the 1994 emissions case")
    .option("--data <dir>", "folder with deu3.tsv and emissions-1994.csv (default: ../shared/data/bargaining or $PARLEY_BARGAINING_DATA)")
    .option("--json", "print the figures as JSON")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_FATAL;
    throw error;
  }
  const options = program.opts<ValidateOptions>();
  const dir = options.data ?? defaultDataDir();
  if (!hasValidationData(dir)) {
    if (options.data === undefined) {
      process.stdout.write(`skipped: ${dir} has no deu3.tsv and emissions-1994.csv (the shared bargaining data is not beside this checkout)\n`);
      return 0;
    }
    process.stderr.write(`parley validate: ${dir}: no deu3.tsv and emissions-1994.csv in this folder\n`);
    return EXIT_FATAL;
  }
  try {
    const report = runValidation(dir);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderValidation(report));
    return 0;
  } catch (error) {
    process.stderr.write(`parley validate: ${(error as Error).message}\n`);
    return EXIT_FATAL;
  }
}

process.exitCode = await main(process.argv);
