import { describe, expect, it } from "vitest";
import { eventsOf, one, ofType } from "./events-fixture.js";

describe("CONSULT", () => {
  it("lists every participant of a meeting, with its date, mode and place", () => {
    const { events } = eventsOf(
      "Greer met with the head of Valdoria's intelligence service and Kestrel's prime minister along with the head of the Amber Front's political office on Sunday in Geneva.",
    );
    const e = one(events, "CONSULT");
    expect(e.actors).toEqual(["Greer", "head of Valdoria's intelligence service", "Kestrel's prime minister", "head of the Amber Front's political office"]);
    expect(e.recipients).toEqual([]);
    expect(e.date).toBe("2024-01-28");
    expect(e.mode).toBe("multilateral");
    expect(e.place).toBe("Geneva");
    expect(e.modality).toBe("asserted");
  });

  it("makes one event of a meeting named twice in a clause", () => {
    const { events } = eventsOf("Lenz met Oduya on Sunday in talks that lasted all night.");
    expect(ofType(events, "CONSULT")).toHaveLength(1);
  });

  it("finds the participants of negotiations after an adjunct", () => {
    const e = one(eventsOf("A series of negotiations in recent days involving Tomas Greer and Mara Lenz focused on hostages.").events, "CONSULT");
    expect(e.actors).toEqual(["Tomas Greer", "Mara Lenz"]);
  });

  it("codes a planned meeting as a future CONSULT, with the next Tuesday, not as AGREE", () => {
    const planned = one(eventsOf("Lenz will meet Oduya on Tuesday in Riyadh.").events, "CONSULT");
    expect(planned.modality).toBe("future");
    expect(planned.date).toBe("2024-01-30");
    expect(planned.place).toBe("Riyadh");
    const agreed = eventsOf("Valdoria and Kestrel agreed to meet in Geneva.").events;
    expect(ofType(agreed, "AGREE")).toHaveLength(0);
    expect(one(agreed, "CONSULT").modality).toBe("future");
  });

  it("knows phone calls and visits", () => {
    const call = one(eventsOf("Greer spoke by phone with Oduya last Wednesday.").events, "CONSULT");
    expect(call.mode).toBe("phone");
    expect(call.date).toBe("2024-01-24");
    const visit = one(eventsOf("Lenz met Oduya last month when he visited Riyadh.").events, "CONSULT");
    expect(visit.place).toBe("Riyadh");
    expect(visit.date).toBeNull();
  });

  it("is no meeting when nobody is met", () => {
    expect(ofType(eventsOf("Valdoria's ability to meet its military objectives is in doubt.").events, "CONSULT")).toHaveLength(0);
  });
});

describe("ASSESS", () => {
  it("takes the speaker of a quote from the quotes layer", () => {
    const text = "Talks went on in Geneva. \"I think it's fair to describe them as constructive,\" Greer said on Sunday.";
    const { events } = eventsOf(text, "2024-01-29", (doc) => {
      const start = text.indexOf("\"I think");
      doc.quotes.push({ id: "q1", text: "", speaker: "Greer", start, end: text.indexOf(",\" Greer") + 2, attribution: null, fragment: false });
    });
    const e = one(events, "ASSESS");
    expect(e.polarity).toBe("positive");
    expect(e.actors).toEqual(["Greer"]);
    expect(e.date).toBe("2024-01-28");
  });

  it("takes the speaker from a verb of saying, and the date of the statement", () => {
    const e = one(eventsOf("Lenz said Tuesday that the negotiations have now reached a final stage.").events, "ASSESS");
    expect(e.actors).toEqual(["Lenz"]);
    expect(e.polarity).toBe("positive");
    expect(e.date).toBe("2024-01-23");
  });

  it("is mixed when a positive and a negative judgement meet, and credits 'by X'", () => {
    const e = one(eventsOf("Greer met Lenz in talks described as constructive by Valdoria, but with significant gaps in positions.").events, "ASSESS");
    expect(e.polarity).toBe("mixed");
    expect(e.actors).toEqual(["Valdoria"]);
  });

  it("reads the polarity of the usual phrases", () => {
    const polarity = (text: string) => one(eventsOf(text).events, "ASSESS").polarity;
    expect(polarity("Oduya said the talks were as close as we have ever been to a deal.")).toBe("positive");
    expect(polarity("Talks are moving forward, Greer said.")).toBe("positive");
    expect(polarity("\"We're not over the finish line yet on the deal,\" Lenz said.")).toBe("negative");
    expect(polarity("The talks broke down on Friday.")).toBe("negative");
    expect(polarity("Negotiations have stalled, Kestrel said.")).toBe("negative");
    expect(polarity("Kahn accused Valdoria of negotiating in bad faith.")).toBe("negative");
    expect(polarity("Greer said the talks were not constructive.")).toBe("negative");
    expect(polarity("The talks in Geneva ended without a breakthrough.")).toBe("negative");
  });

  it("needs the talks to be the topic, and no condition or question", () => {
    expect(ofType(eventsOf("The truck broke down near the border.").events, "ASSESS")).toHaveLength(0);
    expect(ofType(eventsOf("If the talks had not collapsed, sanctions would have waited.").events, "ASSESS")).toHaveLength(0);
    expect(ofType(eventsOf("Are the talks productive?").events, "ASSESS")).toHaveLength(0);
  });
});

describe("PROPOSE and terms", () => {
  it("reads a truce length in days, weeks or months", () => {
    const days = (text: string) => one(eventsOf(text).events, "PROPOSE").terms?.["ceasefireDays"];
    expect(days("Orland proposed a 30-day truce.")).toBe(30);
    expect(days("Orland proposed a six-week ceasefire.")).toBe(42);
    expect(days("Orland proposed a three-month ceasefire.")).toBe(90);
  });

  it("reads phases with their length and the groups released", () => {
    const e = one(eventsOf("Greer's plan calls for a first phase of 42 days in which women, children, elderly and wounded hostages would be released.").events, "PROPOSE");
    expect(e.actors).toEqual(["Greer"]);
    expect(e.terms).toEqual({ phases: [{ number: 1, days: 42, releases: ["women", "children", "elderly", "wounded"] }] });
  });

  it("reads an exchange and a permanent ceasefire", () => {
    const e = one(eventsOf("Kestrel offered a permanent ceasefire and the release of hostages in exchange for prisoners.").events, "PROPOSE");
    expect(e.actors).toEqual(["Kestrel"]);
    expect(e.terms).toMatchObject({ exchange: { give: "hostages", get: "prisoners" }, permanent: true });
  });

  it("takes the proposer after 'by', and counter-proposals and ideas sent back", () => {
    expect(one(eventsOf("The deal, which was offered by Greer, calls for a six-week ceasefire.").events, "PROPOSE").actors).toEqual(["Greer"]);
    expect(one(eventsOf("Kahn presented a counterproposal on Thursday.").events, "PROPOSE").actors).toEqual(["Kahn"]);
    expect(one(eventsOf("The Amber Front sent back its ideas to the mediators.").events, "PROPOSE").actors).toEqual(["Amber Front"]);
  });

  it("keeps an offer and the counter-proposal that answers it apart, each with its own terms", () => {
    const proposals = ofType(eventsOf("The Amber Front answered Valdoria's offer of a 30-day truce with a counter-proposal of its own: a 90-day ceasefire in three phases.").events, "PROPOSE");
    expect(proposals.map((e) => [e.trigger, e.actors, e.terms])).toEqual([
      ["offer", ["Valdoria"], { ceasefireDays: 30 }],
      ["counter-proposal", ["Amber Front"], { ceasefireDays: 90, phaseCount: 3 }],
    ]);
  });

  it("gives an offer owned by someone unnamed no proposer rather than the subject who answers it", () => {
    const offer = one(eventsOf("The Amber Front answered the government's offer of a 30-day truce.").events, "PROPOSE");
    expect(offer.actors).toEqual([]);
    expect(offer.terms).toEqual({ ceasefireDays: 30 });
  });

  it("counts phases written as a number ('a three-phase plan', 'in two stages')", () => {
    const count = (text: string) => one(eventsOf(text).events, "PROPOSE").terms?.["phaseCount"];
    expect(count("Orland proposed a three-phase plan.")).toBe(3);
    expect(count("Orland proposed a truce in two stages.")).toBe(2);
    expect(count("Orland proposed a truce.")).toBeUndefined();
  });

  it("is no proposal when a proposal is only mentioned", () => {
    expect(ofType(eventsOf("There is a good proposal before both sides.").events, "PROPOSE")).toHaveLength(0);
  });
});

describe("RETREAT", () => {
  it("tells a release that happened from one that is proposed or agreed", () => {
    const done = one(eventsOf("The Amber Front released 12 hostages on Friday.").events, "RETREAT");
    expect(done).toMatchObject({ mode: "release", modality: "asserted", actors: ["Amber Front"], date: "2024-01-26" });
    expect(one(eventsOf("Under the plan, the Amber Front would release 12 hostages.").events, "RETREAT").modality).toBe("hypothetical");
    const agreed = eventsOf("The Amber Front agreed to release 12 hostages.").events;
    expect(ofType(agreed, "RETREAT")).toHaveLength(0);
    expect(one(agreed, "AGREE").actors).toEqual(["Amber Front"]);
    expect(ofType(eventsOf("Valdoria released a statement on Friday.").events, "RETREAT")).toHaveLength(0);
  });

  it("codes a declared and an implemented ceasefire, and a future one", () => {
    expect(one(eventsOf("Valdoria declared a ceasefire on Tuesday.").events, "RETREAT")).toMatchObject({ mode: "ceasefire", actors: ["Valdoria"], modality: "asserted" });
    expect(one(eventsOf("The ceasefire took effect early Friday.").events, "RETREAT")).toMatchObject({ mode: "ceasefire", date: "2024-01-26" });
    expect(one(eventsOf("The ceasefire will take effect on Sunday.").events, "RETREAT").modality).toBe("future");
  });
});

describe("REQUEST and REJECT modes", () => {
  it("absorbs the requested event and takes its mode", () => {
    const events = eventsOf("Oduya urged Valdoria to release the prisoners.").events;
    expect(ofType(events, "RETREAT")).toHaveLength(0);
    expect(one(events, "REQUEST")).toMatchObject({ mode: "yield", actors: ["Oduya"] });
    expect(one(eventsOf("Kestrel called for talks with the Amber Front.").events, "REQUEST").mode).toBe("meet");
    expect(one(eventsOf("Valdoria called for more humanitarian aid.").events, "REQUEST").mode).toBe("assist");
  });

  it("reads what is rejected", () => {
    expect(one(eventsOf("Kahn rejected the proposal.").events, "REJECT")).toMatchObject({ mode: "meet", actors: ["Kahn"] });
    expect(one(eventsOf("Valdoria refused to withdraw its troops.").events, "REJECT").mode).toBe("yield");
  });
});

describe("who acts on whom", () => {
  it("separates doers from targets", () => {
    expect(one(eventsOf("Valdoria blamed Kestrel for the death of the negotiator.").events, "ACCUSE")).toMatchObject({ actors: ["Valdoria"], recipients: ["Kestrel"] });
    const struck = one(eventsOf("Kestrel last week assassinated a senior commander of the Amber Front in Riyadh.").events, "ASSAULT");
    expect(struck).toMatchObject({ actors: ["Kestrel"], mode: "assassinate", date: null, place: "Riyadh" });
    expect(one(eventsOf("Drones struck a bus in the Sumy region on Saturday.").events, "ASSAULT").place).toBe("Sumy region");
  });

  it("skips a relative clause to find the subject", () => {
    expect(one(eventsOf("Kestrel, which backs the Amber Front, has vowed revenge.").events, "THREATEN").actors).toEqual(["Kestrel"]);
  });

  it("takes the doer of a noun trigger from 'by' and the place from 'in'", () => {
    const e = one(eventsOf("Three soldiers were killed in a drone attack by the Amber Front on Valdorian troops in northeastern Jordan, officials said on Sunday.").events, "ASSAULT");
    expect(e).toMatchObject({ actors: ["Amber Front"], recipients: ["Valdorian"], place: "northeastern Jordan", date: "2024-01-28" });
  });

  it("passes over a participle phrase and a dateline", () => {
    const events = eventsOf("The agreement, mediated by Orland and Kestrel, calls for a six-week truce.").events;
    expect(ofType(events, "REQUEST")).toHaveLength(0);
    expect(one(events, "CONSULT")).toMatchObject({ mode: "third-party", actors: ["Orland", "Kestrel"] });
    expect(one(eventsOf("GENEVA (Reuters) - Valdoria and Kestrel agreed to a truce on Sunday.").events, "AGREE").actors).toEqual(["Valdoria", "Kestrel"]);
  });

  it("reads a verb that needs an object and has none as passive", () => {
    expect(ofType(eventsOf("Valdoria has prioritized the return of all Kestrel citizens wrongfully detained abroad.").events, "COERCE")).toHaveLength(0);
    expect(one(eventsOf("Valdoria detained two Kestrel diplomats.").events, "COERCE").actors).toEqual(["Valdoria"]);
  });

  it("does not make an event of every verb", () => {
    expect(eventsOf("Tensions have surged around the region since the war began.").events).toEqual([]);
    expect(eventsOf("The possibility of an attack worries everyone.").events).toEqual([]);
  });
});

describe("modality", () => {
  it("marks negated, reported and hypothetical events", () => {
    expect(one(eventsOf("Lenz did not meet Oduya.").events, "CONSULT").modality).toBe("negated");
    expect(one(eventsOf("Lenz reportedly met Oduya in Geneva.").events, "CONSULT").modality).toBe("reported");
    expect(one(eventsOf("Lenz could meet Oduya if the talks resume.").events, "CONSULT").modality).toBe("hypothetical");
  });

  it("reads what is awaited 'until' something happens as not having happened", () => {
    const signing = one(eventsOf("Kahn said his fighters would stay in place until a full agreement was signed.").events, "AGREE");
    expect(signing.modality).toBe("hypothetical");
  });

  it("reads a noun trigger's modality from the verb that follows it, except a proposal's content", () => {
    expect(one(eventsOf("Talks between Lenz and Kahn will resume in Geneva.").events, "CONSULT").modality).toBe("future");
    expect(one(eventsOf("A meeting between Lenz and Kahn could take place in Geneva.").events, "CONSULT").modality).toBe("hypothetical");
    expect(one(eventsOf("Talks between Lenz and Kahn resumed in Geneva.").events, "CONSULT").modality).toBe("asserted");
    expect(one(eventsOf("A counter-proposal from the Amber Front would phase in a truce over six weeks.").events, "PROPOSE").modality).toBe("asserted");
    expect(one(eventsOf("The truce could be extended by one day for every 10 hostages released.").events, "RETREAT").modality).toBe("hypothetical");
  });

  it("reads mortar fire as an attack and a proposal presented to the parties as the presenter's", () => {
    expect(one(eventsOf("The Amber Front fired two mortar rounds at a Valdorian post.").events, "ASSAULT").actors).toEqual(["Amber Front"]);
    expect(one(eventsOf("Orland presented Valdoria and the Amber Front with a proposal on Tuesday.").events, "PROPOSE").actors).toEqual(["Orland"]);
  });

  it("reads blocked aid as aid that did not arrive", () => {
    expect(one(eventsOf("Kahn accused Valdoria of blocking aid convoys.").events, "AID").modality).toBe("negated");
    expect(one(eventsOf("Aid convoys entered the Amber Front's territory on Monday.").events, "AID").modality).toBe("asserted");
  });

  it("reads 'under the deal reached today' as an agreement", () => {
    const deal = one(eventsOf("Under the deal reached today, the fighting will end.").events, "AGREE");
    expect(deal.trigger).toBe("deal reached");
    expect(deal.date).toBe("2024-01-29");
  });

  it("numbers events and keeps the sentence span", () => {
    const text = "Lenz met Oduya. Kahn rejected the proposal.";
    const { events } = eventsOf(text);
    expect(events.map((e) => e.id)).toEqual(["e1", "e2"]);
    expect(text.slice(events[1]!.start, events[1]!.end)).toBe("Kahn rejected the proposal.");
    expect(events[1]!.trigger).toBe("rejected");
  });
});
