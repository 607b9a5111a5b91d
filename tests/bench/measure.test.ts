import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/bench/corpus/corpus.js";
import { measureExtraction, RECORD_LAYERS } from "../../src/bench/measure.js";
import { extract, stages } from "../../src/extract/pipeline.js";

// extracting the corpus twice (measured, then for the expected counts) outlasts vitest's 5 s default on a loaded machine
describe("extraction measurement", { timeout: 60_000 }, () => {
  it("times every pipeline stage through extract() and leaves the stages as they were", async () => {
    const { documents, bytes } = generateCorpus({ bytes: 30_000, seed: 3 });
    const runs = stages.map((stage) => stage.run);
    const measurement = await measureExtraction(documents);

    expect(stages.map((stage) => stage.run)).toEqual(runs);
    expect(measurement.stages.map((s) => s.name)).toEqual(stages.map((s) => s.name));
    expect(measurement.documents).toBe(documents.length);
    expect(measurement.bytes).toBe(bytes);
    for (const timing of measurement.stages) expect(timing.seconds).toBeGreaterThan(0);
    const stageSeconds = measurement.stages.reduce((sum, s) => sum + s.seconds, 0);
    expect(stageSeconds).toBeLessThanOrEqual(measurement.seconds);
    expect(measurement.rssPeakSampledBytes).toBeGreaterThanOrEqual(measurement.rssBeforeBytes);
    expect(measurement.maxRssBytes).toBeGreaterThanOrEqual(measurement.rssPeakSampledBytes);

    for (const layer of RECORD_LAYERS) {
      const expected = documents.reduce((sum, d) => sum + extract(d)[layer].length, 0);
      expect(measurement.items[layer], layer).toBe(expected);
    }
  });
});
