import type { Command } from "commander";
import { buildAnalysis, loadRecords } from "../../analysis/index.js";
import type { Analysis } from "../../analysis/types.js";
import {
  fillScenario, forecastScenario, readScenarioFile, renderForecastMarkdown, scenarioToYaml, starterScenario, type Scenario,
} from "../../bargaining/index.js";
import { genericProfile, loadProfile } from "../../kb/profile.js";
import type { ParleyRecord } from "../../record/schema.js";
import { openStore } from "../../store/index.js";
import type { SetExit } from "../main.js";
import { DEFAULT_DB } from "./ingest.js";
import { writeReport } from "./report.js";

interface ForecastOptions {
  db?: string;
  init?: boolean;
  profile?: string;
  format?: string;
  out?: string;
}

const FORMATS = ["md", "json"] as const;
type ForecastFormat = (typeof FORMATS)[number];

function forecastFormat(format: string | undefined): ForecastFormat {
  if (format === undefined) return "md";
  if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`unknown format '${format}' (md or json)`);
  return format as ForecastFormat;
}

async function readRecord(db: string): Promise<{ analysis: Analysis; records: ParleyRecord[] }> {
  const store = openStore(db, { mustExist: true });
  try {
    const [analysis, records] = await Promise.all([buildAnalysis(store), loadRecords(store)]);
    return { analysis, records };
  } finally {
    store.close();
  }
}

function output(text: string, out: string | undefined): void {
  if (out) writeReport(out, text);
  else process.stdout.write(text);
}

export function registerForecast(program: Command, _setExit: SetExit): void {
  program
    .command("forecast")
    .description("forecast bargaining outcomes for a scenario (issues on 0-100 scales, actors' positions, salience, capability)")
    .argument("[scenario]", "scenario file (YAML or JSON); without one, a starter scenario from the record is used")
    .option("--db <file>", `fill the scenario from this database's record (default without a scenario: ${DEFAULT_DB})`)
    .option("--init", "write a starter scenario (YAML) from the record for the analyst to edit, instead of forecasting")
    .option("--profile <file>", "negotiation profile whose issues a starter scenario uses (default: the generic one)")
    .option("--format <format>", "md | json (default md)")
    .option("--out <file>", "write to this file instead of standard output")
    .action(async (scenarioFile: string | undefined, opts: ForecastOptions) => {
      if (opts.init && scenarioFile) throw new Error("--init writes a new scenario: give no scenario file");
      const format = forecastFormat(opts.format);
      const profile = opts.profile ? loadProfile(opts.profile) : genericProfile();
      const db = opts.db ?? (scenarioFile ? undefined : DEFAULT_DB);
      const given = scenarioFile ? readScenarioFile(scenarioFile) : undefined;
      const record = db ? await readRecord(db) : undefined;
      let scenario: Scenario;
      if (given) scenario = record ? fillScenario(given, record.analysis, record.records) : given;
      else scenario = starterScenario(record!.analysis, profile, record!.records, `Starter scenario from ${db}`);
      if (opts.init) {
        output(scenarioToYaml(scenario), opts.out);
        return;
      }
      const report = forecastScenario(scenario, { ...(scenarioFile ? { scenarioFile } : {}), ...(db ? { database: db } : {}) });
      output(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderForecastMarkdown(report), opts.out);
    });
}
