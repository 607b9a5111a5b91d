import type { Features } from "../extract/quotes/features.js";
import { decide, probabilities } from "../extract/quotes/ranker.js";
import type { Example } from "./speakers.js";

export interface FitOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty: keeps weights of rare features small. */
  l2: number;
}

export const FIT_OPTIONS: FitOptions = { epochs: 300, learningRate: 0.5, l2: 0.001 };

/** The options of an example in the order of `probabilities`: "no speaker" first. */
const optionsOf = (e: Example): Features[] => [e.none, ...e.candidates];
/** Which options are right: the positives, or "no speaker" when no candidate names the source. */
const targetsOf = (e: Example): number[] => (e.positives.length ? e.positives.map((i) => i + 1) : [0]);

/**
 * Softmax regression by full-batch gradient descent from zero weights: the same examples in the same
 * order give the same weights. The loss is the negative log of the probability of all right options
 * together (a source may be mentioned twice in the window).
 */
export function fitWeights(examples: Example[], names: readonly string[], options: FitOptions = FIT_OPTIONS): Record<string, number> {
  const weights: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  if (!examples.length) return weights;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gradient: Record<string, number> = Object.fromEntries(names.map((n) => [n, options.l2 * weights[n]!]));
    for (const e of examples) {
      const p = probabilities(weights, { none: e.none, candidates: e.candidates });
      const targets = targetsOf(e);
      const right = targets.reduce((sum, t) => sum + p[t]!, 0);
      optionsOf(e).forEach((features, j) => {
        const wanted = targets.includes(j) ? p[j]! / right : 0;
        const delta = (p[j]! - wanted) / examples.length;
        for (const [name, value] of Object.entries(features)) if (name in gradient) gradient[name]! += delta * value;
      });
    }
    for (const n of names) weights[n]! -= options.learningRate * gradient[n]!;
  }
  return weights;
}

export interface Outcome {
  /** A candidate was chosen and it names the source. */
  right: number;
  /** A candidate was chosen and it does not. */
  wrong: number;
  /** Nothing was chosen. */
  abstained: number;
}

/** How the model does on examples with a given threshold, deciding as `rankCandidates` does. */
export function outcome(examples: Example[], weights: Record<string, number>, threshold: number): Outcome {
  const o: Outcome = { right: 0, wrong: 0, abstained: 0 };
  for (const e of examples) {
    const chosen = decide(threshold, probabilities(weights, e), e.actors);
    if (!chosen) o.abstained++;
    else if (e.positives.some((i) => e.actors[i] === chosen.actor)) o.right++;
    else o.wrong++;
  }
  return o;
}

/**
 * A wrong speaker costs this many right ones. On training data a choice counts as wrong whenever the
 * gold source is not among the candidates (a pronoun two paragraphs up, a source the alignment
 * missed), which already over-counts errors, so the costs are even.
 */
export const WRONG_COST = 1;

/** The threshold, on a grid of 0.05, that maximises right minus WRONG_COST times wrong choices. */
export function chooseThreshold(examples: Example[], weights: Record<string, number>): number {
  let best = { threshold: 0.5, value: -Infinity };
  for (let step = 0; step <= 18; step++) {
    const threshold = Math.round((0.05 + step * 0.05) * 100) / 100;
    const o = outcome(examples, weights, threshold);
    const value = o.right - WRONG_COST * o.wrong;
    if (value > best.value) best = { threshold, value };
  }
  return best.threshold;
}
