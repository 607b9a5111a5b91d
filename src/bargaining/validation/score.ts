/** Mean absolute error of forecasts against outcomes, over the issues that have a forecast. */

export interface Score {
  mae: number | null;
  /** issues scored (those with a forecast) */
  n: number;
}

export interface Scored {
  outcome: number;
}

export function meanAbsoluteError<T extends Scored>(issues: readonly T[], forecast: (issue: T) => number | null): Score {
  let total = 0;
  let n = 0;
  for (const issue of issues) {
    const value = forecast(issue);
    if (value === null) continue;
    total += Math.abs(value - issue.outcome);
    n++;
  }
  return { mae: n ? total / n : null, n };
}
