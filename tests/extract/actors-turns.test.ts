import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/pipeline.js";
import { findTurns } from "../../src/ingest/transcript.js";
import { source } from "../helpers.js";

// Fictional briefing transcript.
describe("actors: transcript speakers", () => {
  it("matches a turn's speaker against people only, not a name the text later shows to be an organisation's", () => {
    const text = [
      "MR. HOLM: Tarvia said both sides had endorsed a deal late on Friday.",
      "MR. HOLM: Brell and Ana Ruiz, Tarvia's national security adviser, spoke by telephone on Oct. 31 about the exchange.",
    ].join("\n");
    const doc = analyse(source(text, { format: "transcript", turns: findTurns(text) }));
    const holm = doc.actors.find((a) => a.name === "Holm");
    expect(holm?.type).toBe("person");
    expect(doc.quotes.filter((q) => q.speaker === holm?.id)).toHaveLength(2);
  });
});
