import type { Command } from "commander";
import { readScenarioFile } from "../../bargaining/index.js";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../../server/server.js";
import type { SetExit } from "../main.js";
import { DEFAULT_DB } from "./ingest.js";

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new Error(`--port: expected 0 to 65535, got '${value}'`);
  return port;
}

/** Resolves on Ctrl-C or a termination signal, so the command ends (and closes the database) cleanly. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function registerServe(program: Command, _setExit: SetExit): void {
  program
    .command("serve")
    .description("serve the JSON API and the web dashboard for a database")
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--port <n>", "port to listen on (0 picks a free one)", String(DEFAULT_PORT))
    .option("--host <address>", "address to listen on (0.0.0.0 exposes the database to the network)", DEFAULT_HOST)
    .option("--scenario <file>", "bargaining scenario for the forecasts view (default: a starter scenario from the record)")
    .action(async (opts: { db: string; port: string; host: string; scenario?: string }) => {
      // a bad scenario file stops the server before it starts, with the file's one-line error
      if (opts.scenario) readScenarioFile(opts.scenario);
      const running = await startServer({ dbPath: opts.db, host: opts.host, port: parsePort(opts.port), scenarioFile: opts.scenario });
      process.stdout.write(`Parley dashboard for ${opts.db}: ${running.url}\n`);
      process.stderr.write("Press Ctrl-C to stop.\n");
      await untilStopped();
      await running.close();
    });
}
