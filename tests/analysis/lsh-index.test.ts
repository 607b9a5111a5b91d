import { describe, expect, it } from "vitest";
import { BUCKET_CAP, LshIndex } from "../../src/analysis/dedupe/lsh-index.js";
import { estimatedJaccard, similarAtLeast } from "../../src/analysis/dedupe/minhash.js";

const signature = (values: number[]) => Uint32Array.from(values);

describe("similarity threshold with early exit", () => {
  it("agrees with the estimated Jaccard similarity", () => {
    const a = Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let same = 0; same <= 8; same++) {
      const b = a.map((v, i) => (i < same ? v : v + 100));
      for (const threshold of [0.25, 0.5, 0.8]) expect(similarAtLeast(a, b, threshold)).toBe(estimatedJaccard(a, b) >= threshold);
    }
  });
});

describe("LSH candidate index", () => {
  it("finds a paragraph that shares one band, and not one that shares none", () => {
    const index = new LshIndex(6, 3);
    index.add(0, index.keysOf(signature([1, 2, 3, 4, 5, 6])), (p) => p);
    expect([...index.candidates(index.keysOf(signature([9, 9, 3, 4, 9, 9])))]).toEqual([0]);
    expect([...index.candidates(index.keysOf(signature([1, 9, 3, 9, 5, 9])))]).toEqual([]);
  });

  it("keeps one paragraph per duplicate group in a bucket, however many copies are indexed", () => {
    const index = new LshIndex(6, 3);
    const copy = signature([1, 2, 3, 4, 5, 6]);
    for (let i = 0; i < 500; i++) index.add(i, index.keysOf(copy), () => 0);
    expect([...index.candidates(index.keysOf(copy))]).toEqual([0]);
  });

  it("caps the distinct groups of a bucket, keeping the most recent", () => {
    const index = new LshIndex(6, 3);
    // 500 different paragraphs (their own groups) that agree on the first band only.
    for (let i = 0; i < 500; i++) index.add(i, index.keysOf(signature([1, 2, 1000 + i, i, 2000 + i, i])), (p) => p);
    const found = [...index.candidates(index.keysOf(signature([1, 2, 0, 0, 0, 0])))].sort((a, b) => a - b);
    expect(found).toHaveLength(BUCKET_CAP);
    expect(found[0]).toBe(500 - BUCKET_CAP);
  });
});
