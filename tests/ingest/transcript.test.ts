import { describe, expect, it } from "vitest";
import { findTurns } from "../../src/ingest/transcript.js";
import { loadFixture } from "./fixtures.js";

describe("transcripts", () => {
  const call = loadFixture("text/transcript.txt");
  const slice = (span: { start: number; end: number }) => call.text.slice(span.start, span.end);

  it("is detected from its speaker labels, which stay in the stored text", () => {
    expect(call.format).toBe("transcript");
    expect(call.title).toBe("Background Press Call on the Varnia Talks");
    expect(call.text).toContain("MR. KIRBY: They arrive tomorrow.");
  });

  it("gives each turn its label and body with offsets into the stored text", () => {
    expect(call.turns.map((turn) => [turn.label, slice(turn.labelSpan), slice(turn.body)])).toEqual([
      ["MODERATOR", "MODERATOR", "Good morning, everyone. This call is on background."],
      ["SENIOR ADMINISTRATION OFFICIAL", "SENIOR ADMINISTRATION OFFICIAL", "Thanks. Let me start with the prisoner exchange.\n\nIt will begin on Thursday."],
      ["Q", "Q", "Thank you. How many prisoners?"],
      ["SENIOR ADMINISTRATION OFFICIAL", "SENIOR ADMINISTRATION OFFICIAL", "About forty."],
      ["Q", "Q", "And the observers?"],
      ["MR. KIRBY", "MR. KIRBY", "They arrive tomorrow."],
      ["SECRETARY BLINKEN", "SECRETARY BLINKEN", "We welcome the agreement."],
      ["THE PRESIDENT", "THE PRESIDENT", "Thank you all."],
    ]);
  });

  it("does not take headings such as UPDATE: or NOTE: for speakers", () => {
    const article = loadFixture("text/labels-not-transcript.txt");
    expect(article.format).toBe("text");
    expect(article.turns).toEqual([]);
  });

  it("needs two labelled lines, or one that names a speaker by title", () => {
    expect(findTurns("NEW DELHI: Talks resumed on Monday.\nThe envoy arrived.")).toEqual([]);
    const speech = "Rose Garden\n\nTHE PRESIDENT: Good afternoon.\n\nToday I have good news.";
    const label = speech.indexOf("THE PRESIDENT");
    expect(findTurns(speech)).toEqual([
      { label: "THE PRESIDENT", labelSpan: { start: label, end: label + 13 }, body: { start: label + 15, end: speech.length } },
    ]);
  });

  it("keeps a label without a body as an empty turn that does not reach into the next one", () => {
    const text = "MODERATOR:\nMR. KIRBY: Thanks.";
    const [first, second] = findTurns(text);
    expect(first!.body.start).toBe(first!.body.end);
    expect(first!.body.end).toBeLessThanOrEqual(second!.labelSpan.start);
    expect(text.slice(second!.body.start, second!.body.end)).toBe("Thanks.");
  });
});
