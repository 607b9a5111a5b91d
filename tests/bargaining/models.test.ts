import { describe, expect, it } from "vitest";
import { DEFAULT_BDM_OPTIONS, expectedUtilityModel } from "../../src/bargaining/models/bdm.js";
import { nashBargaining } from "../../src/bargaining/models/nash.js";
import { compromiseModel, medianActorModel, salienceMeanModel, statusQuoModel, weightedMedianModel } from "../../src/bargaining/models/static.js";
import { actor } from "./fixtures.js";

describe("static models", () => {
  const three = { statusQuo: 0, actors: [actor("a", 20, 50, 100), actor("b", 100, 100, 50), actor("c", 60, 40, 25)] };

  it("compromise: the capability × salience weighted mean", () => {
    // weights 5000, 5000, 1000: (20·5000 + 100·5000 + 60·1000) / 11000 = 60
    expect(compromiseModel.forecast(three).forecast).toBeCloseTo(60, 10);
    expect(compromiseModel.forecast({ statusQuo: null, actors: [actor("a", 20, 1, 1), actor("b", 80, 1, 3)] }).forecast).toBeCloseTo(65, 10);
  });

  it("salience-weighted mean ignores capability", () => {
    expect(salienceMeanModel.forecast(three).forecast).toBeCloseTo(13400 / 190, 10);
  });

  it("weighted median: where the cumulative weight passes half, the midpoint on an exact tie", () => {
    expect(weightedMedianModel.forecast(three).forecast).toBe(60);
    expect(weightedMedianModel.forecast({ statusQuo: null, actors: [actor("a", 0, 10, 10), actor("b", 50, 10, 10), actor("c", 100, 30, 10)] }).forecast).toBe(100);
    expect(weightedMedianModel.forecast({ statusQuo: null, actors: [actor("a", 20, 50, 10), actor("b", 60, 50, 10)] }).forecast).toBe(40);
  });

  it("median actor counts every actor once", () => {
    expect(medianActorModel.forecast({ statusQuo: null, actors: [actor("a", 10, 90, 90), actor("b", 30, 1, 1), actor("c", 90, 1, 1)] }).forecast).toBe(30);
    expect(medianActorModel.forecast({ statusQuo: null, actors: [10, 30, 50, 90].map((x, k) => actor(`a${k}`, x, 50, 50)) }).forecast).toBe(40);
  });

  it("status quo forecasts the reference point, and nothing without one", () => {
    expect(statusQuoModel.forecast(three).forecast).toBe(0);
    expect(statusQuoModel.forecast({ ...three, statusQuo: null })).toEqual({ forecast: null, reason: "the issue has no status quo" });
  });

  it("says why there is no forecast when nobody carries weight", () => {
    const result = compromiseModel.forecast({ statusQuo: null, actors: [actor("a", 10, 0, 50), actor("b", 90, 0, 50)] });
    expect(result.forecast).toBeNull();
    expect(result.reason).toContain("capability × salience");
  });
});

describe("Nash bargaining solution", () => {
  it("maximises the weighted product of gains over the status quo (linear loss)", () => {
    // sq = 0, actors at 20, 100 and 60: acceptable outcomes are [0, 40]; on [20, 40] the product
    // 5000·ln(40 − x) + 6000·ln x peaks at x = 240/11.
    const issue = { statusQuo: 0, actors: [actor("a", 20, 50, 100), actor("b", 100, 100, 50), actor("c", 60, 40, 25)] };
    expect(nashBargaining(issue, "linear").forecast).toBeCloseTo(240 / 11, 6);
  });

  it("gives more to the actor with the larger bargaining weight", () => {
    // sq = 0, actors at 40 (weight w) and 100 (weight 3w): on [40, 80] the maximum is 80·3/4 = 60.
    const issue = { statusQuo: 0, actors: [actor("a", 40, 100, 1), actor("b", 100, 100, 3)] };
    expect(nashBargaining(issue, "linear").forecast).toBeCloseTo(60, 6);
  });

  it("lands on a shared ideal point with either loss", () => {
    const issue = { statusQuo: 0, actors: [actor("a", 50, 80, 10), actor("b", 50, 30, 90)] };
    expect(nashBargaining(issue, "linear").forecast).toBeCloseTo(50, 6);
    expect(nashBargaining(issue, "quadratic").forecast).toBeCloseTo(50, 6);
  });

  it("keeps the status quo when actors sit on both sides of it (each can veto)", () => {
    const result = nashBargaining({ statusQuo: 50, actors: [actor("a", 20, 50, 50), actor("b", 90, 50, 50)] });
    expect(result.forecast).toBe(50);
    expect(result.reason).toContain("both sides");
  });

  it("needs a status quo", () => {
    expect(nashBargaining({ statusQuo: null, actors: [actor("a", 20, 50, 50)] }).forecast).toBeNull();
  });
});

describe("expected-utility model (Scholz et al. 2011)", () => {
  it("leaves two equally placed rivals where they are: both expect to lose by challenging", () => {
    // r = 1, P = 1/4 each way, E(U) = 1·(¼·2 − ¾·2) − 0 = −1 for both: no offer, no move.
    const result = expectedUtilityModel({ statusQuo: null, actors: [actor("a", 0, 100, 1), actor("b", 100, 100, 1)] });
    expect(result.rounds).toHaveLength(1);
    expect(result.rounds![0]!.positions).toEqual({ a: 0, b: 100 });
    expect(result.forecast).toBe(50);
    expect(result.reason).toBe("positions stable in round 1");
  });

  it("makes a low-salience actor compromise by |E(Uᵢⱼ)| / E(Uⱼᵢ) of the distance", () => {
    // b (salience 20) is the more threatened: R_b = 1, r_b = 0.5; R_a = −1, r_a = 2. From b's view
    // E(U_ba) = (1/12·2 − 11/12·2) + 0.8284 = −0.8382 and E(U_ab) = 0.2·(−1/3) + 1.6 + 0.8284 = 2.3618:
    // a compromise, b moves 100 → 100 − 100·0.8382/2.3618 = 64.51; a has no offer to take.
    const result = expectedUtilityModel({ statusQuo: null, actors: [actor("a", 0, 100, 1), actor("b", 100, 20, 1)] }, { ...DEFAULT_BDM_OPTIONS, maxRounds: 1 });
    expect(result.rounds![0]!.positions.a).toBe(0);
    expect(result.rounds![0]!.positions.b).toBeCloseTo(64.508, 3);
    expect(result.forecast).toBe(0);
  });

  it("needs no rounds when everyone agrees", () => {
    const result = expectedUtilityModel({ statusQuo: null, actors: [actor("a", 40, 50, 1), actor("b", 40, 90, 2)] });
    expect(result).toEqual({ forecast: 40, reason: "every actor holds the same position", rounds: [] });
  });

  it("stops at maxRounds and reports each round's positions", () => {
    const actors = [actor("a", 0, 100, 1), actor("b", 100, 20, 1), actor("c", 70, 60, 2)];
    const result = expectedUtilityModel({ statusQuo: null, actors }, { ...DEFAULT_BDM_OPTIONS, maxRounds: 2 });
    expect(result.rounds!.length).toBeLessThanOrEqual(2);
    for (const round of result.rounds!) expect(Object.keys(round.positions)).toEqual(["a", "b", "c"]);
  });
});
