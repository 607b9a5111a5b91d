import { describe, expect, it } from "vitest";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { source } from "../helpers.js";

const tokensOnly = stages.filter((s) => s.name === "tokens");
const sentencesOf = (text: string) => {
  const doc = analyse(source(text), tokensOnly);
  return doc.sentences.map((s) => doc.slice(s));
};

describe("tokens and sentences", () => {
  it("keeps exact offsets for every token", () => {
    const text = "CIA Director William Burns met U.S. envoy Brett McGurk on Oct. 7.\n\n\"We can't,\" he said.";
    const doc = analyse(source(text), tokensOnly);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("does not split at abbreviations and initials", () => {
    expect(sentencesOf("Gen. Smith met Sen. Jones and Mr. J. D. Vance in St. Louis on Oct. 7. They talked.")).toEqual([
      "Gen. Smith met Sen. Jones and Mr. J. D. Vance in St. Louis on Oct. 7.",
      "They talked.",
    ]);
  });

  it("ends sentences and paragraphs at line breaks even without a full stop", () => {
    const doc = analyse(source("Talks resume in Geneva\nBy Jane Roe\nThe envoy arrived."), tokensOnly);
    expect(doc.sentences.map((s) => doc.slice(s))).toEqual(["Talks resume in Geneva", "By Jane Roe", "The envoy arrived."]);
    expect(doc.paragraphs).toHaveLength(3);
  });

  it("splits where a closing quote runs into the next sentence", () => {
    expect(sentencesOf('"But we feel good."Some 1,200 people were killed.')).toEqual([
      '"But we feel good."',
      "Some 1,200 people were killed.",
    ]);
  });
});

describe("tokens: letters outside Latin-1", () => {
  it("keeps names such as Erdoğan and Šefčovič whole", () => {
    const doc = analyse(source("Recep Tayyip Erdoğan met Maroš Šefčovič."), tokensOnly);
    expect(doc.tokens.map((t) => t.text)).toEqual(["Recep", "Tayyip", "Erdoğan", "met", "Maroš", "Šefčovič", "."]);
  });
});

describe("tokens do not depend on what was read before", () => {
  const wordsOf = (text: string) => {
    const doc = analyse(source(text), tokensOnly);
    return doc.tokens.map((t) => doc.text.slice(t.start, t.end));
  };

  it("splits a possessive the same way after an earlier text taught the tagger the whole word", () => {
    const text = "Talks with Vestmarco's board resumed on Monday.";
    const first = wordsOf(text);
    expect(first).toContain("'s");
    // wink learns out-of-vocabulary words it meets; these forms teach it "Vestmarco's" as one word
    for (const teaching of ["(Vestmarco's)", "\"Vestmarco's\"", "Vestmarco's.", "Vestmarco's,"]) wordsOf(teaching);
    expect(wordsOf(text)).toEqual(first);
  });
});
