import { expectedUtilityModelSpec } from "./bdm.js";
import { nashModel } from "./nash.js";
import { compromiseModel, medianActorModel, salienceMeanModel, statusQuoModel, weightedMedianModel } from "./static.js";
import type { Model } from "./types.js";

export type { ActorInput, IssueInput, Model, ModelResult, ModelRound } from "./types.js";

/** The models every forecast reports, in the order reports list them. */
export const MODELS: readonly Model[] = [
  statusQuoModel,
  weightedMedianModel,
  compromiseModel,
  salienceMeanModel,
  medianActorModel,
  nashModel,
  expectedUtilityModelSpec,
];
