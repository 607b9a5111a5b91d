import { readBargainingData } from "../data-files.js";

/** Council voting power by treaty regime: the capability convention for DEU III (data/council-weights.json). */

export interface Regime {
  id: string;
  label: string;
  /** the last decision year the regime covers; null for the one in force now */
  lastYear: number | null;
  weights: Record<string, number>;
}

interface CouncilWeights {
  institutions: string[];
  regimes: Regime[];
}

const councilWeights = () => readBargainingData<CouncilWeights>("council-weights.json");

/** The regime in force in a decision year. */
export function regimeOfYear(year: number): Regime {
  const { regimes } = councilWeights();
  return regimes.find((r) => r.lastYear === null || year <= r.lastYear) ?? regimes[regimes.length - 1]!;
}

/**
 * The regime that weights the actors on an issue decided in `year`: the year's regime, or, when a
 * member state with a position has no weight in it (a state that had just joined), the first later
 * regime that weights every such state. `literal` keeps the year's regime whatever happens (such
 * states then get no capability), for comparison.
 */
export function regimeFor(year: number, actorCodes: readonly string[], literal = false): Regime {
  const { regimes, institutions } = councilWeights();
  const states = actorCodes.filter((code) => !institutions.includes(code));
  const start = regimes.indexOf(regimeOfYear(year));
  if (literal) return regimes[start]!;
  return regimes.slice(start).find((r) => states.every((code) => code in r.weights)) ?? regimes[start]!;
}

/** Capability 0-100 (strongest actor = 100): a state's weight, the largest state's for the institutions. */
export function capabilityIn(regime: Regime, code: string): number {
  const largest = Math.max(...Object.values(regime.weights));
  const weight = councilWeights().institutions.includes(code) ? largest : regime.weights[code] ?? 0;
  return (100 * weight) / largest;
}
