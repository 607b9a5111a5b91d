/**
 * What every forecasting model reads: the actors on one issue and the issue's status quo. Positions
 * are on the issue's scale (0-100 in a scenario; any scale for the validation data), salience is
 * 0-100, capability is any non-negative number (only ratios between actors matter).
 */
export interface ActorInput {
  id: string;
  position: number;
  salience: number;
  capability: number;
}

export interface IssueInput {
  actors: ActorInput[];
  statusQuo: number | null;
}

/** One round of a dynamic model: every actor's position after the round, and the round's forecast. */
export interface ModelRound {
  round: number;
  forecast: number | null;
  positions: Record<string, number>;
}

export interface ModelResult {
  forecast: number | null;
  /** why there is no forecast, or how it was reached when that needs saying */
  reason?: string;
  rounds?: ModelRound[];
}

export interface Model {
  id: string;
  label: string;
  /** the formula in words, for reports */
  formula: string;
  /** whether the model needs a status quo (and is scored only on issues that have one) */
  needsStatusQuo: boolean;
  forecast(issue: IssueInput): ModelResult;
  /**
   * How many actors' changes sensitivity may rerun the model for, given the number of actors; all
   * when absent. A model whose run grows with n³ cannot be rerun 7n + 1 times for hundreds of actors.
   */
  sensitivityActors?: (actors: number) => number;
}
