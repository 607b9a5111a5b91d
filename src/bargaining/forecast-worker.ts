import { parentPort } from "node:worker_threads";
import { forecastScenario } from "./forecast.js";
import type { ForecastReply, ForecastRequest } from "./timed-forecast.js";

/** Runs one scenario's forecasts for timed-forecast.ts, on a thread the server can stop at its time limit. */
const port = parentPort!;
port.on("message", (request: ForecastRequest) => {
  try {
    port.postMessage({ report: forecastScenario(request.scenario, request.origin) } satisfies ForecastReply);
  } catch (error) {
    port.postMessage({ failure: (error as Error).message } satisfies ForecastReply);
  }
});
