import { describe, expect, it } from "vitest";
import { actorsOf, named } from "./actors-fixture.js";

describe("actors: titles before a name", () => {
  it.each([
    ["Talks were led by CIA Director William Burns on Monday.", "William Burns", "CIA Director", "United States"],
    ["Defense Secretary Lloyd Austin arrived later.", "Lloyd Austin", "Defense Secretary", null],
    ["He met U.S. Middle East envoy Brett McGurk in Cairo.", "Brett McGurk", "U.S. Middle East envoy", "United States"],
    ["The cabinet heard from Shin Bet director Ronen Bar.", "Ronen Bar", "Shin Bet director", "Israel"],
    ["Egyptian Foreign Minister Sameh Darwish joined them.", "Sameh Darwish", "Egyptian Foreign Minister", "Egypt"],
  ])("%s", (text, name, role, side) => {
    const actor = named(actorsOf(text), name);
    expect(actor.type).toBe("person");
    expect(actor.roles).toContain(role);
    if (side) expect(actor.affiliation).toBe(side);
  });

  it("reads a title set off by commas after the name", () => {
    const actor = named(actorsOf("John Kirby, the White House national security spokesman, spoke on Sunday."), "John Kirby");
    expect(actor.roles).toContain("White House national security spokesman");
    expect(actor.affiliation).toBe("United States");
  });

  it("finds people and sides it has never seen, through titles and demonyms", () => {
    const actors = actorsOf("Marovian Foreign Minister Ilse Varga met Tesk Front commander Dovan Rusk in Marovia.");
    expect(named(actors, "Ilse Varga").affiliation).toBe("Marovia");
    const rusk = named(actors, "Dovan Rusk");
    expect(rusk.roles[0]).toContain("commander");
    expect(rusk.affiliation).toBe("Tesk Front");
    expect(named(actors, "Tesk Front").type).toBe("group");
  });

  it("reads a name that runs on past a known one as another organisation", () => {
    const actors = actorsOf("The Marovian Red Cross Society said 40 people were freed. The International Committee of the Red Cross said it visited them.");
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Marovian Red Cross Society", "International Committee of the Red Cross"]));
    expect(actors.map((a) => a.name)).not.toContain("International Committee");
    expect(named(actorsOf("President Abbas of the Palestinian Authority spoke."), "Abbas").type).toBe("person");
  });

  it("learns the acronym of an organisation the text introduces", () => {
    const actors = actorsOf("The Southern Unity Movement (SUM) sent a team. SUM spokesman Ade Kole said little.");
    expect(named(actors, "Ade Kole").affiliation).toBe("Southern Unity Movement");
  });
});

describe("actors: office-holders without a name", () => {
  it.each([
    ["Burns met Qatar's prime minister on Sunday.", "Qatar's prime minister", "Qatar"],
    ["He also saw the head of Egyptian intelligence.", "head of Egyptian intelligence", "Egypt"],
    ["A senior U.N. official described the talks as tense.", "senior U.N. official", "United Nations"],
    ["Burns met the head of Israel's Mossad intelligence service.", "head of Israel's Mossad intelligence service", "Israel"],
  ])("%s", (text, name, side) => {
    const actor = named(actorsOf(text), name);
    expect(actor.type).toBe("unnamed");
    expect(actor.affiliation).toBe(side);
  });

  it("makes troops and soldiers of a state its actors, but not the 'Forces' of a known name", () => {
    const actors = actorsOf("Israeli troops shot dead two men. The Rapid Support Forces attacked El Fasher.");
    expect(named(actors, "Israeli troops")).toMatchObject({ type: "unnamed", affiliation: "Israel" });
    expect(actors.filter((a) => a.name.includes("Rapid Support Forces")).map((a) => a.type)).toEqual(["group"]);
  });

  it("does not make an unnamed actor of a title that precedes a name", () => {
    const actors = actorsOf("Qatar's prime minister Mohammed Saleh spoke first.");
    expect(actors.filter((a) => a.type === "unnamed")).toEqual([]);
    expect(named(actors, "Mohammed Saleh").affiliation).toBe("Qatar");
  });
});

describe("actors: aliases within a document", () => {
  it("merges full name, nickname, surname and possessive", () => {
    const actors = actorsOf("Antony Blinken landed in Doha. Tony Blinken, as friends call him, was tired. Blinken's aides said little. Blinken left.");
    const blinken = named(actors, "Antony Blinken");
    expect(blinken.aliases.sort()).toEqual(["Blinken", "Tony Blinken"]);
    expect(blinken.mentions).toHaveLength(4);
    expect(actors.filter((a) => a.type === "person")).toHaveLength(1);
  });

  it("maps people demonyms to their state", () => {
    const actors = actorsOf("Kirby said there were good discussions with the Qataris and the Egyptians.");
    expect(named(actors, "Qataris").name).toBe("Qatar");
    expect(named(actors, "Egyptians").type).toBe("state");
  });

  it("reads a capital as its government when it acts, and as a place after a preposition", () => {
    const actors = actorsOf("Washington rejected the plan. Later, Netanyahu flew to Washington.");
    const us = named(actors, "United States");
    expect(us.mentions).toHaveLength(1);
    expect(actors.find((a) => a.type === "place")?.name).toBe("Washington");
  });

  it("never merges two people who share a surname", () => {
    const actors = actorsOf("Foreign Minister Lidia Marek met rebel commander Jozef Marek on Monday. Both men and women attended.");
    const people = actors.filter((a) => a.type === "person");
    expect(people.map((p) => p.name).sort()).toEqual(["Jozef Marek", "Lidia Marek"]);
  });

  it("leaves a bare shared surname unresolved when both people were just named", () => {
    const actors = actorsOf("Foreign Minister Lidia Marek met rebel commander Jozef Marek. Marek smiled.");
    const lidia = named(actors, "Lidia Marek");
    const jozef = named(actors, "Jozef Marek");
    expect(lidia.mentions.length + jozef.mentions.length).toBe(2);
  });

  it("gives a bare shared surname to the only one named in the last sentences", () => {
    const text = "Foreign Minister Lidia Marek spoke first. The talks went on for hours. Rebel commander Jozef Marek arrived late. Marek said nothing.";
    const actors = actorsOf(text);
    expect(named(actors, "Jozef Marek").mentions).toHaveLength(2);
    expect(named(actors, "Lidia Marek").mentions).toHaveLength(1);
  });
});

describe("actors: a bare shared surname refers to someone already introduced", () => {
  it("gives the surname to the only one named so far, even if the other comes later", () => {
    const text = "Foreign Minister Lidia Marek signed first. The talks lasted hours. Guests arrived. Marek said the deal would hold. Later, commander Jozef Marek spoke.";
    const actors = actorsOf(text);
    expect(named(actors, "Lidia Marek").mentions).toHaveLength(2);
    expect(named(actors, "Jozef Marek").mentions).toHaveLength(1);
  });
});
