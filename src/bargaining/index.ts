export * from "./scenario.js";
export { parseScenario, readScenarioFile, scenarioToYaml } from "./scenario-file.js";
export { forecastScenario, type ForecastReport, type IssueForecast, type ModelForecast } from "./forecast.js";
export { FORECAST_SECONDS, forecastOffThread, ForecastTimeout } from "./timed-forecast.js";
export { renderForecastMarkdown } from "./render-forecast.js";
export { fillScenario, starterScenario } from "./record/starter.js";
export { MODELS } from "./models/index.js";
