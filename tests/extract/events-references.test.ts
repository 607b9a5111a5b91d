import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/doc/doc.js";
import { eventsOf, ofType, one } from "./events-fixture.js";

const names = (doc: Doc, ids: string[]) => ids.map((id) => doc.actor(id)?.name ?? id);

// Fictional mining, trade and truce talks between the cast of events-fixture.ts.
describe("who judges the talks", () => {
  it("gives a judgement with no speaker to the group its clause is about", () => {
    const { doc, events } = eventsOf("Cocoa producers failed to agree on export quotas in the talks.");
    expect(names(doc, one(events, "ASSESS").actors)).toEqual(["Cocoa producers"]);
  });

  it("gives a judgement with no speaker to the parties its clause is about", () => {
    const { events } = eventsOf("Valdoria and Kestrel failed to agree on new export quotas in the talks.");
    expect(one(events, "ASSESS").actors).toEqual(["Valdoria", "Kestrel"]);
  });
});

describe("parties referred to without their names", () => {
  it("reads 'it' as the organisation named in the subject of the clause before", () => {
    const { events } = eventsOf("Tarnov Mining is suing the Harbour Workers Union. It has also threatened legal action against Brel Copper.");
    expect(one(events, "THREATEN").actors).toEqual(["Tarnov Mining"]);
  });

  it("leaves 'it' unread when no organisation or state was the subject before", () => {
    const { events } = eventsOf("The weather was poor in Geneva. It has also threatened legal action against Brel Copper.");
    expect(ofType(events, "THREATEN").flatMap((e) => e.actors)).not.toContain("Tarnov Mining");
  });

  it("reads 'the two companies' as the last two organisations named", () => {
    const { events } = eventsOf("Tarnov Mining made a bid for Brel Copper on Monday. The two companies held talks in Geneva.");
    expect(one(events, "CONSULT").actors.sort()).toEqual(["Brel Copper", "Tarnov Mining"]);
  });
});

describe("subjects the clause layer and noun phrases give", () => {
  it("passes over a quantity before 'of' to the verb that carries a noun trigger", () => {
    const { events } = eventsOf("Tarnov Mining has made a number of settlement offers to Brel Copper.");
    expect(one(events, "PROPOSE").actors).toEqual(["Tarnov Mining"]);
  });

  it("hangs a relative clause without a comma on the name before it", () => {
    const { events } = eventsOf("Kestrel sent a letter to Orland leaders who are due to attend a summit in Geneva next month.");
    expect(one(events, "CONSULT").actors).toContain("Orland");
  });

  it("takes a name after an opening phrase with no comma as the subject", () => {
    const { events } = eventsOf("At the meeting next week Valdoria is expected to offer a proposal on tariffs.");
    expect(one(events, "PROPOSE").actors).toEqual(["Valdoria"]);
  });

  it("makes an offer a proposal only when what is offered is one", () => {
    expect(ofType(eventsOf("Lenz did not offer a timeline for the talks.").events, "PROPOSE")).toEqual([]);
    expect(one(eventsOf("Kestrel will offer a compromise on the quotas.").events, "PROPOSE").actors).toEqual(["Kestrel"]);
  });

  it("takes the subject of 'is in talks with' as a party to the talks", () => {
    const { events } = eventsOf("Kestrel is in talks with Orland over the mining licence.");
    expect(one(events, "CONSULT").actors.sort()).toEqual(["Kestrel", "Orland"]);
  });

  it("reads a planned meeting with a date and no object", () => {
    const { events } = eventsOf("Valdoria and Kestrel will meet next week.");
    expect(one(events, "CONSULT").modality).toBe("future");
  });

  it("makes a deal concluded between two parties their agreement", () => {
    const { events } = eventsOf("Orland wants a loan deal like the one concluded recently between Tarnov Mining and Brel Copper.");
    expect(one(events, "AGREE").actors.sort()).toEqual(["Brel Copper", "Tarnov Mining"]);
  });
});

describe("names are no events", () => {
  it("reads no protest or mobilisation in a capitalised name", () => {
    const { events } = eventsOf("In Kestrel, the ruling Democratic Rally hailed the plan, and the Popular Mobilization Front stayed silent.");
    expect(ofType(events, "PROTEST")).toEqual([]);
    expect(ofType(events, "MOBILIZE")).toEqual([]);
  });
});

describe("threats put before their deed", () => {
  it("makes a deed after an opening negated 'if' a threat by whoever says it will be", () => {
    const { events } = eventsOf("Kahn said that if the union contracts are not settled by Thursday, there will be a strike at the plants.");
    expect(one(events, "THREATEN").actors).toEqual(["Kahn"]);
    expect(ofType(events, "PROTEST")).toEqual([]);
  });

  it("leaves a deed after a plain 'if' no threat", () => {
    const { events } = eventsOf("Kahn said that if the union contracts are settled by Thursday, there will be no strike at the plants.");
    expect(ofType(events, "THREATEN")).toEqual([]);
  });
});

describe("people called by their office after they were named", () => {
  const holds = (name: string, role: string) => (doc: Doc) => { doc.actor(name)!.roles.push(role); };
  const describedAs = (name: string, role: string, affiliation: string) => (doc: Doc) => {
    const start = doc.text.indexOf(name);
    doc.actors.push({ id: name, name, type: "unnamed", aliases: [], roles: [role], affiliation, mentions: [{ start, end: start + name.length }] });
  };

  it("reads 'the Trade Minister' as the one person named before with that office", () => {
    const text = "Trade Minister Mara Lenz flew to Geneva. The Trade Minister did not rule out new tariffs on Kestrel copper.";
    expect(one(eventsOf(text, undefined, holds("Mara Lenz", "Trade Minister")).events, "THREATEN").actors).toEqual(["Mara Lenz"]);
  });

  it("leaves the office unread when two people named before hold it", () => {
    const text = "Mara Lenz and Selim Oduya flew to Geneva. The Trade Minister did not rule out new tariffs on copper.";
    const setup = (doc: Doc) => { holds("Mara Lenz", "Trade Minister")(doc); holds("Selim Oduya", "Trade Minister")(doc); };
    expect(one(eventsOf(text, undefined, setup).events, "THREATEN").actors).toEqual([]);
  });

  it("gives what 'the Front's chairman' does to the chairman the Front named before", () => {
    const text = "Idris Kahn opened the session in Geneva. The Front's chairman praised the mediators, but he criticised Valdoria for its delays.";
    const setup = (doc: Doc) => { holds("Idris Kahn", "chairman")(doc); describedAs("Front's chairman", "chairman", "Amber Front")(doc); };
    const { events } = eventsOf(text, undefined, setup);
    expect(one(events, "SUPPORT").actors).toEqual(["Idris Kahn"]);
    expect(one(events, "ACCUSE").actors).toEqual(["Idris Kahn"]);
  });

  it("keeps a description whose office no named person of that side holds", () => {
    const text = "Idris Kahn opened the session in Geneva. The Front's treasurer praised the mediators.";
    const setup = (doc: Doc) => { holds("Idris Kahn", "chairman")(doc); describedAs("Front's treasurer", "treasurer", "Amber Front")(doc); };
    expect(one(eventsOf(text, undefined, setup).events, "SUPPORT").actors).toEqual(["Front's treasurer"]);
  });
});
