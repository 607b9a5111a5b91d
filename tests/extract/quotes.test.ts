import { describe, expect, it } from "vitest";
import { stages, analyse } from "../../src/extract/pipeline.js";
import { source } from "../helpers.js";

const upToQuotes = stages.filter((s) => ["tokens", "clauses", "actors", "quotes"].includes(s.name));

/** Each quote as "speaker name: text" (speaker "?" when unknown), in order. */
function quotesOf(text: string): { said: string; text: string; fragment: boolean; attribution: string | null }[] {
  const doc = analyse(source(text), upToQuotes);
  return doc.quotes.map((q) => ({
    said: doc.actor(q.speaker)?.name ?? "?",
    text: q.text,
    fragment: q.fragment,
    attribution: q.attribution ? doc.slice(q.attribution) : null,
  }));
}

describe("quotes: marks", () => {
  it("reads straight and curly marks and keeps the exact span", () => {
    const text = `"We are close," Kirby said.\n\n\u201CWe are closer,\u201D Kirby said.`;
    const doc = analyse(source(text), upToQuotes);
    expect(doc.quotes.map((q) => q.text)).toEqual(["We are close,", "We are closer,"]);
    for (const q of doc.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("pairs a mismatched opening single mark with a closing double mark, and ignores apostrophes", () => {
    const quotes = quotesOf("\u2018We\u2019re working with the Qataris\u2019 team to prevent an escalation,\u201D Kirby said.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe("We\u2019re working with the Qataris\u2019 team to prevent an escalation,");
  });

  it("keeps a quote of several sentences whole", () => {
    const quotes = quotesOf(`"We made progress. The gaps are real. We will be back," Blinken said.`);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.said).toBe("Blinken");
  });

  it("marks scare quotes and short fragments", () => {
    const quotes = quotesOf(`Officials opened a so-called "humanitarian corridor" on Friday.`);
    expect(quotes[0]).toMatchObject({ text: "humanitarian corridor", fragment: true, said: "?" });
  });
});

describe("quotes: attribution", () => {
  it.each([
    [`"The talks were useful," Secretary of State Antony Blinken said.`, "Antony Blinken", "Secretary of State Antony Blinken said"],
    [`"The talks were useful," Kirby told reporters.`, "Kirby", "Kirby told"],
    [`"The talks were useful," Kirby added.`, "Kirby", "Kirby added"],
    [`"The talks were useful," Kirby continued.`, "Kirby", "Kirby continued"],
    [`"The talks were useful," Kirby said in a statement.`, "Kirby", "Kirby said"],
    [`"The talks were useful," White House national security spokesman John Kirby said on CNN.`, "John Kirby", "White House national security spokesman John Kirby said"],
    [`"The talks were useful," said John Kirby, the White House spokesman.`, "John Kirby", "said John Kirby"],
  ])("after the quote: %s", (text, speaker, attribution) => {
    expect(quotesOf(text)[0]).toMatchObject({ said: speaker, attribution });
  });

  it("reads an attribution before the quote", () => {
    const quotes = quotesOf(`Blinken said on Tuesday at a press conference that "the negotiations have now reached a final stage."`);
    expect(quotes[0]).toMatchObject({ said: "Blinken", fragment: false });
  });

  it("reads an attribution with a colon", () => {
    expect(quotesOf(`Kirby told reporters: "We are not there yet."`)[0]!.said).toBe("Kirby");
  });

  it("skips an interrupting clause between the speaker and the verb", () => {
    const text = `Lidia Marek, who is not related to the rebel commander, said: "We came in good faith."`;
    expect(quotesOf(text)[0]!.said).toBe("Lidia Marek");
  });

  it("does not read the object of a speech verb as its subject", () => {
    const text = `Analyst Mara Holm said the first day had gone "better than anyone had a right to expect."`;
    expect(quotesOf(text)[0]!.said).toBe("Mara Holm");
  });
});

describe("quotes: speakers", () => {
  it("resolves he/she to the most recent compatible person", () => {
    const text = `Foreign Minister Lidia Marek met commander Jozef Marek.\n\n"We came to bring every detainee home," she said.`;
    expect(quotesOf(text)[0]!.said).toBe("Lidia Marek");
  });

  it("resolves a pronoun to the previous speaker, not to a name quoted by someone else", () => {
    const text = `John Kirby spoke on CNN. "Biden wants a deal," Kirby said.\n\n"We are not over the finish line," he said.`;
    expect(quotesOf(text).map((q) => q.said)).toEqual(["John Kirby", "John Kirby"]);
  });

  it("makes an unnamed speaker of an official, and refers back to the same official", () => {
    const text = `"The gaps are narrowing," a senior Egyptian official said.\n\n"Both sides are tired," the official said.`;
    const quotes = quotesOf(text);
    expect(quotes[0]!.said).toBe("senior Egyptian official");
    expect(quotes[1]!.said).toBe("senior Egyptian official");
  });

  it("makes an organisation speaker of an office", () => {
    const text = `"The proposal is unacceptable," the prime minister's office said.`;
    expect(quotesOf(text)[0]!.said).toBe("prime minister's office");
  });

  it("carries the speaker to a quote continued in the next paragraph without attribution", () => {
    const text = `"We think there is a framework," Kirby said on CNN.\n\n"That could really make a difference in getting more aid in."`;
    expect(quotesOf(text).map((q) => q.said)).toEqual(["Kirby", "Kirby"]);
  });

  it("carries the speaker over a quote that runs on into the next paragraph", () => {
    const text = `Dessel said: "The first phase is the easy one.\n\n"The second phase is where deals break."\n\nThe talks resume Monday.`;
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.said)).toEqual(["Dessel", "Dessel"]);
  });

  it("carries the speaker to a second quote in the same paragraph", () => {
    const text = `"We're not over the finish line," he said. "But we feel pretty good."`;
    const doc = analyse(source(`John Kirby spoke on CNN.\n\n${text}`), upToQuotes);
    expect(doc.quotes.map((q) => doc.actor(q.speaker)?.name)).toEqual(["John Kirby", "John Kirby"]);
  });

  it("leaves the speaker unknown rather than guess", () => {
    expect(quotesOf(`"Nobody knows what happens next."`)[0]!.said).toBe("?");
  });
});

describe("quotes: institutions and transcripts", () => {
  it("reads 'it said' as the office that spoke last", () => {
    const text = `President Ana Voss's office said she had approved the text. "The president backs the agreement," it said.`;
    expect(quotesOf(text)[0]!.said).toBe("President Ana Voss's office");
  });

  it("reads 'the statement said' as whoever issued the statement", () => {
    const text = `The rebel chairman, Emil Tarasz, endorsed the plan in a written statement. "The movement stands united," the statement said.`;
    expect(quotesOf(text)[0]!.said).toBe("Emil Tarasz");
  });

  it("reads 'the Front' as the front the text named", () => {
    const text = `The Northern Liberation Front denied involvement. In a statement, the Front said it "condemns without reservation any attack on civilians."`;
    expect(quotesOf(text)[0]!.said).toBe("Northern Liberation Front");
  });

  it("makes each labelled statement of a transcript a quote of its speaker, not the questions", () => {
    const text = "MODERATOR: Good morning.\n\nMR. ADLER: There are significant gaps between the parties.\n\nQ Are the talks at risk?\n\nMR. ADLER: Both delegations assured me they will continue.";
    const turns = [
      { label: "MODERATOR", at: 0 },
      { label: "MR. ADLER", at: text.indexOf("MR. ADLER") },
      { label: "Q", at: text.indexOf("Q Are") },
      { label: "MR. ADLER", at: text.lastIndexOf("MR. ADLER") },
    ].map((t, i, all) => {
      const bodyStart = t.at + t.label.length + (t.label === "Q" ? 1 : 2);
      const next = all[i + 1]?.at ?? text.length;
      return { label: t.label, labelSpan: { start: t.at, end: t.at + t.label.length }, body: { start: bodyStart, end: text.slice(0, next).trimEnd().length } };
    });
    const doc = analyse(source(`${text}`, { format: "transcript", turns }), upToQuotes);
    const said = doc.quotes.map((q) => [doc.actor(q.speaker)?.name, q.text]);
    expect(said).toEqual([
      ["Adler", "There are significant gaps between the parties."],
      ["Adler", "Both delegations assured me they will continue."],
    ]);
  });
});

describe("quotes: pronouns follow the last speaker", () => {
  it("prefers the person who last spoke over a name mentioned in passing", () => {
    const text = `Andriy Yermak, the head of Zelenskyy's office, wrote on Telegram that the swap would go ahead. “This is an important step,” he wrote.`;
    expect(quotesOf(text)[0]!.said).toBe("Andriy Yermak");
  });

  it("takes a known name after an honorific as the same person", () => {
    const text = `Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke first. "We are closer," Sheikh Mohammed said.`;
    expect(quotesOf(text)[0]!.said).toBe("Sheikh Mohammed bin Abdulrahman Al Thani");
  });
});
