import type { IssueInput, Model, ModelResult, ModelRound } from "./types.js";
import { bySalienceTimesCapability, weightedMedian } from "./weights.js";

/**
 * Bueno de Mesquita's expected-utility ("group decision") model as unravelled by Scholz, Calbert &
 * Smith (2011), "Unravelling Bueno De Mesquita's Group Decision Model", J. Theoretical Politics 23(4).
 * docs/bargaining.md gives the equations and the choices where the paper and the replications differ.
 *
 * Each round: every actor's risk exponent rᵢ comes from its security level (how much the others
 * expect to gain by challenging it, all computed with r = 1); then each actor looks at every other one
 * and classifies their pair from its own point of view (conflict it loses, compromise, capitulation);
 * it accepts one such offer and moves; all moves happen together. The round's forecast is the median
 * voter position: the capability × salience weighted median of the new positions.
 */

export interface BdmOptions {
  maxRounds: number;
  /**
   * "scholz-code": the probability's denominator sums every voter's |vote| over every pair of
   * positions, as in Scholz et al.'s own code (per the public replication that follows it); this is
   * what reproduces their Table 2. "pairwise": the paper's formula, Σ positive votes / Σ |votes| for
   * the pair, so that P(i beats j) + P(j beats i) = 1.
   */
  probability: "scholz-code" | "pairwise";
  /**
   * "scholz-code": an actor takes a conflict it loses first (the one moving it least), else the
   * compromise whose weighted position is lowest, else a capitulation (least move): Scholz's code,
   * needed for Table 2, though it favours the low end of the scale. "least-move": the offer that
   * moves the actor least, whatever its kind (the rule as the paper states it).
   */
  offerChoice: "scholz-code" | "least-move";
  /** probability that the challenged actor keeps its position absent a challenge (Q = 1 in Scholz's runs) */
  q: number;
  /** probability that, if it moves anyway, the move is towards the challenger (T) */
  t: number;
}

export const DEFAULT_BDM_OPTIONS: BdmOptions = { maxRounds: 8, probability: "scholz-code", offerChoice: "scholz-code", q: 1, t: 1 };

interface Player {
  id: string;
  x: number;
  c: number;
  /** salience as a probability (0-1): how likely the actor resists a challenge */
  s: number;
  r: number;
}

type OfferKind = "conflict" | "compromise" | "capitulation";

interface Offer {
  kind: OfferKind;
  position: number;
  /** the compromise rule's weighted position in Scholz's code */
  weightedPosition: number;
}

/** Games up to this many actors sum the votes term by term (see allVotes); DEU III has at most 27. */
const EXACT_VOTE_SUM = 100;

/**
 * The game over flat arrays: every pairwise term (each voter's loss from each position, each pair's
 * win probability) is computed once per round, so a round costs n² pairs × n voters of arithmetic
 * and nothing else; with a few hundred actors a run takes well under a second.
 */
class Game {
  private readonly n: number;
  private readonly x: Float64Array;
  private readonly weight: Float64Array;
  private readonly r: Float64Array;

  constructor(readonly players: Player[], readonly range: number, readonly options: BdmOptions) {
    this.n = players.length;
    this.x = Float64Array.from(players, (p) => p.x);
    this.weight = Float64Array.from(players, (p) => p.c * p.s);
    this.r = Float64Array.from(players, (p) => p.r);
  }

  private scaled(distance: number): number {
    return Math.abs(distance) / this.range;
  }

  /** loss[a·n + k] = d(k, a)^rₖ: voter k's scaled distance to position a, a's row contiguous over voters. */
  private losses(): Float64Array {
    const { n, x, r } = this;
    const loss = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      for (let k = 0; k < n; k++) {
        const d = Math.abs(x[k]! - x[a]!) / this.range;
        loss[a * n + k] = r[k] === 1 ? d : d ** r[k]!;
      }
    }
    return loss;
  }

  /**
   * Σₖ wₖ Σₐ Σ_b |lossₖ(b) − lossₖ(a)|. Up to EXACT_VOTE_SUM actors it is summed term by term in this
   * order, so that forecasts are the replication's to the last bit (a tie between two offers can turn
   * on it); above, each voter's sum of pairwise differences comes from its sorted losses (n log n per
   * voter instead of n²), equal up to rounding.
   */
  private allVotes(loss: Float64Array): number {
    const { n } = this;
    const column = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      const w = this.weight[k]!;
      for (let a = 0; a < n; a++) column[a] = loss[a * n + k]!;
      if (n <= EXACT_VOTE_SUM) {
        for (let a = 0; a < n; a++) {
          const own = column[a]!;
          for (let b = 0; b < n; b++) total += w * Math.abs(column[b]! - own);
        }
        continue;
      }
      column.sort();
      let below = 0;
      let pairs = 0;
      for (let a = 0; a < n; a++) {
        pairs += a * column[a]! - below;
        below += column[a]!;
      }
      total += w * 2 * pairs;
    }
    return total;
  }

  /**
   * P[i·n + j]: the probability that i prevails over j if j resists, from the votes of every actor k,
   * vₖ(i, j) = cₖ·sₖ·(dₖⱼ^rₖ − dₖᵢ^rₖ) with d the scaled distance from k's position. One pass over
   * the voters gives both P(i, j) and P(j, i).
   */
  winProbabilities(): Float64Array {
    const { n, x, weight } = this;
    const loss = this.losses();
    const p = new Float64Array(n * n);
    const shared = this.options.probability === "scholz-code" ? this.allVotes(loss) : 0;
    for (let i = 0; i < n; i++) {
      const li = i * n;
      for (let j = i + 1; j < n; j++) {
        if (x[i] === x[j]) continue;
        const lj = j * n;
        let forI = 0;
        let forJ = 0;
        let votes = 0;
        for (let k = 0; k < n; k++) {
          const v = weight[k]! * (loss[lj + k]! - loss[li + k]!);
          if (v > 0) forI += v;
          else forJ -= v;
          votes += Math.abs(v);
        }
        const denominator = this.options.probability === "scholz-code" ? shared : votes;
        if (denominator > 0) {
          p[i * n + j] = forI / denominator;
          p[j * n + i] = forJ / denominator;
        }
      }
    }
    return p;
  }

  /** Eᵖ(Uᵢⱼ): i's expected utility of challenging j, as perceiver p sees it (p's risk exponent). */
  expectedUtility(i: number, j: number, perceiver: number, p: Float64Array, median: number): number {
    const r = this.r[perceiver]!;
    const d = this.scaled(this.x[i]! - this.x[j]!);
    return this.utility(i, j, r, d, 2 - 4 * (0.5 - 0.5 * d) ** r, 2 - 4 * (0.5 + 0.5 * d) ** r, p, median);
  }

  /**
   * The expected utility given the success and failure utilities, which depend only on the pair's
   * distance and the perceiver's exponent: i challenging j and j challenging i, as i sees them, share
   * them. Without a chance of moving absent a challenge (q = 1) the drift terms weigh nothing.
   */
  private utility(i: number, j: number, r: number, d: number, success: number, failure: number, p: Float64Array, median: number): number {
    const { q, t } = this.options;
    const s = this.players[j]!.s;
    const statusQuo = 2 - 4 * 0.5 ** r;
    const win = p[i * this.n + j]!;
    const base = s * (win * success + (1 - win) * failure) + (1 - s) * success - q * statusQuo;
    if (q === 1) return base;
    const drift = 0.25 * (this.scaled(this.x[i]! - median) + d);
    return base - (1 - q) * (t * (2 - 4 * (0.5 - drift) ** r) + (1 - t) * (2 - 4 * (0.5 + drift) ** r));
  }

  median(): number {
    return weightedMedian(this.players.map((p, k) => ({ id: p.id, position: this.x[k]!, salience: p.s, capability: p.c })), bySalienceTimesCapability)
      ?? this.x[0]!;
  }

  /** Rᵢ from the security levels Σⱼ Eʲ(Uⱼᵢ) at r = 1, then rᵢ = (1 − Rᵢ/3) / (1 + Rᵢ/3), in [0.5, 2]. */
  updateRiskExponents(): void {
    const { n } = this;
    this.r.fill(1);
    const p = this.winProbabilities();
    const median = this.median();
    const danger = new Float64Array(n);
    for (let target = 0; target < n; target++) {
      let sum = 0;
      for (let other = 0; other < n; other++) if (other !== target) sum += this.expectedUtility(other, target, target, p, median);
      danger[target] = sum;
    }
    let most = -Infinity;
    let least = Infinity;
    for (const value of danger) {
      most = Math.max(most, value);
      least = Math.min(least, value);
    }
    for (let k = 0; k < n; k++) {
      const R = most > least ? (2 * danger[k]! - most - least) / (most - least) : 0;
      this.r[k] = (1 - R / 3) / (1 + R / 3);
    }
  }

  /** The offer j makes i, classified from i's point of view; undefined when i has no reason to move. */
  offer(i: number, j: number, p: Float64Array, median: number): Offer | undefined {
    const mine = this.x[i]!;
    const theirs = this.x[j]!;
    if (mine === theirs) return undefined;
    const r = this.r[i]!;
    const d = this.scaled(mine - theirs);
    const success = 2 - 4 * (0.5 - 0.5 * d) ** r;
    const failure = 2 - 4 * (0.5 + 0.5 * d) ** r;
    const own = this.utility(i, j, r, d, success, failure, p, median);
    const other = this.utility(j, i, r, d, success, failure, p, median);
    const weightedPosition = (Math.abs(own) * mine + Math.abs(other) * theirs) / (Math.abs(own) + Math.abs(other));
    if (other > own && own > 0) return { kind: "conflict", position: theirs, weightedPosition };
    if (other > 0 && own < 0) {
      if (other > -own) return { kind: "compromise", position: mine + (theirs - mine) * (-own / other), weightedPosition };
      return { kind: "capitulation", position: theirs, weightedPosition };
    }
    return undefined;
  }

  choose(position: number, offers: Offer[]): Offer | undefined {
    const leastMove = (list: Offer[]) => pick(list, (o) => Math.abs(o.position - position));
    if (this.options.offerChoice === "least-move") return leastMove(offers);
    const ofKind = (kind: OfferKind) => offers.filter((o) => o.kind === kind);
    const conflicts = ofKind("conflict");
    if (conflicts.length) return leastMove(conflicts);
    const compromises = ofKind("compromise");
    if (compromises.length) return pick(compromises, (o) => o.weightedPosition);
    return leastMove(ofKind("capitulation"));
  }

  /** One round; returns whether anyone moved. */
  play(): boolean {
    const { n } = this;
    this.updateRiskExponents();
    const p = this.winProbabilities();
    const median = this.median();
    const moves: Array<Offer | undefined> = [];
    for (let i = 0; i < n; i++) {
      const offers: Offer[] = [];
      for (let j = 0; j < n; j++) {
        const offer = j === i ? undefined : this.offer(i, j, p, median);
        if (offer) offers.push(offer);
      }
      moves.push(this.choose(this.x[i]!, offers));
    }
    let moved = false;
    moves.forEach((move, k) => {
      if (move && move.position !== this.x[k]) {
        this.x[k] = move.position;
        this.players[k]!.x = move.position;
        moved = true;
      }
    });
    return moved;
  }
}

/** The first item with the smallest key (ties: the earlier actor, so results do not depend on sorting). */
function pick<T>(items: T[], key: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestKey = Infinity;
  for (const item of items) {
    const k = key(item);
    if (k < bestKey) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}

export function expectedUtilityModel(issue: IssueInput, options: BdmOptions = DEFAULT_BDM_OPTIONS): ModelResult {
  const players: Player[] = issue.actors.map((a) => ({ id: a.id, x: a.position, c: a.capability, s: a.salience / 100, r: 1 }));
  if (!players.some((p) => p.c * p.s > 0)) return { forecast: null, reason: "no actor has capability × salience above zero" };
  const positions = players.map((p) => p.x);
  const range = Math.max(...positions) - Math.min(...positions);
  const game = new Game(players, range, options);
  if (range === 0) return { forecast: players[0]!.x, reason: "every actor holds the same position", rounds: [] };
  const rounds: ModelRound[] = [];
  let moved = true;
  for (let round = 1; round <= options.maxRounds && moved; round++) {
    moved = game.play();
    rounds.push({ round, forecast: game.median(), positions: Object.fromEntries(players.map((p) => [p.id, p.x])) });
  }
  const last = rounds[rounds.length - 1]!;
  return {
    forecast: last.forecast,
    reason: moved ? `median after round ${last.round}, the last one run` : `positions stable in round ${last.round}`,
    rounds,
  };
}

/** Budget of sensitivity reruns, in actors³ per run: every actor of up to 40, 18 of 68, 5 of 100, none of 300 (a few seconds at most). */
const SENSITIVITY_WORK = 4e7;

export const expectedUtilityModelSpec: Model = {
  id: "expected-utility",
  label: "Expected utility (Bueno de Mesquita, per Scholz et al. 2011)",
  formula: "rounds of challenges (conflict, compromise, capitulation) driven by each actor's expected utility of challenging; forecast = the capability × salience weighted median after the last round",
  needsStatusQuo: false,
  forecast: (issue) => expectedUtilityModel(issue),
  // every run costs about n³ per round: sensitivity reruns (7 per actor) within SENSITIVITY_WORK n³ units
  sensitivityActors: (actors) => Math.floor(SENSITIVITY_WORK / (7 * actors ** 3)),
};
