import type { ActorInput } from "./types.js";

/** Weighted means and medians of actor positions, shared by the static models. */

export type Weight = (actor: ActorInput) => number;

export const bySalienceTimesCapability: Weight = (a) => a.capability * a.salience;
export const bySalience: Weight = (a) => a.salience;
export const equally: Weight = () => 1;

/** Σ w·x / Σ w; null when no actor carries weight. */
export function weightedMean(actors: readonly ActorInput[], weight: Weight): number | null {
  let total = 0;
  let sum = 0;
  for (const actor of actors) {
    const w = weight(actor);
    total += w;
    sum += w * actor.position;
  }
  return total > 0 ? sum / total : null;
}

/** Relative tolerance for "exactly half the weight", so that sums of decimals still tie. */
const TIE = 1e-9;

/**
 * The position at which the cumulative weight first reaches half of the total. When it reaches
 * exactly half (a tie between two positions) the midpoint of the two is taken: with linear loss every
 * point between them is equally good, and the midpoint does not favour either side.
 */
export function weightedMedian(actors: readonly ActorInput[], weight: Weight): number | null {
  const weighted = actors.filter((a) => weight(a) > 0).sort((a, b) => a.position - b.position);
  const total = weighted.reduce((sum, a) => sum + weight(a), 0);
  if (total <= 0) return null;
  let cumulative = 0;
  for (let k = 0; k < weighted.length; k++) {
    cumulative += weight(weighted[k]!);
    const next = weighted[k + 1];
    if (next && Math.abs(cumulative - total / 2) <= TIE * total) return (weighted[k]!.position + next.position) / 2;
    if (cumulative > total / 2 || !next) return weighted[k]!.position;
  }
  return null;
}
