import { describe, expect, it } from "vitest";
import { readTextMeta } from "../../src/ingest/plaintext-meta.js";
import { loadFixture } from "./fixtures.js";

const BODY = "Negotiators from Varnia and Ostrel met in Geneva on Sunday, the Swiss foreign ministry said.";
const read = (text: string) => readTextMeta(text, { guessHeadline: true });

describe("headline", () => {
  it("takes a short first line as the title and counts a repeated headline once", () => {
    const article = loadFixture("text/headline-byline.txt");
    expect(article.title).toBe("Truce talks resume in Geneva after three-month pause");
    expect(article.text.startsWith("Negotiators from Varnia")).toBe(true);
    expect(article.text).not.toContain("three-month pause");
  });

  it("keeps an ordinary first sentence as body text", () => {
    const article = loadFixture("text/first-sentence.txt");
    expect(article.title).toBeNull();
    expect(article.text.startsWith("Mediators from Switzerland said on Monday")).toBe(true);
  });

  it.each([
    ["a sentence closed by a quote", '"We are ready," the envoy said.'],
    ["a line ending with a colon", "The following was agreed:"],
    ["the only line", BODY],
  ])("does not take %s for a headline", (_, first) => {
    const { text, meta } = read(`${first}\n${BODY}`);
    expect(meta.title).toBeUndefined();
    expect(text.startsWith(first)).toBe(true);
  });

  it("drops a first line that repeats a title known from elsewhere, even when it would not pass for a headline", () => {
    const { text, meta } = readTextMeta(`Talks resume.\n${BODY}`, { knownTitle: "Talks resume.", guessHeadline: false });
    expect(text).toBe(BODY);
    expect(meta.title).toBe("Talks resume.");
  });
});

describe("byline and date lines", () => {
  it.each([
    ["date 2023-05-14 By Jane Roe and John Doe, Example News", { authors: ["Jane Roe", "John Doe"], outlet: "Example News", date: "2023-05-14" }],
    ["By Example News Staff", { authors: [], outlet: "Example News" }],
    ["By Jane Roe", { authors: ["Jane Roe"] }],
    ["By Jane Roe, Anna de la Cruz and Omar Haddad", { authors: ["Jane Roe", "Anna de la Cruz", "Omar Haddad"] }],
    ["By Jane Roe, Chief Diplomatic Correspondent, Example Times", { authors: ["Jane Roe"], outlet: "Example Times" }],
    ["Published May 14, 2023", { authors: [], date: "2023-05-14" }],
    ["Tuesday, October 15, 2019", { authors: [], date: "2019-10-15" }],
    ["By Jane Roe | Updated 14 May 2023", { authors: ["Jane Roe"] }],
    ["April 2, 2025, 2:30 p.m.", { authors: [], date: "2025-04-02" }],
    ["The Tarnov Observer", { authors: [], outlet: "The Tarnov Observer" }],
    ["Valdoria Today | May 13, 2025", { authors: [], outlet: "Valdoria Today", date: "2025-05-13" }],
  ])("reads %j and removes it", (line, expected) => {
    const { text, meta } = read(`Truce talks resume\n${line}\n\n${BODY}`);
    expect(text).toBe(BODY);
    expect(meta).toEqual({ title: "Truce talks resume", ...expected });
  });

  it.each([
    "By Tuesday, Hamas had not replied to the offer.",
    "By then the talks had collapsed",
    "Published reports said the talks had collapsed",
  ])("keeps the body sentence %j", (line) => {
    const { text, meta } = read(`Truce talks resume\n${line}\n${BODY}`);
    expect(text).toBe(`${line}\n${BODY}`);
    expect(meta.authors).toEqual([]);
    expect(meta.date).toBeUndefined();
  });

  it("reads several header lines in a row", () => {
    const { text, meta } = read(`Truce offered\nBy Clara Wend and Matteo Arkwright, Coastal Herald\nMarch 6, 2025\n\n${BODY}`);
    expect(text).toBe(BODY);
    expect(meta).toEqual({ title: "Truce offered", authors: ["Clara Wend", "Matteo Arkwright"], outlet: "Coastal Herald", date: "2025-03-06" });
  });

  it("takes a line for an outlet name only below a headline", () => {
    const { text, meta } = read(`By Jane Roe\nThe Tarnov Observer\n${BODY}`);
    expect(text).toBe(`The Tarnov Observer\n${BODY}`);
    expect(meta.outlet).toBeUndefined();
  });

  it("takes the headline below an upper-case kicker, which stays in the text", () => {
    const { text, meta } = read(`COASTAL STATES UNION\nPress Briefing on the Talks\nMarch 14, 2025\n\n${BODY}`);
    expect(meta).toEqual({ title: "Press Briefing on the Talks", date: "2025-03-14", authors: [] });
    expect(text).toBe(`COASTAL STATES UNION\n\n${BODY}`);
  });

  it("finds a byline below a short standfirst and keeps the standfirst", () => {
    const { text, meta } = read(`Truce talks resume\nBoth sides sent new negotiators\nBy Jane Roe\n${BODY}`);
    expect(meta.authors).toEqual(["Jane Roe"]);
    expect(text).toBe(`Both sides sent new negotiators\n${BODY}`);
  });
});

describe("datelines", () => {
  it.each([
    ["GENEVA\n", "GENEVA", undefined],
    ["WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"],
    ["KYIV (AP) — ", "KYIV", "AP"],
    ["CAIRO, May 3 (Reuters) - ", "CAIRO", "Reuters"],
    ["GAZA CITY, Gaza Strip — ", "GAZA CITY", undefined],
    ["SARN, Valdoria —\n\n", "SARN", undefined],
    ["CAIRO, May 3 (Reuters) -\n", "CAIRO", "Reuters"],
    ["Washington (CNN) — ", "Washington", "CNN"],
  ])("reads %j as the place and cuts it from the text", (prefix, place, agency) => {
    const { text, meta } = read(`${prefix}${BODY}`);
    expect(text).toBe(BODY);
    expect(meta.dateline).toBe(place);
    expect(meta.outlet).toBe(agency);
  });

  it("takes a lone upper-case line for a dateline only right above a paragraph", () => {
    const { text, meta } = read(`GENEVA\nTalks on the truce\n${BODY}`);
    expect(meta).toEqual({ title: "Talks on the truce", authors: [] });
    expect(text).toBe(`GENEVA\n${BODY}`);
  });

  it("lets a known outlet outrank the agency of the dateline", () => {
    const { meta } = read(`By Example News Staff\nWASHINGTON (Reuters) - ${BODY}`);
    expect(meta).toMatchObject({ dateline: "WASHINGTON", outlet: "Example News" });
  });

  it.each([
    "US - China talks resumed in Geneva on Sunday, diplomats said.",
    "UN envoy Mira Castell - who arrived on Sunday - met both sides.",
  ])("keeps %j whole", (line) => {
    const { text, meta } = read(line);
    expect(text).toBe(line);
    expect(meta.dateline).toBeUndefined();
  });

  it("only looks for a dateline at the start of the body", () => {
    const later = `${BODY}\nGENEVA (Reuters) - A second paragraph.`;
    expect(read(later)).toEqual({ text: later, meta: { authors: [] } });
  });
});

describe("trailing credits", () => {
  it("takes reporters and writers as authors, not editors, and removes the credit lines", () => {
    const article = loadFixture("text/wire-credits.txt");
    expect(article.authors).toEqual(["Ana Lind", "Piet Vos", "Omar Haddad", "Lena Brandt"]);
    expect(article.text).not.toMatch(/Reporting|Writing|Mark Stone/);
    expect(article.text.endsWith("Ostrel did not comment.")).toBe(true);
    expect(article).toMatchObject({ dateline: "CAIRO", outlet: "Reuters", date: "2023-05-03" });
  });

  it("reads a bracketed credit that closes the last paragraph", () => {
    const { text, meta } = read(`${BODY} (Reporting by Ana Lind; Editing by Mark Stone)`);
    expect(text).toBe(BODY);
    expect(meta.authors).toEqual(["Ana Lind"]);
  });

  it("keeps a closing sentence that merely contains 'by'", () => {
    const last = "The talks were hosted by Switzerland";
    expect(read(`${BODY}\n${last}`).text).toBe(`${BODY}\n${last}`);
  });

  it("adds credited authors after the byline authors, once each", () => {
    const { meta } = read(`By Jane Roe\n${BODY}\nAdditional reporting by Omar Haddad and Jane Roe`);
    expect(meta.authors).toEqual(["Jane Roe", "Omar Haddad"]);
  });
});

describe("scraping debris", () => {
  it("removes debris lines anywhere, whatever their case, and keeps sentences that contain the same words", () => {
    const sentence = "Advertisement campaigns were banned during the truce.";
    const { text } = read(`${BODY}\nADVERTISEMENT\n>\n${sentence}\nShare this article\n\nRead more\nThe talks continue.`);
    expect(text).toBe(`${BODY}\n${sentence}\n\nThe talks continue.`);
  });
});

describe("front matter", () => {
  it("reads '# KEY: value' header lines, drops them and the title line that repeats them", () => {
    const article = loadFixture("text/front-matter.txt");
    expect(article).toMatchObject({
      title: "Readout of the Varnia | Ostrel call",
      date: "2024-02-29",
      outlet: "Example Ministry",
      url: "https://example.org/varnia/readout",
    });
    expect(article.text).toBe("The two foreign ministers spoke today by telephone and agreed to extend the truce by thirty days.");
  });
});

describe("wire copy", () => {
  it("reads the upper-case headline, byline and dateline, drops the sign-off and keeps the wrapped body whole", () => {
    const article = loadFixture("text/wire-wrapped.txt");
    expect(article).toMatchObject({
      title: "VALDORIA, OSTREL AGREE TO RESUME FISHERIES TALKS <VFC>",
      authors: ["Jane Marlow"],
      dateline: "SARN",
      outlet: "Reuters",
    });
    expect(article.text.startsWith("    Valdoria and Ostrel agreed to resume talks\non fishing quotas")).toBe(true);
    expect(article.text.endsWith("decision to return to\nthe table.")).toBe(true);
    expect(article.text.match(/\n {4}\S/g)).toHaveLength(4);
  });

  it("reads a dated dateline in title case below a headline without a byline, and a sign-off in capitals", () => {
    const article = loadFixture("text/wire-no-byline.txt");
    expect(article).toMatchObject({ title: "TARNOV PORT UNION ACCEPTS WAGE OFFER", dateline: "New York", outlet: "Reuters", authors: [] });
    expect(article.text.startsWith("    The Tarnov Port Workers Union said its\n")).toBe(true);
    expect(article.text).not.toMatch(/REUTER|April 2/);
  });

  it.each([
    ["NEW YORK, March 31 - ", "NEW YORK"],
    ["GUANAJUATO, Mexico, June 1 - ", "GUANAJUATO"],
    ["BOCA RATON, Fla., March 3 - ", "BOCA RATON"],
    ["London, Oct 20 - ", "London"],
    ["    SARN, 3 March - ", "SARN"],
  ])("reads the dated dateline %j with a plain hyphen", (prefix, place) => {
    const { text, meta } = read(`${prefix}${BODY}`);
    expect(meta.dateline).toBe(place);
    expect(text.trimStart()).toBe(BODY);
  });

  it.each([
    "Paris, the French capital - where the talks began - was quiet.",
    "Valdoria, Ostrel and Tarnov - the three coastal states - met on Monday.",
  ])("keeps %j whole: no day of the month before the hyphen", (line) => {
    const { text, meta } = read(line);
    expect(text).toBe(line);
    expect(meta.dateline).toBeUndefined();
  });

  it.each([
    ["BY TED MARLOWE, REUTERS", ["Ted Marlowe"], "Reuters"],
    ["by Mira O'Dell, Reuters", ["Mira O'Dell"], "Reuters"],
    ["By ANNA DE-VRIES and PIET O'NEILL, AFP", ["Anna De-Vries", "Piet O'Neill"], "AFP"],
    ["By Jane Roe, Reuter", ["Jane Roe"], "Reuter"],
  ])("reads the byline %j", (byline, authors, outlet) => {
    const { meta } = read(`TRUCE TALKS RESUME\n    ${byline}\n    SARN, March 3 - ${BODY}`);
    expect(meta).toMatchObject({ title: "TRUCE TALKS RESUME", authors, outlet, dateline: "SARN" });
  });

  it("takes an upper-case line for a headline only above a byline or a datelined paragraph", () => {
    const headline = "TRUCE TALKS TO RESUME IN GENEVA NEXT WEEK";
    const { text, meta } = read(`${headline}\n${BODY}`);
    expect(meta.title).toBeUndefined();
    expect(text).toBe(`${headline}\n${BODY}`);
  });

  it("drops a sign-off only as the last line", () => {
    const { text, meta } = read(`${BODY}\nReuter\n${BODY}`);
    expect(text).toBe(`${BODY}\nReuter\n${BODY}`);
    expect(meta.outlet).toBeUndefined();
  });
});

describe("hard-wrapped text without a headline", () => {
  it("keeps a first line that runs on into the next one as body text", () => {
    const wrapped = "Delegates from the two river provinces agreed on Monday to share\nthe cost of rebuilding the Kessel weir, the mediator said.";
    const { text, meta } = read(wrapped);
    expect(meta.title).toBeUndefined();
    expect(text).toBe(wrapped);
  });
});
