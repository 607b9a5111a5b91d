import { describe, expect, it } from "vitest";
import { MAX_WORDS, MIN_WORDS, wordCount } from "../../src/bench/corpus/body.js";
import { generateCorpus } from "../../src/bench/corpus/corpus.js";
import { DocumentSchema } from "../../src/record/schema.js";

const corpus = generateCorpus({ bytes: 400_000, seed: 11 });
const transcripts = generateCorpus({ bytes: 60_000, seed: 5, transcriptShare: 1 });
const everything = [...corpus.documents, ...transcripts.documents];
const allText = corpus.documents.map((d) => d.text).join("\n");

describe("synthetic benchmark corpus", () => {
  it("is the same for the same seed and differs for another seed", () => {
    const again = generateCorpus({ bytes: 400_000, seed: 11 });
    expect(again.documents).toEqual(corpus.documents);
    const other = generateCorpus({ bytes: 400_000, seed: 12 });
    expect(other.documents[0]!.text).not.toBe(corpus.documents[0]!.text);
  });

  it("stops at the first document that reaches the requested UTF-8 size", () => {
    const sizes = corpus.documents.map((d) => Buffer.byteLength(d.text, "utf8"));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(corpus.bytes).toBe(total);
    expect(total).toBeGreaterThanOrEqual(400_000);
    expect(total - sizes[sizes.length - 1]!).toBeLessThan(400_000);
  });

  it("writes articles of 300 to 900 words with every placeholder filled", () => {
    for (const document of everything) {
      const words = wordCount(document.text);
      expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words).toBeLessThanOrEqual(MAX_WORDS);
      expect(document.text).not.toMatch(/[{}]/);
    }
  });

  it("hands extraction valid source documents", () => {
    const withoutId = DocumentSchema.omit({ id: true });
    for (const { turns: _turns, ...meta } of everything) expect(() => withoutId.parse(meta)).not.toThrow();
  });

  it("opens and closes every quotation within its paragraph", () => {
    for (const paragraph of allText.split("\n")) {
      expect((paragraph.match(/"/g) ?? []).length % 2).toBe(0);
      expect((paragraph.match(/\u201C/g) ?? []).length).toBe((paragraph.match(/\u201D/g) ?? []).length);
    }
  });

  it("puts the dateline it reports at the start of the lead paragraph", () => {
    const withDateline = corpus.documents.filter((d) => d.dateline);
    expect(withDateline.length).toBeGreaterThan(corpus.documents.length / 2);
    for (const document of withDateline) {
      expect(document.text).toMatch(new RegExp(`(^|\\n)${document.dateline!.replace(".", "\\.")}(,| —)`));
    }
  });

  it("gives transcript turns whose spans point at their labels and bodies", () => {
    for (const document of transcripts.documents) {
      expect(document.format).toBe("transcript");
      expect(document.turns.length).toBeGreaterThan(2);
      for (const turn of document.turns) {
        expect(document.text.slice(turn.labelSpan.start, turn.labelSpan.end)).toBe(turn.label);
        expect(document.text.slice(turn.labelSpan.end, turn.body.start)).toBe(": ");
        const body = document.text.slice(turn.body.start, turn.body.end);
        expect(body.trim()).toBe(body);
        expect(body).not.toContain("\n");
        expect(document.text[turn.body.end]).toBe("\n");
      }
    }
  });

  it("varies its sentences and covers what every extraction stage looks for", () => {
    const sentences = allText.split(/(?<=[.!?]["\u201D]?)\s+|\n+/).filter((s) => s.length > 20);
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.6);
    const features: [string, RegExp][] = [
      ["straight quotes", /"[A-Z][^"]{20,}"/],
      ["curly quotes", /\u201C[A-Z][^\u201D]{20,}\u201D/],
      ["attributions", /," (?:said|\w+ (?:said|told|added))/],
      ["titled names", /Foreign Minister [A-Z][a-z]+ [A-Z][a-z]+/],
      ["qualified figures", /\b(?:more than|at least|about|between) \d[\d,]*/],
      ["figure sources", /according to the [A-Z]/],
      ["meetings", / met [A-Z]/],
      ["demands", / demanded /],
      ["refusals", / rejected | ruled out /],
      ["proposals", / proposed | put forward /],
      ["wire datelines", /^[A-Z. ]+, [A-Z][a-z]+\.? \d{1,2} \([A-Z][\w ]+\) — /m],
    ];
    for (const [feature, pattern] of features) expect(allText, feature).toMatch(pattern);
  });
});
