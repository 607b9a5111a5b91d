import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/ingest/types.js";
import {
  activeProfile, DomainSchema, genericProfile, loadProfile, parseProfile, shippedProfiles, useProfile,
} from "../../src/kb/profile.js";
import { extract } from "../../src/extract/pipeline.js";
import { source } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "parley-profile-"));
function profileFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

/** The one-line reason a bad profile file is rejected with. */
function rejection(path: string): string {
  try {
    loadProfile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.file).toBe(path);
    expect(e.message).not.toContain("\n");
    return e.reason;
  }
  throw new Error("profile was accepted");
}

const MINIMAL = { name: "water talks", issues: [{ label: "river_access", keywords: ["river"] }] };

describe("negotiation profiles", () => {
  afterEach(() => {
    useProfile();
  });

  it("ships a valid generic profile with the ceasefire and exchange issues", () => {
    const labels = genericProfile().issues.map((i) => i.label);
    for (const label of [
      "ceasefire_duration", "ceasefire_permanence", "withdrawal", "hostages_release", "prisoner_exchange", "humanitarian_aid",
      "return_of_displaced", "governance", "statehood", "elections", "security_guarantees",
    ]) {
      expect(labels).toContain(label);
    }
    for (const issue of genericProfile().issues) expect(issue.keywords.length).toBeGreaterThan(0);
  });

  it("ships a profile for each kind of negotiation, each with its party kinds, vocabulary and event domains", () => {
    const shipped = shippedProfiles();
    const names = shipped.map((p) => p.name);
    for (const name of ["ceasefire-exchange", "labour-contract", "trade-accession", "commodity-accord", "sovereign-debt", "coalition"]) {
      expect(names).toContain(name);
    }
    for (const profile of shipped) {
      expect(profile.issues.length, profile.name).toBeGreaterThan(2);
      expect(profile.partyKinds.length, profile.name).toBeGreaterThan(1);
      expect(profile.terms.length, profile.name).toBeGreaterThan(10);
      expect(profile.domains?.length, profile.name).toBeGreaterThan(0);
      for (const domain of profile.domains ?? []) expect(DomainSchema.options).toContain(domain);
    }
  });

  it("takes a shipped profile by name, a file by path, and refuses a name that is neither", () => {
    expect(useProfile("labour-contract").name).toBe("labour-contract");
    expect(activeProfile().issues.map((i) => i.label)).toContain("wages");
    expect(useProfile(profileFile("given.json", MINIMAL)).name).toBe("water talks");
    expect(() => useProfile(join(dir, "no-such-profile"))).toThrow(/no such profile file/);
  });

  it("refuses an event domain outside the fixed list", () => {
    expect(rejection(profileFile("domain.json", { ...MINIMAL, domains: ["sports"] }))).toMatch(/^bad profile: domains\.0/);
  });

  it("loads parties and mediators with their aliases", () => {
    const path = profileFile("kestria.json", {
      ...MINIMAL,
      parties: [{ name: "Republic of Kestria", aliases: ["Kestria"], type: "state" }, { name: "Freedom Front" }],
      mediators: [{ name: "Valdonia", aliases: ["Valdonian government"] }],
    });
    const profile = loadProfile(path);
    expect(profile.parties.map((p) => [p.name, p.aliases])).toEqual([["Republic of Kestria", ["Kestria"]], ["Freedom Front", []]]);
    expect(profile.mediators[0]!.aliases).toEqual(["Valdonian government"]);
  });

  it("rejects a bad profile with one line naming the file and the fault", () => {
    expect(rejection(profileFile("no-issues.json", { name: "x", issues: [] }))).toMatch(/^bad profile: issues: /);
    expect(rejection(profileFile("label.json", { name: "x", issues: [{ label: "Bad Label", keywords: ["a"] }] }))).toMatch(/issues\.0\.label/);
    expect(rejection(profileFile("typo.json", { ...MINIMAL, partys: [] }))).toMatch(/partys/);
    expect(rejection(profileFile("twice.json", { name: "x", issues: [MINIMAL.issues[0], MINIMAL.issues[0]] }))).toMatch(/duplicate issue label 'river_access'/);
    expect(rejection(profileFile("broken.json", "{ name: "))).toMatch(/^profile is not valid JSON/);
    expect(rejection(join(dir, "missing.json"))).toBe("no such profile file");
  });

  it("reports validation of parsed JSON against the given file name", () => {
    expect(() => parseProfile({ name: "" , issues: [] }, "inline.json")).toThrow(/^inline\.json: bad profile: name/);
  });

  it("extends a shipped profile: its issues and parties, with the negotiation's own added", () => {
    const profile = loadProfile(profileFile("lindhaven.json", {
      name: "Lindhaven talks", extends: "ceasefire-exchange",
      parties: [{ name: "Amber Front", aliases: ["AF"], type: "group" }],
      issues: [{ label: "port_access", keywords: ["port"] }],
    }));
    expect(profile.issues.map((i) => i.label)).toEqual([...genericProfile().issues.map((i) => i.label), "port_access"]);
    expect(profile.parties.map((p) => p.name)).toEqual(["Amber Front"]);
    expect(rejection(profileFile("nowhere.json", { name: "x", extends: "no-such-profile" }))).toMatch(/^extends: no profile 'no-such-profile' in /);
  });

  it("makes the parties and mediators of the chosen profile known to the actors stage by every name", () => {
    const text = "TARNOV, May 2 (Wire) - The AF said on Monday that Ostravia had broken the truce.";
    const names = () => extract(source(text)).actors.map((a) => [a.name, a.type]);
    expect(names()).not.toContainEqual(["Amber Front", "group"]);
    useProfile(profileFile("amber.json", {
      name: "Amber talks", extends: "ceasefire-exchange",
      parties: [{ name: "Amber Front", aliases: ["AF"], type: "group" }, { name: "Ostravia", type: "state" }],
    }));
    expect(names()).toEqual(expect.arrayContaining([["Amber Front", "group"], ["Ostravia", "state"]]));
  });

  it("uses the generic profile unless a file is chosen", () => {
    expect(activeProfile().name).toBe("ceasefire-exchange");
    useProfile(profileFile("chosen.json", MINIMAL));
    expect(activeProfile().name).toBe("water talks");
    useProfile();
    expect(activeProfile().name).toBe("ceasefire-exchange");
  });
});
