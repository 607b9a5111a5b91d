import type { ActorInput, IssueInput, Model, ModelResult } from "./types.js";

/**
 * The Nash bargaining solution with the status quo as the disagreement point: the outcome x that
 * maximises Π (uᵢ(x) − uᵢ(sq))^wᵢ over the outcomes every actor prefers to the status quo.
 *
 * uᵢ(x) = −sᵢ·|x − xᵢ| (linear loss) or −sᵢ·(x − xᵢ)² (quadratic loss). A constant factor sᵢ inside
 * one factor of the product cannot move its maximum, so salience acts through the bargaining weight
 * wᵢ = cᵢ·sᵢ (how hard an actor presses, as in the compromise model), not through the loss alone.
 */

export type Loss = "linear" | "quadratic";

/** Bisection steps: the bracket halves each step, far below any scale's precision. */
const STEPS = 100;

interface LossFunctions {
  loss: (d: number) => number;
  /** d loss / d d */
  slope: (d: number) => number;
}

const LOSSES: Record<Loss, LossFunctions> = {
  linear: { loss: (d) => Math.abs(d), slope: (d) => Math.sign(d) },
  quadratic: { loss: (d) => d * d, slope: (d) => 2 * d },
};

/** The bargaining actors: an actor without weight gains nothing from any outcome and cannot veto. */
const bargainers = (actors: readonly ActorInput[]) => actors.filter((a) => a.capability * a.salience > 0);

/**
 * Outcomes that leave every actor at least as well off as the status quo: the intersection of the
 * intervals centred on each ideal point and reaching the status quo (the same for both losses).
 */
function acceptableInterval(actors: readonly ActorInput[], statusQuo: number): [number, number] {
  let low = -Infinity;
  let high = Infinity;
  for (const a of actors) {
    const reach = Math.abs(statusQuo - a.position);
    low = Math.max(low, a.position - reach);
    high = Math.min(high, a.position + reach);
  }
  return [low, high];
}

/**
 * The slope of Σ wᵢ·log gainᵢ(x), where gainᵢ(x) = sᵢ·(loss(sq − xᵢ) − loss(x − xᵢ)) (the factor sᵢ
 * drops out of the slope of a logarithm, so it is left out). The sum is
 * concave on the open acceptable interval, so its slope falls from positive to negative and bisection
 * on the slope's sign finds the maximum, at a kink (an ideal point) too.
 */
function logProductSlope(actors: readonly ActorInput[], statusQuo: number, { loss, slope }: LossFunctions) {
  return (x: number) => {
    let total = 0;
    for (const a of actors) {
      const gain = loss(statusQuo - a.position) - loss(x - a.position);
      total -= (a.capability * a.salience * slope(x - a.position)) / gain;
    }
    return total;
  };
}

function maximumOfConcave(slope: (x: number) => number, low: number, high: number): number {
  let a = low;
  let b = high;
  for (let step = 0; step < STEPS && b - a > 0; step++) {
    const middle = (a + b) / 2;
    if (slope(middle) > 0) a = middle;
    else b = middle;
  }
  return (a + b) / 2;
}

export function nashBargaining(issue: IssueInput, loss: Loss = "linear"): ModelResult {
  if (issue.statusQuo === null) return { forecast: null, reason: "the issue has no status quo (the disagreement point)" };
  const statusQuo = issue.statusQuo;
  const actors = bargainers(issue.actors);
  if (!actors.length) return { forecast: null, reason: "no actor has capability × salience above zero" };
  const [low, high] = acceptableInterval(actors, statusQuo);
  if (!(high - low > 0)) {
    return { forecast: statusQuo, reason: "no outcome leaves every actor better off than the status quo (actors on both sides of it, or at it)" };
  }
  return { forecast: maximumOfConcave(logProductSlope(actors, statusQuo, LOSSES[loss]), low, high) };
}

const GAIN = { linear: "|sq − xᵢ| − |x − xᵢ|", quadratic: "(sq − xᵢ)² − (x − xᵢ)²" };

function nashModelWith(loss: Loss, id: string, label: string): Model {
  return {
    id,
    label,
    formula: `argmax over outcomes all prefer to the status quo of Π (sᵢ·(${GAIN[loss]}))^(cᵢ·sᵢ)`,
    needsStatusQuo: true,
    forecast: (issue) => nashBargaining(issue, loss),
  };
}

export const nashModel = nashModelWith("linear", "nash", "Nash bargaining solution");
export const nashQuadraticModel = nashModelWith("quadratic", "nash-quadratic", "Nash bargaining solution (quadratic loss)");
