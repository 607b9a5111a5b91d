import { fillScenario, forecastOffThread, ForecastTimeout, readScenarioFile, starterScenario, type Scenario } from "../../bargaining/index.js";
import { InputError } from "../../ingest/types.js";
import { genericProfile } from "../../kb/profile.js";
import type { ServerData } from "../data.js";
import { HttpError } from "../http-error.js";
import { rangeParams } from "../params.js";
import type { Router } from "../router.js";

/**
 * GET /api/forecasts: the bargaining scenario in use and every model's forecast on each of its issues,
 * with pivotal actors and sensitivity (the JSON of `parley forecast --format json`). The scenario is
 * the file given to `parley serve --scenario`, re-read on every request so an analyst's edits show at
 * once and completed from the record of the window ?since=&until=; without a file, a starter scenario
 * built from the record.
 */

export interface ForecastRouteOptions {
  scenarioFile?: string;
}

function readScenario(file: string): Scenario {
  try {
    return readScenarioFile(file);
  } catch (error) {
    // The file is the server's configuration, not the client's request.
    if (error instanceof InputError) throw new HttpError(500, error.message);
    throw error;
  }
}

/** The models run on a worker with a time limit, so the server keeps answering while they do. */
async function forecastInWorker(scenario: Scenario, scenarioFile: string | undefined) {
  try {
    return await forecastOffThread({ scenario, origin: scenarioFile ? { scenarioFile } : {} });
  } catch (error) {
    if (error instanceof ForecastTimeout) throw new HttpError(503, error.message);
    throw error;
  }
}

export function forecastRoutes(router: Router, data: ServerData, options: ForecastRouteOptions = {}): void {
  router.get("/api/forecasts", async ({ url }) => {
    const range = rangeParams(url);
    const [analysis, records] = await Promise.all([data.analysis(range), data.records(range)]);
    const scenario = options.scenarioFile
      ? fillScenario(readScenario(options.scenarioFile), analysis, records)
      : starterScenario(analysis, genericProfile(), records, "Starter scenario from the record");
    return {
      since: range.since ?? null,
      until: range.until ?? null,
      scenarioFile: options.scenarioFile ?? null,
      scenario,
      forecast: await forecastInWorker(scenario, options.scenarioFile),
    };
  });
}
