import { describe, expect, it } from "vitest";
import { issueOf, keywordPattern } from "../../src/extract/positions/issues.js";
import { KeywordIndex } from "../../src/extract/positions/keyword-index.js";
import { genericProfile, parseProfile } from "../../src/kb/profile.js";

const profile = parseProfile(
  {
    name: "test",
    issues: [
      { label: "truce", keywords: ["truce", "ceasefire"] },
      { label: "lasting_truce", keywords: ["permanent truce"] },
      { label: "pullback", keywords: ["withdraw*", "pull* ... out"] },
      { label: "votes", keywords: ["elections"] },
      { label: "captives", keywords: ["hostages", "~release"] },
      { label: "prisoners", keywords: ["prisoners"] },
    ],
  },
  "test.json",
);

describe("issue labels", () => {
  it("takes the keyword that starts earliest, the longer one at the same start", () => {
    expect(issueOf("discuss elections before a truce", profile)).toBe("votes");
    expect(issueOf("agree to a permanent truce", profile)).toBe("lasting_truce");
    expect(issueOf("a truce and elections", profile)).toBe("truce");
  });

  it("matches stems, gaps and whole words only", () => {
    expect(issueOf("a full withdrawal", profile)).toBe("pullback");
    expect(issueOf("pull troops out of the city", profile)).toBe("pullback");
    expect(issueOf("pulled out", profile)).toBe("pullback");
    expect(issueOf("a trucelike arrangement", profile)).toBeNull();
  });

  it("counts weak keywords only when nothing else matches", () => {
    expect(issueOf("the release of prisoners", profile)).toBe("prisoners");
    expect(issueOf("the release of the 40", profile)).toBe("captives");
  });

  it("treats typographic apostrophes as plain ones", () => {
    const p = parseProfile({ name: "t", issues: [{ label: "rights", keywords: ["people's rights"] }] }, "t.json");
    expect(issueOf("the people\u2019s rights", p)).toBe("rights");
  });

  it("compiles '*' at the start of a keyword", () => {
    expect(keywordPattern("*-week").test("a six-week pause")).toBe(true);
    expect(keywordPattern("*-week").test("a week")).toBe(false);
  });

  it("labels common phrases with the generic profile", () => {
    const g = genericProfile();
    expect(issueOf("a six-week truce", g)).toBe("ceasefire_duration");
    expect(issueOf("an end to the war", g)).toBe("ceasefire_permanence");
    expect(issueOf("the release of all hostages", g)).toBe("hostages_release");
    expect(issueOf("more aid trucks", g)).toBe("humanitarian_aid");
    expect(issueOf("a Palestinian state", g)).toBe("statehood");
    expect(issueOf("government forces leave the port city", g)).toBe("withdrawal");
  });
});

describe("keyword index", () => {
  // what the index offers must include every keyword whose pattern matches, or labels would be lost
  const keywords = ["truce", "withdraw*", "*-week", "pull* ... out", "people's rights", "u.n. monitors", "u.n."];
  const index = new KeywordIndex(keywords);
  const offered = (text: string) => index.candidates(text.toLowerCase()).map((k) => keywords[k]);

  it("offers a keyword by its whole word, its stem or its ending", () => {
    expect(offered("a truce now")).toContain("truce");
    expect(offered("the withdrawal of troops")).toContain("withdraw*");
    expect(offered("a six-week pause")).toContain("*-week");
    expect(offered("pulled the troops out")).toContain("pull* ... out");
  });

  it("leaves out keywords whose word is missing, and always offers those it cannot index", () => {
    expect(offered("a truce-like pause")).not.toContain("truce");
    expect(offered("a week")).not.toContain("*-week");
    expect(offered("talks")).toEqual(["u.n."]);
    expect(offered("the people's rights")).toContain("people's rights");
  });

  it("offers every keyword whose pattern matches", () => {
    const texts = ["a truce", "they withdrew", "a ten-week lull", "pull all troops out", "the people\u2019s rights", "U.N. monitors", "the U.N. said"];
    for (const text of texts) {
      const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
      const matching = keywords.filter((k) => keywordPattern(k).test(lower));
      expect(offered(lower)).toEqual(expect.arrayContaining(matching));
    }
  });
});
