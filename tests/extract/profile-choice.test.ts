import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";
import { chooseProfile, profileScores } from "../../src/extract/profile/index.js";
import {
  activeProfile, GENERIC_PROFILE, genericProfile, shippedProfile, useProfile, withProfile,
} from "../../src/kb/profile.js";
import { source } from "../helpers.js";
import { STORIES, UNRELATED } from "./profile-fixture.js";

describe("choosing a negotiation profile for an article (--profile auto)", () => {
  afterEach(() => {
    useProfile();
  });

  it.each(Object.entries(STORIES))("reads a %s story with that profile, and says why", (kind, text) => {
    const { profile, choice } = chooseProfile(text);
    expect(profile.name).toBe(kind);
    expect(choice).toMatchObject({ name: kind, chosenBy: "auto" });
    expect(choice.score).toBeGreaterThan(0);
    expect(choice.cues.length).toBeGreaterThan(1);
    for (const cue of choice.cues) expect(text.toLowerCase()).toContain(cue.replace(/\*$/, "").toLowerCase());
  });

  it("falls back to the generic profile when no kind of negotiation stands out", () => {
    const { profile, choice } = chooseProfile(UNRELATED);
    expect(profile.name).toBe(GENERIC_PROFILE);
    expect(choice.chosenBy).toBe("fallback");
    // nothing says which event vocabularies apply: all of them, unlike a chosen profile
    expect(profile.domains).toBeUndefined();
    expect(profile.issues).toEqual(genericProfile().issues);
    expect(chooseProfile(STORIES["labour-contract"]).profile.domains).toContain("labour");
  });

  it("gives the same answer every time, scores ordered best first", () => {
    const text = STORIES["sovereign-debt"];
    const first = profileScores(text).map((s) => [s.profile.name, s.score]);
    expect(profileScores(text).map((s) => [s.profile.name, s.score])).toEqual(first);
    const scores = first.map(([, score]) => score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("counts a word repeated many times less than many different words of a kind", () => {
    const repeated = "The strike went on. ".repeat(12);
    const varied = "The strike went on; the union rejected the pay offer and a walkout over pensions and job cuts followed.";
    const score = (text: string) => profileScores(text).find((s) => s.profile.name === "labour-contract")!.score;
    expect(score(varied)).toBeGreaterThan(score(repeated));
  });

  it("does not count a term inside a phrase that means something else ('air strikes' are no labour dispute)", () => {
    const labour = (text: string) => profileScores(text).find((s) => s.profile.name === "labour-contract")!.score;
    expect(labour("Air strikes hit the port again overnight; a hunger strike entered its tenth day.")).toBe(0);
    expect(labour("Dockers went on strike overnight.")).toBeGreaterThan(0);
  });

  it("carries the choice into the record and labels positions with the chosen profile's issues", () => {
    const record = extract(source(STORIES["labour-contract"]));
    expect(record.document.profile).toMatchObject({ name: "labour-contract", chosenBy: "auto" });
    const issues = record.positions.map((p) => p.issue);
    expect(issues).toContain("wages");
  });

  it("uses a given profile for every article and says it was given", () => {
    useProfile("sovereign-debt");
    const record = extract(source(STORIES["labour-contract"]));
    expect(record.document.profile).toEqual({ name: "sovereign-debt", chosenBy: "given", score: null, cues: [] });
    expect(record.positions.length).toBeGreaterThan(0);
    expect(record.positions.map((p) => p.issue)).not.toContain("wages");
  });

  it("gives stages without a Doc the document's profile while it is extracted, the generic one otherwise", () => {
    const labour = shippedProfile("labour-contract")!;
    expect(activeProfile().name).toBe(GENERIC_PROFILE);
    expect(withProfile(labour, () => activeProfile().name)).toBe("labour-contract");
    expect(activeProfile().name).toBe(GENERIC_PROFILE);
    const dir = mkdtempSync(join(tmpdir(), "parley-profile-choice-"));
    const file = join(dir, "port.json");
    writeFileSync(file, JSON.stringify({ name: "port talks", extends: "labour-contract", issues: [] }));
    useProfile(file);
    expect(activeProfile().name).toBe("port talks");
    expect(withProfile(labour, () => activeProfile().name)).toBe("labour-contract");
    expect(activeProfile().name).toBe("port talks");
  });
});
