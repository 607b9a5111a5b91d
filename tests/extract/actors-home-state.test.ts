import { describe, expect, it } from "vitest";
import { analyse, stages } from "../../src/extract/pipeline.js";
import type { SourceDocument } from "../../src/ingest/types.js";
import { source } from "../helpers.js";
import { named } from "./actors-fixture.js";

// Fictional wire copy: invented ministers of real states, so that the dateline and headline mean something.
const upToActors = stages.filter((s) => s.name === "tokens" || s.name === "actors");
const actorsWith = (text: string, meta: Partial<SourceDocument>) => analyse(source(text, meta), upToActors).actors;
const sideOf = (text: string, name: string, meta: Partial<SourceDocument>) => named(actorsWith(text, meta), name).affiliation;

const minister = "Finance Minister Harold Venn said the talks with creditor banks would resume next week.";

describe("actors: a government title takes the one state the story is about", () => {
  it("reads the state from a dateline that is its capital", () => {
    expect(sideOf(minister, "Harold Venn", { dateline: "OTTAWA" })).toBe("Canada");
  });

  it("reads the office before its complement", () => {
    const text = "The deal will close soon, said Ana Ruiz, undersecretary for external debt in the economy ministry.";
    expect(sideOf(text, "Ana Ruiz", { dateline: "OTTAWA" })).toBe("Canada");
    const dean = "The deal will close soon, said Ana Ruiz, chancellor of the university.";
    expect(sideOf(dean, "Ana Ruiz", { dateline: "OTTAWA" })).toBeNull();
  });

  it("reads the state from a headline that names only it", () => {
    expect(sideOf(minister, "Harold Venn", { title: "CANADA SEES QUICK DEAL WITH BANKS" })).toBe("Canada");
    expect(sideOf(minister, "Harold Venn", { title: "Canada seeks new debt terms" })).toBe("Canada");
  });

  it("gives unnamed holders of the state's offices the state too", () => {
    const text = "The talks will resume next week, a government spokesman said.";
    expect(actorsWith(text, { dateline: "OTTAWA" }).find((a) => a.type === "unnamed")?.affiliation).toBe("Canada");
    expect(actorsWith(text, { dateline: "GENEVA" }).find((a) => a.type === "unnamed")?.affiliation ?? null).toBeNull();
  });

  it("gives no state from a headline that names one only by a demonym", () => {
    const text = "Government sources said the talks would resume next week.";
    expect(actorsWith(text, { title: "Canadian skier on hunger strike" }).some((a) => a.affiliation === "Canada")).toBe(false);
    expect(sideOf(minister, "Harold Venn", { title: "Canadian banks resist package" })).toBeNull();
  });

  it("gives no state for a host city that is no capital, or a headline naming two states", () => {
    expect(sideOf(minister, "Harold Venn", { dateline: "GENEVA" })).toBeNull();
    expect(sideOf(minister, "Harold Venn", { title: "CANADA AND MEXICO RESUME DEBT TALKS" })).toBeNull();
    expect(sideOf(minister, "Harold Venn", { dateline: "OTTAWA", title: "MEXICAN BANKS RESIST PACKAGE" })).toBeNull();
  });

  it("gives no state when the sentence introducing the minister names another state", () => {
    const text = "Finance Minister Ramon Ortiz told Mexican reporters the talks would resume next week.";
    expect(sideOf(text, "Ramon Ortiz", { dateline: "OTTAWA" })).toBeNull();
  });

  it("still gives the state when the other state is only where something happens", () => {
    const text = "Finance Minister Harold Venn said the talks would resume during a visit to Mexico next week.";
    expect(sideOf(text, "Harold Venn", { dateline: "OTTAWA" })).toBe("Canada");
  });

  it("keeps the side the text gives, and gives none to titles of other bodies", () => {
    const text = "Mexican Finance Minister Ramon Ortiz said the talks would resume. General secretary Ann Dole of the dockers said they would strike.";
    const actors = actorsWith(text, { dateline: "OTTAWA" });
    expect(named(actors, "Ramon Ortiz").affiliation).toBe("Mexico");
    expect(named(actors, "Ann Dole").affiliation).not.toBe("Canada");
    const club = "The club secretary, Paul Wrenn, said the board would meet next week.";
    expect(sideOf(club, "Paul Wrenn", { dateline: "OTTAWA" })).not.toBe("Canada");
  });
});

describe("actors: a state's own institution takes the one state the story is about", () => {
  const bank = "The Reserve Bank said it would keep rates on hold. Reserve Bank governor Maria Koenen said the talks with creditors were going well.";

  it("gives the body and the staff the text ties to it the state", () => {
    const actors = actorsWith(bank, { dateline: "PRETORIA" });
    expect(named(actors, "Reserve Bank").affiliation).toBe("South Africa");
    expect(named(actors, "Maria Koenen").affiliation).toBe("South Africa");
    expect(sideOf("The Agriculture Department said the offer stood.", "Agriculture Department", { dateline: "OTTAWA" })).toBe("Canada");
  });

  it("leaves the body its own name without a story state, or when another owns it", () => {
    expect(named(actorsWith(bank, { dateline: "GENEVA" }), "Maria Koenen").affiliation).toBe("Reserve Bank");
    const owned = "Anna Brell, director of the Fund's European Department, said the talks went well.";
    expect(actorsWith(owned, { dateline: "OTTAWA" }).some((a) => a.affiliation === "Canada")).toBe(false);
  });
});

describe("actors: a state organ named after a leader", () => {
  it("speaks for the leader's state when the text gives the leader one", () => {
    const text = "Canadian Prime Minister Oskar Brandt flew home. Officials of the Brandt Administration said the talks would resume.";
    expect(named(actorsWith(text, {}), "Brandt Administration").affiliation).toBe("Canada");
  });

  it("speaks for no state when the leader has none", () => {
    const text = "Oskar Brandt flew home. Officials of the Brandt Administration said the talks would resume.";
    expect(named(actorsWith(text, {}), "Brandt Administration").affiliation).toBeNull();
  });
});

describe("actors: the list of well-known people is only a fallback", () => {
  it("keeps the side the article gives over the list's", () => {
    // the list knows a Jacques Chirac of France; this text gives him a union
    const text = "Jacques Chirac of the Harbour Workers Union said the strike would go on.";
    expect(named(actorsWith(text, {}), "Jacques Chirac").affiliation).toBe("Harbour Workers Union");
  });

  it("fills a side the article leaves empty", () => {
    expect(named(actorsWith("Jacques Chirac said the talks would go on.", {}), "Jacques Chirac").affiliation).toBe("France");
  });
});
