import { DEFAULT_BDM_OPTIONS, expectedUtilityModel, expectedUtilityModelSpec, type BdmOptions } from "../models/bdm.js";
import { MODELS, type IssueInput, type Model, type ModelResult } from "../models/index.js";
import { nashQuadraticModel } from "../models/nash.js";
import { compromiseModel } from "../models/static.js";
import { bySalienceTimesCapability, weightedMean } from "../models/weights.js";
import { readBargainingData } from "../data-files.js";
import { loadDeu, type DeuIssue } from "./deu.js";
import { loadEmissions } from "./emissions.js";
import { outOfSample, type OutOfSampleResult } from "./out-of-sample.js";
import { meanAbsoluteError, type Score } from "./score.js";

/** Every figure `npm run validate` reports, measured on the real data and set beside the published ones. */

interface Published {
  value: number;
  source: string;
}

interface PublishedFigures {
  deu: {
    scoreableIssues: number;
    issuesWithStatusQuo: number;
    mae: Record<string, Published>;
    compromiseFirstForecasts: Record<string, number>;
  };
  emissions: { weightedMean: number; roundMedians: number[]; roundMediansSource: string; buenoDeMesquitaForecast: string; outcome: number };
}

export interface ModelScore extends Score {
  id: string;
  label: string;
  published: Published | null;
}

export interface ValidationReport {
  dataDir: string;
  deu: {
    rows: number;
    scoreable: number;
    publishedScoreable: number;
    withStatusQuo: number;
    publishedWithStatusQuo: number;
    excluded: { withoutOutcome: number; withTooFewActors: number; withoutDate: number };
    issuesByRegime: Record<string, number>;
    models: ModelScore[];
    variants: (Score & { id: string; label: string })[];
    compromiseFirst: { issue: string; ours: number | null; published: number }[];
    compromiseWithLiteralRegimes: Score;
    expectedUtilityByRound: { round: number; mae: number | null }[];
  };
  emissions: {
    weightedMean: number | null;
    publishedWeightedMean: number;
    roundMedians: number[];
    publishedRoundMedians: number[];
    roundMediansSource: string;
    buenoDeMesquitaForecast: string;
    outcome: number;
  };
  outOfSample: OutOfSampleResult;
}

const toInput = (issue: DeuIssue): IssueInput => ({ actors: issue.actors, statusQuo: issue.statusQuo });

const scoreModel = (model: Model, issues: DeuIssue[]) => meanAbsoluteError(issues, (issue) => model.forecast(toInput(issue)).forecast);

const expectedUtilityVariant = (options: Partial<BdmOptions>) => (issue: DeuIssue) =>
  expectedUtilityModel(toInput(issue), { ...DEFAULT_BDM_OPTIONS, ...options }).forecast;

/** The default expected-utility run of every issue, computed once: the slowest model, read three ways. */
type Runs = Map<DeuIssue, ModelResult>;

/** MAE of the median after each round (an issue whose positions settle early keeps its last median). */
function expectedUtilityByRound(issues: DeuIssue[], runs: Runs): { round: number; mae: number | null }[] {
  return Array.from({ length: DEFAULT_BDM_OPTIONS.maxRounds }, (_, k) => ({
    round: k + 1,
    mae: meanAbsoluteError(issues, (issue) => {
      const rounds = runs.get(issue)!.rounds ?? [];
      return rounds.length ? rounds[Math.min(k, rounds.length - 1)]!.forecast : runs.get(issue)!.forecast;
    }).mae,
  }));
}

/** The weighted mean of the positions after the last round, instead of their median. */
function finalMean(issue: DeuIssue, run: ModelResult): number | null {
  const last = run.rounds?.at(-1);
  return weightedMean(issue.actors.map((a) => ({ ...a, position: last?.positions[a.id] ?? a.position })), bySalienceTimesCapability);
}

function deuFigures(dir: string, published: PublishedFigures["deu"]): ValidationReport["deu"] {
  const data = loadDeu(dir);
  const issues = data.issues;
  const issuesByRegime: Record<string, number> = {};
  for (const issue of issues) issuesByRegime[issue.regime] = (issuesByRegime[issue.regime] ?? 0) + 1;
  const byId = new Map(issues.map((i) => [i.id, i]));
  const runs: Runs = new Map(issues.map((issue) => [issue, expectedUtilityModel(toInput(issue))]));
  const score = (model: Model) => model.id === expectedUtilityModelSpec.id
    ? meanAbsoluteError(issues, (issue) => runs.get(issue)!.forecast)
    : scoreModel(model, issues);
  return {
    rows: data.rows,
    scoreable: issues.length,
    publishedScoreable: published.scoreableIssues,
    withStatusQuo: issues.filter((i) => i.statusQuo !== null).length,
    publishedWithStatusQuo: published.issuesWithStatusQuo,
    excluded: { withoutOutcome: data.withoutOutcome, withTooFewActors: data.withTooFewActors, withoutDate: data.withoutDate },
    issuesByRegime,
    models: [...MODELS, nashQuadraticModel].map((model) => ({
      id: model.id, label: model.label, ...score(model), published: published.mae[model.id] ?? null,
    })),
    variants: [
      { id: "expected-utility-least-move", label: "Expected utility, offers chosen by least move", ...meanAbsoluteError(issues, expectedUtilityVariant({ offerChoice: "least-move" })) },
      { id: "expected-utility-pairwise", label: "Expected utility, the paper's pairwise probability", ...meanAbsoluteError(issues, expectedUtilityVariant({ probability: "pairwise" })) },
      {
        id: "expected-utility-mean", label: "Expected utility, capability × salience weighted mean of the final positions",
        ...meanAbsoluteError(issues, (issue) => finalMean(issue, runs.get(issue)!)),
      },
    ],
    compromiseFirst: Object.entries(published.compromiseFirstForecasts).map(([id, value]) => {
      const issue = byId.get(id);
      return { issue: id, ours: issue ? compromiseModel.forecast(toInput(issue)).forecast : null, published: value };
    }),
    compromiseWithLiteralRegimes: scoreModel(compromiseModel, loadDeu(dir, { literalRegimes: true }).issues),
    expectedUtilityByRound: expectedUtilityByRound(issues, runs),
  };
}

function emissionsFigures(dir: string, published: PublishedFigures["emissions"]): ValidationReport["emissions"] {
  const actors = loadEmissions(dir);
  const run = expectedUtilityModel({ actors, statusQuo: null }, { ...DEFAULT_BDM_OPTIONS, maxRounds: published.roundMedians.length });
  return {
    weightedMean: weightedMean(actors, bySalienceTimesCapability),
    publishedWeightedMean: published.weightedMean,
    roundMedians: (run.rounds ?? []).map((r) => r.forecast!),
    publishedRoundMedians: published.roundMedians,
    roundMediansSource: published.roundMediansSource,
    buenoDeMesquitaForecast: published.buenoDeMesquitaForecast,
    outcome: published.outcome,
  };
}

export function runValidation(dir: string): ValidationReport {
  const published = readBargainingData<PublishedFigures>("published-figures.json");
  return {
    dataDir: dir,
    deu: deuFigures(dir, published.deu),
    emissions: emissionsFigures(dir, published.emissions),
    outOfSample: outOfSample(loadDeu(dir).issues),
  };
}
