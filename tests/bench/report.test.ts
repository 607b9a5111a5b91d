import { describe, expect, it } from "vitest";
import type { Measurement } from "../../src/bench/measure.js";
import { buildReport, reportToMarkdown, verdict } from "../../src/bench/report.js";

function measurement(bytes: number, seconds: number): Measurement {
  return {
    documents: 400, bytes, seconds, cpuSeconds: seconds * 0.9, gcSeconds: 0.5, warmupSeconds: 0.2,
    stages: [{ name: "tokens", seconds: seconds * 0.6 }, { name: "quotes", seconds: seconds * 0.3 }],
    outsideStagesSeconds: seconds * 0.1, rssBeforeBytes: 100e6, rssPeakSampledBytes: 180e6, maxRssBytes: 200e6,
    items: { actors: 10, quotes: 20, figures: 3, events: 4, positions: 5 },
  };
}
const corpus = { seed: 1, generationSeconds: 1.5, transcripts: 12 };

describe("benchmark report", () => {
  it("computes throughput in MB of 10^6 bytes and judges it against 1 MB/s", () => {
    const fast = buildReport(measurement(24e6, 8), corpus);
    expect(fast.megabytes).toBe(24);
    expect(fast.mbPerSecond).toBe(3);
    expect(fast.articlesPerSecond).toBe(50);
    expect(fast.mbPerCpuSecond).toBeCloseTo(24 / 7.2);
    expect(fast.pass).toBe(true);
    expect(verdict(fast)).toMatch(/^PASS: 3\.00 MB\/s/);

    const slow = buildReport(measurement(24e6, 30), corpus);
    expect(slow.pass).toBe(false);
    expect(verdict(slow)).toMatch(/^FAIL: 0\.80 MB\/s < target 1 MB\/s/);
  });

  it("prints one table row per stage with its share of the wall time", () => {
    const markdown = reportToMarkdown(buildReport(measurement(24e6, 10), corpus));
    expect(markdown).toContain("| tokens | 6.00 | 60.0 % |");
    expect(markdown).toContain("| quotes | 3.00 | 30.0 % |");
    expect(markdown).toContain("| (outside stages) | 1.00 | 10.0 % |");
    // The pipeline cut after each stage: 24 MB over 6 s, then over 6 + 3 s.
    expect(markdown).toContain("| tokens | 6.00 | 60.0 % | 4.00 |");
    expect(markdown).toContain("| quotes | 3.00 | 30.0 % | 2.67 |");
    expect(markdown).toContain("| throughput | 2.40 MB/s, 40.0 articles/s |");
    expect(markdown).toContain("actors 10, quotes 20");
    expect(markdown.trim().split("\n").pop()).toMatch(/^PASS/);
  });
});
