import type { IssueInput, Model, ModelResult } from "./types.js";
import { bySalience, bySalienceTimesCapability, equally, weightedMean, weightedMedian, type Weight } from "./weights.js";

/** The models that read positions once: no bargaining dynamics. */

const noWeight = (what: string): ModelResult => ({ forecast: null, reason: `no actor has ${what} above zero` });

const meanModel = (weight: Weight, what: string) => (issue: IssueInput): ModelResult => {
  const forecast = weightedMean(issue.actors, weight);
  return forecast === null ? noWeight(what) : { forecast };
};

const medianModel = (weight: Weight, what: string) => (issue: IssueInput): ModelResult => {
  const forecast = weightedMedian(issue.actors, weight);
  return forecast === null ? noWeight(what) : { forecast };
};

export const statusQuoModel: Model = {
  id: "status-quo",
  label: "Status quo",
  formula: "the reference point: nothing changes",
  needsStatusQuo: true,
  forecast: (issue) => issue.statusQuo === null ? { forecast: null, reason: "the issue has no status quo" } : { forecast: issue.statusQuo },
};

export const weightedMedianModel: Model = {
  id: "weighted-median",
  label: "Weighted median",
  formula: "the position where the cumulative capability × salience of the actors, ordered by position, reaches half (midpoint on an exact tie)",
  needsStatusQuo: false,
  forecast: medianModel(bySalienceTimesCapability, "capability × salience"),
};

export const compromiseModel: Model = {
  id: "compromise",
  label: "Compromise model",
  formula: "Σ cᵢ·sᵢ·xᵢ / Σ cᵢ·sᵢ (mean of positions weighted by capability × salience)",
  needsStatusQuo: false,
  forecast: meanModel(bySalienceTimesCapability, "capability × salience"),
};

export const salienceMeanModel: Model = {
  id: "salience-mean",
  label: "Salience-weighted mean",
  formula: "Σ sᵢ·xᵢ / Σ sᵢ (capabilities taken as equal)",
  needsStatusQuo: false,
  forecast: meanModel(bySalience, "salience"),
};

export const medianActorModel: Model = {
  id: "median-actor",
  label: "Median actor",
  formula: "the median of the actors' positions, every actor counted once (midpoint of the two middle ones)",
  needsStatusQuo: false,
  forecast: medianModel(equally, "a position"),
};
