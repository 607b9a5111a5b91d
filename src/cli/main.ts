import { Command, CommanderError } from "commander";
import { registerDeals } from "./commands/deals.js";
import { registerDemo } from "./commands/demo.js";
import { registerEdit } from "./commands/edit.js";
import { registerExtract } from "./commands/extract.js";
import { registerForecast } from "./commands/forecast.js";
import { registerIngest } from "./commands/ingest.js";
import { registerReport } from "./commands/report.js";
import { registerSchema } from "./commands/schema.js";
import { registerServe } from "./commands/serve.js";
import { registerShow } from "./commands/show.js";
import { registerExport } from "./commands/export.js";
import { UsageError } from "./input-options.js";
import { registerWatch } from "./commands/watch.js";
import { printable } from "./printable.js";
import { exitQuietlyOnClosedPipe } from "./quiet-pipe.js";
import { parleyVersion } from "./version.js";

/** Exit codes: 0 everything processed; 1 some input was rejected; 2 usage or fatal error. */
export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_FATAL = 2;

export async function main(argv: string[]): Promise<number> {
  const program = new Command("parley")
    .description("Turn news about negotiations into a sourced negotiation record.")
    .version(parleyVersion(), "-V, --version", "print the version and exit")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  exitQuietlyOnClosedPipe();
  let exitCode = EXIT_OK;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  registerExtract(program, setExit);
  registerSchema(program, setExit);
  registerIngest(program, setExit);
  registerShow(program, setExit);
  registerDemo(program, setExit);
  registerEdit(program, setExit);
  registerReport(program, setExit);
  registerServe(program, setExit);
  registerForecast(program, setExit);
  registerDeals(program, setExit);
  registerExport(program, setExit);
  registerWatch(program, setExit);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof UsageError) return EXIT_FATAL;
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_FATAL;
    }
    process.stderr.write(`parley: ${printable((error as Error).message)}\n`);
    return EXIT_FATAL;
  }
  return exitCode;
}

export type SetExit = (code: number) => void;
