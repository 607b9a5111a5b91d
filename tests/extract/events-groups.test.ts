import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/doc/doc.js";
import { eventsOf, one } from "./events-fixture.js";

/** A group becomes a collective actor of the document; tests read it by its words. */
const names = (doc: Doc, ids: string[]) => ids.map((id) => doc.actor(id)?.name ?? id);

// Fictional labour and commodity talks: parties named only by a collective noun.
describe("collective participants", () => {
  it("takes a group subject no actor covers as the participant, as its words", () => {
    const { doc, events } = eventsOf("The dockers' unions threatened to strike on Monday. Cocoa producers tabled new proposals.");
    expect(names(doc, one(events, "THREATEN").actors)).toEqual(["dockers' unions"]);
    expect(names(doc, one(events, "PROPOSE").actors)).toEqual(["Cocoa producers"]);
    expect(doc.actors.find((a) => a.name === "Cocoa producers")?.type).toBe("collective");
  });

  it("keeps an actor found by the subject rules and makes up no one for a subject that names no party", () => {
    const { events } = eventsOf("Valdoria tabled new proposals. The weather threatened to delay the talks.");
    expect(one(events, "PROPOSE").actors).toEqual(["Valdoria"]);
    expect(events.filter((e) => e.type === "THREATEN").flatMap((e) => e.actors)).toEqual([]);
  });

  it("takes a group that says 'they' did something as the doer", () => {
    const { doc, events } = eventsOf("Cocoa delegates said they had not been prepared to accept the exporters' offer to abandon quotas.");
    expect(names(doc, one(events, "REJECT").actors)).toEqual(["Cocoa delegates"]);
    // a pronoun that is no reporting subject stays unread: no group is made up for it
    const unreported = eventsOf("Cocoa delegates met on Monday; they had not been prepared to accept the offer.").events;
    expect(unreported.filter((e) => e.type === "REJECT").flatMap((e) => e.actors)).toEqual([]);
  });

  it("reads the proposer of a noun trigger from a group before it", () => {
    const { doc, events } = eventsOf("The Amber Front answered the producers' offer of a 30-day truce.");
    expect(names(doc, one(events, "PROPOSE").actors)).toEqual(["producers"]);
  });
});

describe("threats under a condition", () => {
  it("makes a deed put under 'unless' a threat", () => {
    const { doc, events } = eventsOf("The miners' union will stage a strike unless the board improves its offer.");
    expect(names(doc, one(events, "THREATEN").actors)).toEqual(["miners' union"]);
    expect(events.some((e) => e.type === "PROTEST")).toBe(false);
  });

  it("makes a deed ahead under a negated 'if' a threat, but not one under a plain 'if'", () => {
    expect(one(eventsOf("The union will strike if the pay talks do not resume.").events, "THREATEN").trigger).toContain("strike");
    expect(eventsOf("The union will strike if the pay talks resume.").events.some((e) => e.type === "THREATEN")).toBe(false);
  });
});

describe("an infinitive after an object", () => {
  it("is done by a group object, not by the subject who urges it", () => {
    const { doc, events } = eventsOf("The mediators urged the dockers' unions to reject the new contract.");
    expect(names(doc, one(events, "REJECT").actors)).toEqual(["dockers' unions"]);
  });
});
