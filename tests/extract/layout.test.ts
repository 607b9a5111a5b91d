import { describe, expect, it } from "vitest";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { softLineBreaks } from "../../src/extract/tokens/layout.js";
import { source } from "../helpers.js";
import { loadFixture } from "../ingest/fixtures.js";

const tokensOnly = stages.filter((s) => s.name === "tokens");
const upToQuotes = stages.filter((s) => ["tokens", "actors", "quotes"].includes(s.name));
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function layoutOf(text: string) {
  const doc = analyse(source(text), tokensOnly);
  return {
    doc,
    paragraphs: doc.paragraphs.map((p) => oneLine(doc.slice(p))),
    sentences: doc.sentences.map((s) => oneLine(doc.slice(s))),
  };
}

/** A wire story as ingest stores it: hard-wrapped at 64 columns, each paragraph opened by an indented line. */
const WIRE = [
  "    The Coastal Ferry Authority and the crews' union said",
  "they would meet again on Thursday after eleven hours of talks",
  "ended without a deal on overtime pay, union officials said.",
  '    "We are closer than we were this morning, but the night shift',
  'is still the sticking point," union secretary Olan Fethers told',
  "reporters outside the authority's offices in Port Marrow.",
  "    Authority chairman Dessa Quill said the offer of a six pct",
  "rise over two years would not be improved.",
].join("\n");

describe("layout: hard-wrapped text", () => {
  it("ends paragraphs only at indented lines and keeps every offset exact", () => {
    const { doc, paragraphs } = layoutOf(WIRE);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toMatch(/^"We are closer .* Port Marrow\.$/);
    for (const t of doc.tokens) expect(WIRE.slice(t.start, t.end)).toBe(t.text);
  });

  it("lets a sentence run on over a line break, and still ends it at its full stop", () => {
    const { sentences } = layoutOf(WIRE);
    expect(sentences).toContain(
      "The Coastal Ferry Authority and the crews' union said they would meet again on Thursday after eleven hours of talks ended without a deal on overtime pay, union officials said.",
    );
    expect(sentences).toContain("Authority chairman Dessa Quill said the offer of a six pct rise over two years would not be improved.");
  });

  it("finds a quote that wraps onto the next line whole, with its speaker", () => {
    const doc = analyse(source(WIRE), upToQuotes);
    const quote = doc.quotes.find((q) => q.text.startsWith("We are closer"));
    expect(quote && oneLine(quote.text)).toBe("We are closer than we were this morning, but the night shift is still the sticking point,");
    expect(doc.actor(quote!.speaker)?.name).toBe("Olan Fethers");
  });

  it("reads a name or a title that wraps onto the next line as one, with a space", () => {
    const text = WIRE.replace("Authority chairman Dessa Quill said the offer of a six pct\nrise", "The offer was defended by Authority\nchairman Dessa Quill, who said a six pct\nrise");
    const doc = analyse(source(text), upToQuotes);
    const quill = doc.actors.find((a) => a.name.endsWith("Quill"));
    expect(quill).toMatchObject({ name: "Dessa Quill", roles: ["Authority chairman"] });
  });

  it("ends paragraphs at blank lines when the wrapped text has no indentation", () => {
    const text = [
      "Delegates from the two river provinces agreed on Monday to share",
      "the cost of rebuilding the Kessel weir, which failed in the spring",
      "floods and has left farms downstream without water since April.",
      "",
      "The agreement still needs the approval of both provincial councils,",
      "which are expected to vote on it before the end of the month, the",
      "mediator said in a statement issued after the meeting.",
    ].join("\n");
    expect(layoutOf(text).paragraphs).toHaveLength(2);
  });

  it("ends a paragraph at a short line closing a sentence when nothing else marks paragraphs", () => {
    const text = [
      "Delegates from the two river provinces agreed on Monday to share",
      "the cost of rebuilding the Kessel weir, which failed in the spring",
      "floods.",
      "The agreement still needs the approval of both provincial councils,",
      "which are expected to vote on it before the end of the month, the",
      "mediator said in a statement.",
    ].join("\n");
    const { paragraphs } = layoutOf(text);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^The agreement still needs/);
  });
});

describe("layout: one paragraph per line", () => {
  it("keeps every line a paragraph when the lines close their sentences", () => {
    const text = [
      "The talks resumed in Geneva on Monday.",
      "Both delegations arrived by train.",
      "The mediator met each side alone first.",
      "A joint session followed in the afternoon.",
      "No statement was issued afterwards.",
      "The next round is set for Friday.",
    ].join("\n");
    expect(softLineBreaks(text).size).toBe(0);
    expect(layoutOf(text).paragraphs).toHaveLength(6);
  });

  it("keeps long lines apart even when some do not end with a full stop", () => {
    const long = "The mediator said both sides had agreed to keep the ceasefire in place while the technical committees finish their work on the maps";
    const text = [long, long + ".", long, long + ".", long, long].join("\n");
    expect(softLineBreaks(text).size).toBe(0);
  });

  it("keeps a list of headings of about the same width apart", () => {
    const text = [
      "Ferry talks resume in Port Marrow after a weekend of strikes",
      "Union says night shift pay remains the main sticking point",
      "Authority chairman rules out a better offer before Friday",
      "Passengers stranded as the last crossing of the day is cut",
      "Mediator Olan Fethers to meet both sides again on Thursday",
      "What the six pct offer means for crews on the island routes",
    ].join("\n");
    expect(softLineBreaks(text).size).toBe(0);
    expect(layoutOf(text).paragraphs).toHaveLength(6);
  });

  it("reads a wire story from a file: paragraphs by indentation, header lines gone", () => {
    const article = loadFixture("text/wire-wrapped.txt");
    const { paragraphs } = layoutOf(article.text);
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^Valdoria and Ostrel agreed .* officials said\.$/);
  });
});
