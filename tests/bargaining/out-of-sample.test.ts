import { describe, expect, it } from "vitest";
import type { DeuIssue } from "../../src/bargaining/validation/deu.js";
import { fnv1a, isTestProposal, outOfSample } from "../../src/bargaining/validation/out-of-sample.js";
import { actor } from "./fixtures.js";

/** Fictional proposals whose outcome is the Commission's position when used for training, the compromise when tested. */
function issuesFor(proposals: string[]): DeuIssue[] {
  return proposals.map((proposal, k) => {
    const actors = [actor("com", 10 + (k % 5) * 10, 50, 100), actor("de", 90, 50, 100), actor("fr", 70, 50, 100)];
    const compromise = actors.reduce((sum, a) => sum + a.position, 0) / 3;
    return { id: `${proposal}i1`, proposal, year: 2008, regime: "nice", actors, statusQuo: null, outcome: isTestProposal(proposal) ? compromise : actors[0]!.position };
  });
}

describe("out-of-sample attempt", () => {
  it("hashes proposals with FNV-1a (32 bits)", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
  });

  it("keeps every issue of a proposal on the same side of the split", () => {
    const proposals = Array.from({ length: 30 }, (_, k) => `p${k}`);
    const issues = issuesFor([...proposals, ...proposals]);
    const result = outOfSample(issues);
    expect(result.trainIssues + result.testIssues).toBe(60);
    expect(result.testIssues % 2).toBe(0);
    expect(result.testIssues).toBeGreaterThan(0);
  });

  it("fits on the training part only, and says when the fit does not carry over", () => {
    const result = outOfSample(issuesFor(Array.from({ length: 60 }, (_, k) => `p${k}`)));
    const commission = result.families.find((f) => f.id === "toward-commission")!;
    // Training outcomes are the Commission's positions: the fit goes all the way to the grid's end...
    expect(commission.parameters).toBe("γ = 0.6");
    expect(commission.train.mae!).toBeLessThan(result.compromise.train.mae!);
    // ...and the test outcomes are the compromise, which it then misses.
    expect(result.compromise.test.mae).toBeCloseTo(0, 10);
    expect(result.beatsCompromiseOnTest).toBe(false);
  });
});
