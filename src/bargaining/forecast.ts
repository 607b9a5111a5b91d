import { MODELS, type Model, type ModelRound } from "./models/index.js";
import { modelInput, resolveIssue, type ResolvedActor } from "./resolve.js";
import type { Anchor, Scenario, SourcedValue } from "./scenario.js";
import { sensitivity, type Sensitivity } from "./sensitivity.js";

/** Every model's forecast on every issue of a scenario, with pivotal actors and sensitivity: what the CLI and the API report. */

export interface ModelForecast {
  model: string;
  label: string;
  formula: string;
  forecast: number | null;
  /** the anchor nearest the forecast, to read it in the issue's words */
  nearestAnchor: string | null;
  reason: string | null;
  rounds: ModelRound[] | null;
  sensitivity: Sensitivity;
}

export interface IssueForecast {
  id: string;
  label: string;
  description: string | null;
  anchors: Anchor[];
  statusQuo: SourcedValue | null;
  actors: ResolvedActor[];
  withoutPosition: { id: string; name: string }[];
  models: ModelForecast[];
}

export interface ForecastReport {
  title: string | null;
  description: string | null;
  /** where the scenario came from: its file, and the database that filled it */
  scenarioFile: string | null;
  database: string | null;
  issues: IssueForecast[];
}

function nearestAnchor(anchors: readonly Anchor[], value: number | null): string | null {
  if (value === null || !anchors.length) return null;
  return anchors.reduce((best, a) => (Math.abs(a.at - value) < Math.abs(best.at - value) ? a : best)).label;
}

function forecastWith(model: Model, input: ReturnType<typeof modelInput>, anchors: readonly Anchor[]): ModelForecast {
  const result = model.forecast(input);
  return {
    model: model.id,
    label: model.label,
    formula: model.formula,
    forecast: result.forecast,
    nearestAnchor: nearestAnchor(anchors, result.forecast),
    reason: result.reason ?? null,
    rounds: result.rounds ?? null,
    sensitivity: sensitivity(model, input, result.forecast),
  };
}

export function forecastScenario(scenario: Scenario, origin: { scenarioFile?: string; database?: string } = {}, models: readonly Model[] = MODELS): ForecastReport {
  return {
    title: scenario.title ?? null,
    description: scenario.description ?? null,
    scenarioFile: origin.scenarioFile ?? null,
    database: origin.database ?? null,
    issues: scenario.issues.map((issue) => {
      const resolved = resolveIssue(scenario, issue);
      const input = modelInput(resolved);
      return {
        id: issue.id,
        label: issue.label,
        description: issue.description ?? null,
        anchors: [...issue.anchors].sort((a, b) => a.at - b.at),
        statusQuo: resolved.statusQuo,
        actors: resolved.actors,
        withoutPosition: resolved.withoutPosition,
        models: input.actors.length ? models.map((model) => forecastWith(model, input, issue.anchors)) : [],
      };
    }),
  };
}
