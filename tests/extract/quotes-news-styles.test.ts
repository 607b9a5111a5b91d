import { describe, expect, it } from "vitest";
import { stages, analyse } from "../../src/extract/pipeline.js";
import { ruleSpeakers } from "../../src/extract/quotes/index.js";
import { findQuoteSpans } from "../../src/extract/quotes/marks.js";
import { wordsOf } from "../../src/extract/actors/words.js";
import { actorKnowledge } from "../../src/kb/actors-kb.js";
import { source } from "../helpers.js";

// Fictional fixtures in the house styles of old wire copy, collapsed web paragraphs and signed
// quotes: each case is one class of wrong speaker or false quote found by the corpus audit.
const upToQuotes = stages.filter((s) => ["tokens", "clauses", "actors", "quotes"].includes(s.name));
const upToActors = stages.filter((s) => ["tokens", "actors"].includes(s.name));

function quotes(text: string): { text: string; speaker: string }[] {
  const doc = analyse(source(text), upToQuotes);
  return doc.quotes.map((q) => ({ text: q.text.replace(/\s+/g, " "), speaker: doc.actor(q.speaker)?.name ?? "?" }));
}

describe("quotes: wire copy that types the apostrophe as a double mark", () => {
  const text = [
    `    TARVEN, March 3 - Fisheries ministers of the Nordic bloc"s`,
    `member states failed to agree on cod quotas, delegates said.`,
    `    One delegate told reporters: "I don"t think we will reach a`,
    `deal this week. We are far from the crunch."`,
    `    The Commission"s plan to cut catches by a third was rejected`,
    `by Valdoria"s minister, Ola Brenn, who called it "unworkable."`,
  ].join("\n");

  it("keeps the contraction inside the quote and pairs the real marks", () => {
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual([`I don"t think we will reach a deal this week. We are far from the crunch.`, "unworkable."]);
  });

  it("finds no quote between two possessives", () => {
    expect(quotes(text).some((q) => q.text.startsWith("s "))).toBe(false);
  });
});

describe("quotes: a quote running on into a paragraph without a fresh opening mark", () => {
  const text = [
    `    TARVEN, March 3 - Port director Tomas Brell said, "The offer remains on the table until Friday.`,
    `    The union is in the best position to decide whether its members should accept it."`,
    `    Dock workers have been on strike for three weeks.`,
  ].join("\n");

  it("takes the second paragraph as the same quote, with its speaker", () => {
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual([
      "The offer remains on the table until Friday.",
      "The union is in the best position to decide whether its members should accept it.",
    ]);
    expect(found.map((q) => q.speaker)).toEqual(["Tomas Brell", "Tomas Brell"]);
  });

  it("does not open a quote where the next paragraph's first mark opens one", () => {
    const found = quotes(`The board said, "The offer stands.\n\nTalks resume on Friday, when the union will bring "new ideas," Tomas Brell said.`);
    expect(found.map((q) => q.text)).not.toContain("Talks resume on Friday, when the union will bring");
  });
});

describe("quotes: parts of one quote opened again in a collapsed paragraph", () => {
  it("gives a later part its first part's attribution, not the next speaker's", () => {
    const text = `Talks at the port resumed on Monday. Ana Holm is a steward on the picket line at the port. He said: "Most of our members stayed away today. "We joined the port to serve the ships, and those jobs are now at risk. "Nobody wants a long strike." Port director Tomas Brell, who met the union on Monday, said: "We want to negotiate, not to fight."`;
    const found = quotes(text);
    const parts = found.filter((q) => !q.text.startsWith("We want"));
    expect(parts).toHaveLength(3);
    expect(parts.map((q) => q.speaker)).not.toContain("Tomas Brell");
    expect(found.find((q) => q.text.startsWith("We want"))?.speaker).toBe("Tomas Brell");
  });
});

describe("quotes: words reported through someone else", () => {
  it("credits the person quoted as saying, not the one who quotes", () => {
    const text = `Finance Minister Tomas Brell said the lenders were stalling, and Ana Holm listened.\n\nTomas Brell said three banks were holding up the deal. "Let's call the lenders right away," one aide quoted Ana Holm as saying.`;
    expect(quotes(text)[0]?.speaker).toBe("Ana Holm");
  });

  it("leaves the quote empty when a document is quoted", () => {
    const text = `Fisheries minister Ola Brenn spoke first.\n\nOla Brenn said the rules would change. Minister Ola Brenn quoted the new quota plan, as saying: "Every boat will need a licence."`;
    expect(quotes(text)[0]?.speaker).toBe("?");
  });
});

describe("quotes: signed quotes", () => {
  const text = [
    `Readers Ana Holm and Tomas Brell told us what they think of the fishing deal.`,
    ``,
    `“The deal leaves our villages without boats. It is a shame.” ― Ana Holm`,
    ``,
    `”Nobody asked the fishermen before they signed.”― Tomas Brell.`,
  ].join("\n");

  it("credits the name after the dash at the paragraph's end", () => {
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ana Holm", "Tomas Brell"]);
  });

  it("credits every quote of a line to the signature that closes it, also a part cut off by a nested quote", () => {
    const roundUp = [
      `Readers Ana Holm and Tomas Brell told us what they think of the fishing deal.`,
      `“The deal leaves our villages without boats. It is a shame.” ― Ana Holm`,
      `“As a fisherman....I would rather keep what they call “old boats” than sign a deal like this one.” ― Tomas Brell`,
    ].join("\n");
    const found = quotes(roundUp);
    expect(found.filter((q) => q.text.includes("fisherman")).map((q) => q.speaker)).toEqual(["Tomas Brell"]);
    expect(found.filter((q) => q.speaker === "Ana Holm").map((q) => q.text)).toEqual(["The deal leaves our villages without boats. It is a shame."]);
  });

  it("credits a block quote to the name on its last line, before the closing mark", () => {
    const text = `The unions welcomed the ruling.\n"It is now more important than ever that the port hears us.\nAna Holm, Harbour Workers Union."\nThe port did not comment.`;
    expect(quotes(text).filter((q) => q.text.startsWith("It is now")).map((q) => q.speaker)).toEqual(["Ana Holm"]);
  });

  it("reads a dash inside the sentence as no signature", () => {
    const found = quotes(`The talks produced a “framework” — Tarven and Valdoria will meet again.`);
    expect(found.map((q) => q.speaker)).toEqual(["?"]);
  });
});

describe("quotes: who the sentence talks about is not who speaks", () => {
  it("gives a participle the sentence's subject, never the object of a preposition before it", () => {
    const text = `Ana Holm spoke at the harbour.\n\nTomas Brell answered the union on Harbour Radio writing, "We will not sign."\n\nHolm closed the meeting by saying "The strike goes on."`;
    expect(quotes(text).map((q) => q.speaker)).toEqual(["?", "Ana Holm"]);
  });

  it("does not take a possessor for the head of the speaker's phrase", () => {
    const text = `Tomas Brell leads the union.\n\n"We will not sign," Brell's spokesman said.`;
    expect(quotes(text).map((q) => q.speaker)).not.toContain("Tomas Brell");
  });

  it("takes the name set off after a possessed title as the subject of a participle", () => {
    const text = `Tomas Brell leads the union.\n\nIn October, Brell's harbour director, Ana Holm, wrote to the port, saying: "We want this settled."`;
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ana Holm"]);
  });

  it("gives a title the narration talks about to nobody, not to the quote before it", () => {
    const text = `Ana Holm sang at the harbour rally, asking the crowd, "Where do we go from here?"\n\n"Harbour Blues of the North" was written by Tomas Brell in 1999.`;
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ana Holm", "?"]);
  });

  it("reads the main clause's subject after a complete opening clause", () => {
    const text = `When Tomas Brell died in 2019, Ana Holm released the following statement: "He was a friend of every docker."`;
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ana Holm"]);
  });

  it("credits the subject of a passive 'was quoted as saying'", () => {
    const text = `Finance Minister Tomas Brell met the lenders.\n\nAna Holm, the lenders' chair, spoke after him. Holm was quoted as saying: "We need more time."`;
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ana Holm"]);
  });

  it("credits the name after 'According to' that opens the sentence", () => {
    const text = `Tomas Brell said the talks went well.\n\nAccording to Ana Holm, the envoys would have "additional tools" to keep order.`;
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ana Holm"]);
  });

  it("does not credit the previous speaker when 'According to' names a body with its own preposition", () => {
    const text = `Tomas Brell said the talks went well. According to the Commission on Port Safety, crews would need "extra training" first.`;
    expect(quotes(text).map((q) => q.speaker)).not.toContain("Tomas Brell");
  });

  it("reads no attribution for a term inside a noun phrase from the subject of the next clause", () => {
    // the rules' reading only: the speaker ranker may still weigh the quote on its own
    const doc = analyse(source(`Valdoria Steel was once close to "junk bond" dealers, Harbour Holdings said it would pay in cash.`), upToActors);
    const resolved = ruleSpeakers(doc, wordsOf(doc), actorKnowledge(), findQuoteSpans(doc));
    expect(resolved.map((r) => r.attribution)).toEqual([null]);
  });

  it("still credits a term when the attribution closes the sentence", () => {
    const text = `The two sides held "constructive and friendly" talks on Monday, Ana Holm said.`;
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ana Holm"]);
  });
});

describe("quotes: wire attribution verbs", () => {
  it("reads 'commented' as a speech verb on either side of the quote", () => {
    expect(quotes(`"The offer stands," Tomas Brell commented.`).map((q) => q.speaker)).toEqual(["Tomas Brell"]);
    expect(quotes(`Ana Holm commented on the talks, "We are not there yet."`).map((q) => q.speaker)).toEqual(["Ana Holm"]);
  });

  it("does not read the noun 'comments' as a speaker's verb", () => {
    const text = `Ana Holm said the talks had failed.\n\nSadly comments like "a waste of time" do not help, the paper wrote.`;
    expect(quotes(text).map((q) => q.speaker)).not.toContain("Sadly");
  });
});
