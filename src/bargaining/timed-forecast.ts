import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { forecastScenario, type ForecastReport } from "./forecast.js";
import type { Scenario } from "./scenario.js";

export interface ForecastRequest {
  scenario: Scenario;
  origin: { scenarioFile?: string; database?: string };
}

export type ForecastReply = { report: ForecastReport } | { failure: string };

/** The forecasts did not finish within their time limit (the worker was stopped). */
export class ForecastTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`the forecasts took longer than ${seconds} s and were stopped (fewer actors or issues finish sooner)`);
  }
}

/** Generous for a few hundred actors on every issue, short enough that a request never hangs. */
export const FORECAST_SECONDS = 60;

const WORKER = new URL("./forecast-worker.js", import.meta.url);

/**
 * The forecasts of a scenario on a worker thread, stopped after `seconds`: the models run for
 * seconds on hundreds of actors, and the server's event loop must keep answering meanwhile. Where the
 * compiled worker is missing (the sources run directly, as in tests) they run on this thread.
 */
export async function forecastOffThread(request: ForecastRequest, seconds = FORECAST_SECONDS): Promise<ForecastReport> {
  if (!existsSync(fileURLToPath(WORKER))) return forecastScenario(request.scenario, request.origin);
  const worker = new Worker(WORKER);
  // a forecast still running never keeps a stopping server alive
  worker.unref();
  try {
    const reply = await new Promise<ForecastReply | Error>((resolve) => {
      const timer = setTimeout(() => resolve(new ForecastTimeout(seconds)), seconds * 1000);
      worker.once("message", (message: ForecastReply) => {
        clearTimeout(timer);
        resolve(message);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        resolve(error);
      });
      worker.postMessage(request);
    });
    if (reply instanceof Error) throw reply;
    if ("failure" in reply) throw new Error(reply.failure);
    return reply.report;
  } finally {
    await worker.terminate();
  }
}
