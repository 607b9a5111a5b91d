import { describe, expect, it } from "vitest";
import { keywordPattern } from "../../src/extract/positions/issues.js";
import { VocabularyIndex, wordCounts } from "../../src/extract/profile/vocabulary-index.js";

const TERMS = ["walkout", "strike*", "*-week", "pay talks", "collective bargaining", "picket*", "ratif*", "co-op", "union's", "x ... y"];

const TEXTS = [
  "Union leaders called a walkout. The Walkout began on Monday; strikes, striking and STRIKE-BREAKERS followed.",
  "A two-week strike, then a four-week picket: pickets and picketing. walkout-related talks; pay  talks\nresumed.",
  "The co-op's members ratified it; Ratification came after collective\nbargaining. co-operative walkouts are not walkout.",
  "No term here at all, only words like strik and -week and pay, talks.",
  "İstanbul walkout Kelvin strike under_score strike_ strike-",
];

function patternCount(term: string, text: string): number {
  const pattern = new RegExp(keywordPattern(term).source, "gi");
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

describe("reading an article's words once for several profiles' vocabularies", () => {
  const index = new VocabularyIndex([TERMS.slice(0, 5), TERMS.slice(5)]);
  const lists = [TERMS.slice(0, 5), TERMS.slice(5)];

  it.each(TEXTS)("counts a one-word term as often as its pattern matches, and never misses a term that occurs: %s", (text) => {
    const tally = index.tally(wordCounts(text), wordCounts(""));
    lists.forEach((terms, p) =>
      terms.forEach((term, k) => {
        const n = patternCount(term, text);
        if (n > 0) expect(tally.possible[p]![k], term).toBe(1);
        if (index.countsWords(p, k)) expect(tally.body[p]![k], term).toBe(n);
      }),
    );
  });

  it("counts only words of one piece from the words' counts; phrases and patterns with other marks run their pattern", () => {
    expect(index.countsWords(0, 0)).toBe(true);
    expect(index.countsWords(0, 1)).toBe(true);
    expect(index.countsWords(0, 2)).toBe(true);
    expect(index.countsWords(0, 3)).toBe(false);
    expect(index.countsWords(1, 3)).toBe(false);
  });

  it("keeps the headline's counts apart from the body's", () => {
    const tally = index.tally(wordCounts("a walkout"), wordCounts("Walkout, walkout"));
    expect([tally.body[0]![0], tally.title[0]![0]]).toEqual([1, 2]);
  });
});
