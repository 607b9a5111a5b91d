import type { ActorInput, IssueInput, Model } from "./models/index.js";

/**
 * How a model's forecast moves when one actor's input moves: the actor left out, or its position,
 * salience or capability moved by a fixed step (clamped to 0-100). The pivotal actors are those whose
 * removal or ±step move of position shifts the forecast most.
 */

export const SENSITIVITY_STEP = 10;
/** Shifts smaller than this are rounding, not influence. */
const NEGLIGIBLE = 0.005;
const MAX_PIVOTAL = 3;

type Field = "position" | "salience" | "capability";

export interface SensitivityRow {
  actor: string;
  removed: number | null;
  positionDown: number | null;
  positionUp: number | null;
  salienceDown: number | null;
  salienceUp: number | null;
  capabilityDown: number | null;
  capabilityUp: number | null;
}

export interface PivotalActor {
  actor: string;
  change: string;
  forecast: number | null;
  /** forecast after the change minus the forecast */
  shift: number;
}

export interface Sensitivity {
  step: number;
  rows: SensitivityRow[];
  pivotal: PivotalActor[];
  /** why some actors have no row (a model too costly to rerun for every actor), else null */
  limited: string | null;
}

/** The actors to rerun a model for: all, or the `limit` with the largest capability × salience. */
function testedActors(issue: IssueInput, limit: number): Set<number> {
  const order = issue.actors.map((a, k) => ({ k, weight: a.capability * a.salience }))
    .sort((a, b) => b.weight - a.weight || a.k - b.k);
  return new Set(order.slice(0, limit).map((a) => a.k));
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

function moved(issue: IssueInput, index: number, field: Field, delta: number): IssueInput {
  const actors = issue.actors.map((a, k): ActorInput => (k === index ? { ...a, [field]: clamp(a[field] + delta) } : a));
  return { ...issue, actors };
}

export function sensitivity(model: Model, issue: IssueInput, base: number | null): Sensitivity {
  const run = (input: IssueInput) => model.forecast(input).forecast;
  const n = issue.actors.length;
  const limit = Math.min(n, model.sensitivityActors?.(n) ?? n);
  const tested = testedActors(issue, limit);
  const rows = issue.actors.flatMap((actor, k): SensitivityRow[] => (!tested.has(k) ? [] : [{
    actor: actor.id,
    removed: run({ ...issue, actors: issue.actors.filter((_, n) => n !== k) }),
    positionDown: run(moved(issue, k, "position", -SENSITIVITY_STEP)),
    positionUp: run(moved(issue, k, "position", SENSITIVITY_STEP)),
    salienceDown: run(moved(issue, k, "salience", -SENSITIVITY_STEP)),
    salienceUp: run(moved(issue, k, "salience", SENSITIVITY_STEP)),
    capabilityDown: run(moved(issue, k, "capability", -SENSITIVITY_STEP)),
    capabilityUp: run(moved(issue, k, "capability", SENSITIVITY_STEP)),
  }]));
  const pivotal = base === null ? [] : rows.flatMap((row): PivotalActor[] => {
    const changes: [string, number | null][] = [
      ["left out", row.removed], [`position −${SENSITIVITY_STEP}`, row.positionDown], [`position +${SENSITIVITY_STEP}`, row.positionUp],
    ];
    const strongest = changes
      .filter((c): c is [string, number] => c[1] !== null)
      .map(([change, forecast]) => ({ actor: row.actor, change, forecast, shift: forecast - base }))
      .sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift))[0];
    return strongest && Math.abs(strongest.shift) >= NEGLIGIBLE ? [strongest] : [];
  }).sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift)).slice(0, MAX_PIVOTAL);
  const limited = limit < n
    ? `${limit} of ${n} actors tested (the largest capability × salience): rerunning this model for every actor would take too long`
    : null;
  return { step: SENSITIVITY_STEP, rows, pivotal, limited };
}
