import { fixed, markdownTable, signed } from "../format.js";
import type { ValidationReport } from "./run.js";

/** The validation report as Markdown: every measured figure beside the published one. */

/** Published figures are rounded to their last digit; ours agree when they round to it. */
const agrees = (ours: number | null, published: number, digits: number) =>
  ours !== null && Math.abs(ours - published) <= 0.5 * 10 ** -digits + 1e-12;

const decimalsOf = (value: number) => (String(value).split(".")[1] ?? "").length;

/** Scholz et al.'s Table 2 shows one decimal, cut rather than rounded (9.96 appears as 9.9). */
const truncate1 = (value: number) => Math.floor(value * 10 + 1e-9) / 10;

function deuSection(deu: ValidationReport["deu"]): string {
  const models = markdownTable(["model", "MAE", "issues", "published", "difference"], deu.models.map((m) => [
    m.label, fixed(m.mae), String(m.n), m.published ? fixed(m.published.value) : "–",
    m.published && m.mae !== null ? signed(m.mae - m.published.value) : "–",
  ]));
  const variants = markdownTable(["variant", "MAE", "issues"], deu.variants.map((v) => [v.label, fixed(v.mae), String(v.n)]));
  const first = markdownTable(["issue", "ours", "published", "agrees to 3 decimals"], deu.compromiseFirst.map((f) => [
    f.issue, fixed(f.ours, 3), String(f.published), agrees(f.ours, f.published, 3) ? "yes" : "NO",
  ]));
  const byRound = markdownTable(["round", ...deu.expectedUtilityByRound.map((r) => String(r.round))],
    [["MAE", ...deu.expectedUtilityByRound.map((r) => fixed(r.mae))]]);
  const regimes = Object.entries(deu.issuesByRegime).map(([id, n]) => `${id} ${n}`).join(", ");
  return [
    "## DEU III: 351 EU legislative issues with known outcomes",
    "",
    `${deu.rows} issues read; **${deu.scoreable} scoreable** (published: ${deu.publishedScoreable}), ${deu.withStatusQuo} of them with a status quo (published: ${deu.publishedWithStatusQuo}). ` +
      `Left out: ${deu.excluded.withoutOutcome} without an outcome in 0-100, ${deu.excluded.withTooFewActors} with fewer than 3 actors having both position and salience` +
      (deu.excluded.withoutDate ? `, ${deu.excluded.withoutDate} without a usable date` : "") + `. Capability regimes: ${regimes}.`,
    "",
    "Mean absolute error against the outcome (0-100 scale). Models that need a status quo are scored on the issues that have one.",
    "",
    models,
    "",
    "Variants of the expected-utility model (not tuned; shown so the choices can be judged):",
    "",
    variants,
    "",
    "Expected-utility model, MAE of the median after each round:",
    "",
    byRound,
    "",
    "The compromise model's first four forecasts:",
    "",
    first,
    "",
    `With the decision year's treaty regime taken literally (the ten states that joined in 2004 get no capability on the 4 issues decided in 2004), the compromise model's MAE is ${fixed(deu.compromiseWithLiteralRegimes.mae, 3)} instead of ${fixed(deu.models.find((m) => m.id === "compromise")?.mae, 3)}.`,
  ].join("\n");
}

function emissionsSection(e: ValidationReport["emissions"]): string {
  const rounds = markdownTable(["round", "ours", "ours, cut to 1 decimal", "published", "agrees"], e.publishedRoundMedians.map((published, k) => {
    const ours = e.roundMedians[k] ?? null;
    return [String(k + 1), fixed(ours, 3), ours === null ? "–" : truncate1(ours).toFixed(1), published.toFixed(1),
      ours !== null && Math.abs(truncate1(ours) - published) < 1e-9 ? "yes" : "NO"];
  }));
  return [
    "## The 1994 EU car-emissions case",
    "",
    `Capability × salience weighted mean: **${fixed(e.weightedMean, 3)}** (published: ${e.publishedWeightedMean}; agrees to ${decimalsOf(e.publishedWeightedMean)} decimals: ${agrees(e.weightedMean, e.publishedWeightedMean, decimalsOf(e.publishedWeightedMean)) ? "yes" : "NO"}).`,
    "",
    `Expected-utility model, median after each round (published: ${e.roundMediansSource}):`,
    "",
    rounds,
    "",
    `Bueno de Mesquita's own forecast: ${e.buenoDeMesquitaForecast}; the actual outcome: ${e.outcome}.`,
  ].join("\n");
}

function outOfSampleSection(o: ValidationReport["outOfSample"]): string {
  const table = markdownTable(["model", "parameters (fit on training part)", "train MAE", "test MAE"], [
    ["compromise model", "none", fixed(o.compromise.train.mae), fixed(o.compromise.test.mae)],
    ...o.families.map((f) => [`${f.label}${f.id === o.chosen ? " (chosen: lowest training error)" : ""}`, f.parameters, fixed(f.train.mae), fixed(f.test.mae)]),
  ]);
  const chosen = o.families.find((f) => f.id === o.chosen)!;
  const verdict = o.beatsCompromiseOnTest
    ? `The chosen model beats the compromise model on the test part by ${fixed(o.compromise.test.mae! - chosen.test.mae!)} points.`
    : `The chosen model does **not** beat the compromise model on the test part (${fixed(chosen.test.mae)} vs ${fixed(o.compromise.test.mae)}): what it gained on the training part did not carry over.`;
  return [
    "## Out of sample: trying to beat the compromise model",
    "",
    `Split fixed in code before fitting: ${o.split}; ${o.trainIssues} training issues, ${o.testIssues} test issues. Each family's parameter is chosen on the training part only, and the family with the lowest training error is the attempt; test errors are only reported.`,
    "",
    table,
    "",
    verdict,
  ].join("\n");
}

export function renderValidation(report: ValidationReport): string {
  return [
    "# Bargaining forecasts against real outcomes",
    "",
    `Data: \`${report.dataDir}\`. See docs/bargaining.md for the models, the conventions and why figures differ.`,
    "",
    deuSection(report.deu),
    "",
    emissionsSection(report.emissions),
    "",
    outOfSampleSection(report.outOfSample),
    "",
  ].join("\n");
}
