import { describe, expect, it } from "vitest";
import { loadFixture } from "./fixtures.js";

describe("HTML pages", () => {
  const page = loadFixture("html/article.html");

  it("reads title, date, authors and outlet from JSON-LD before the meta tags", () => {
    expect(page.format).toBe("html");
    expect(page.title).toBe("Varnia & Ostrel agree to resume truce talks");
    expect(page.date).toBe("2023-05-14");
    expect(page.authors).toEqual(["Jane Roe", "John Doe"]);
    expect(page.outlet).toBe("Example Wire");
    expect(page.url).toBe("https://example.org/world/varnia-ostrel-talks");
  });

  it("keeps the main text only, one paragraph per line with blank lines between", () => {
    const paragraphs = page.text.split("\n\n");
    expect(paragraphs).toEqual([
      "Negotiators from Varnia and Ostrel agreed on Sunday to resume talks on a truce along their disputed border, the Swiss foreign ministry said, ending a pause of almost three months.",
      "“We are ready to sit down again,” Varnian envoy Mira Castell told reporters outside the hotel, adding that a first session could be held “within days”.",
      "Ostrel's delegation, led by deputy minister Tomas Reyne, did not comment on the timing but confirmed that 40 prisoners would be exchanged before the next round & that observers would be allowed in.",
      "The first round ended in February without a deal.",
      "A second round was cancelled in March.",
      "The talks are mediated by Switzerland and the regional security organisation, which has monitored the ceasefire line since 2019.",
    ]);
  });

  it("cuts the dateline from the first paragraph and drops navigation, captions, debris and the repeated headline", () => {
    expect(page.dateline).toBe("GENEVA");
    for (const gone of ["Home", "Photo:", "Advertisement", "©", "GENEVA", "agree to resume truce talks"]) {
      expect(page.text).not.toContain(gone);
    }
    expect(page.text).not.toMatch(/&(?:amp|ldquo|#39);/);
  });

  it("falls back to <meta> tags and the canonical link without JSON-LD; the site name outranks a dateline agency", () => {
    const plain = loadFixture("html/meta-only.htm");
    expect(plain).toMatchObject({
      format: "html",
      title: "Border crossing reopens after truce deal",
      date: "2023-05-20",
      authors: ["Ana Lind", "Piet Vos"],
      outlet: "Harbour Times",
      url: "https://harbour.example/border-crossing",
      dateline: "KESTREL",
    });
    expect(plain.text.startsWith("The main border crossing")).toBe(true);
    expect(plain.text).not.toContain("Share this article");
  });

  it("recognises a transcript inside a page", () => {
    const briefing = loadFixture("html/transcript.html");
    expect(briefing.format).toBe("transcript");
    expect(briefing.turns.map((turn) => turn.label)).toEqual([
      "MODERATOR", "SENIOR ADMINISTRATION OFFICIAL", "Q", "SENIOR ADMINISTRATION OFFICIAL",
    ]);
  });
});
