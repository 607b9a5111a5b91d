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

class Game {
  constructor(readonly players: Player[], readonly range: number, readonly options: BdmOptions) {}

  private scaled(distance: number): number {
    return Math.abs(distance) / this.range;
  }

  /**
   * P[i][j]: the probability that i prevails over j if j resists, from the votes of every actor k,
   * vₖ(i, j) = cₖ·sₖ·(dₖⱼ^rₖ − dₖᵢ^rₖ) with d the scaled distance from k's position.
   */
  winProbabilities(): number[][] {
    const n = this.players.length;
    const weight = this.players.map((k) => k.c * k.s);
    const loss = this.players.map((k) => this.players.map((a) => this.scaled(k.x - a.x) ** k.r));
    let allVotes = 0;
    if (this.options.probability === "scholz-code") {
      for (let k = 0; k < n; k++) for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) allVotes += weight[k]! * Math.abs(loss[k]![b]! - loss[k]![a]!);
    }
    return this.players.map((pi, i) => this.players.map((pj, j) => {
      if (pi.x === pj.x) return 0;
      let support = 0;
      let pairVotes = 0;
      for (let k = 0; k < n; k++) {
        const v = weight[k]! * (loss[k]![j]! - loss[k]![i]!);
        if (v > 0) support += v;
        pairVotes += Math.abs(v);
      }
      const denominator = this.options.probability === "scholz-code" ? allVotes : pairVotes;
      return denominator > 0 ? support / denominator : 0;
    }));
  }

  /** Eᵖ(Uᵢⱼ): i's expected utility of challenging j, as perceiver p sees it (p's risk exponent). */
  expectedUtility(i: number, j: number, perceiver: number, p: number[][], median: number): number {
    const { q, t } = this.options;
    const challenger = this.players[i]!;
    const target = this.players[j]!;
    const r = this.players[perceiver]!.r;
    const d = this.scaled(challenger.x - target.x);
    const success = 2 - 4 * (0.5 - 0.5 * d) ** r;
    const failure = 2 - 4 * (0.5 + 0.5 * d) ** r;
    const statusQuo = 2 - 4 * 0.5 ** r;
    const drift = 0.25 * (this.scaled(challenger.x - median) + d);
    const better = 2 - 4 * (0.5 - drift) ** r;
    const worse = 2 - 4 * (0.5 + drift) ** r;
    const win = p[i]![j]!;
    return target.s * (win * success + (1 - win) * failure) + (1 - target.s) * success
      - q * statusQuo - (1 - q) * (t * better + (1 - t) * worse);
  }

  median(): number {
    return weightedMedian(this.players.map((p) => ({ id: p.id, position: p.x, salience: p.s, capability: p.c })), bySalienceTimesCapability)
      ?? this.players[0]!.x;
  }

  /** Rᵢ from the security levels Σⱼ Eʲ(Uⱼᵢ) at r = 1, then rᵢ = (1 − Rᵢ/3) / (1 + Rᵢ/3), in [0.5, 2]. */
  updateRiskExponents(): void {
    for (const p of this.players) p.r = 1;
    const p = this.winProbabilities();
    const median = this.median();
    const danger = this.players.map((_, target) => this.players.reduce((sum, __, other) =>
      other === target ? sum : sum + this.expectedUtility(other, target, target, p, median), 0));
    const most = Math.max(...danger);
    const least = Math.min(...danger);
    this.players.forEach((player, k) => {
      const R = most > least ? (2 * danger[k]! - most - least) / (most - least) : 0;
      player.r = (1 - R / 3) / (1 + R / 3);
    });
  }

  /** The offer j makes i, classified from i's point of view; undefined when i has no reason to move. */
  offer(i: number, j: number, p: number[][], median: number): Offer | undefined {
    const me = this.players[i]!;
    const them = this.players[j]!;
    if (me.x === them.x) return undefined;
    const mine = this.expectedUtility(i, j, i, p, median);
    const theirs = this.expectedUtility(j, i, i, p, median);
    const weightedPosition = (Math.abs(mine) * me.x + Math.abs(theirs) * them.x) / (Math.abs(mine) + Math.abs(theirs));
    if (theirs > mine && mine > 0) return { kind: "conflict", position: them.x, weightedPosition };
    if (theirs > 0 && mine < 0) {
      if (theirs > -mine) return { kind: "compromise", position: me.x + (them.x - me.x) * (-mine / theirs), weightedPosition };
      return { kind: "capitulation", position: them.x, weightedPosition };
    }
    return undefined;
  }

  choose(player: Player, offers: Offer[]): Offer | undefined {
    const leastMove = (list: Offer[]) => pick(list, (o) => Math.abs(o.position - player.x));
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
    this.updateRiskExponents();
    const p = this.winProbabilities();
    const median = this.median();
    const moves = this.players.map((player, i) => this.choose(player, this.players
      .flatMap((_, j) => (j === i ? [] : [this.offer(i, j, p, median)]))
      .filter((o): o is Offer => o !== undefined)));
    let moved = false;
    this.players.forEach((player, k) => {
      const move = moves[k];
      if (move && move.position !== player.x) {
        player.x = move.position;
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

export const expectedUtilityModelSpec: Model = {
  id: "expected-utility",
  label: "Expected utility (Bueno de Mesquita, per Scholz et al. 2011)",
  formula: "rounds of challenges (conflict, compromise, capitulation) driven by each actor's expected utility of challenging; forecast = the capability × salience weighted median after the last round",
  needsStatusQuo: false,
  forecast: (issue) => expectedUtilityModel(issue),
};
