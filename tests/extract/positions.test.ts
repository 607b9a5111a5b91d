import { describe, expect, it } from "vitest";
import { extractPositions } from "../../src/extract/positions/index.js";
import { parseProfile } from "../../src/kb/profile.js";
import { docWith, positionsOf as positionsWith, type ActorSpec, type QuoteSpec } from "./positions-fixture.js";

// Sentences about a fictional negotiation between the Republic of Kestria, the Freedom Front
// rebels and their mediators, so the tests do not depend on the actors stage.

const REBELS: ActorSpec = { name: "the rebels", type: "group", forms: ["The rebels", "the rebels"] };
const FRONT: ActorSpec = { name: "Freedom Front", type: "group" };
const KESTRIA: ActorSpec = { name: "Kestria", type: "state" };
const VALDONIA: ActorSpec = { name: "Valdonia", type: "state" };
const ARMIN: ActorSpec = { name: "Armin Vell", type: "person", gender: "male", forms: ["Armin Vell", "Vell"] };

function positionsOf(text: string, actors: ActorSpec[] = [FRONT, KESTRIA, VALDONIA], quotes: QuoteSpec[] = []) {
  return positionsWith(text, actors, quotes);
}

const summary = (p: { stance: string; actorName: string | null; text: string }) => `${p.stance} ${p.actorName}: ${p.text}`;

describe("positions: the cases of the issue", () => {
  it("splits a that-clause with two wanted things into two demands", () => {
    const found = positionsOf(
      "The rebels have demanded that government forces leave the port city and agree to a permanent truce.",
      [REBELS],
    );
    expect(found.map(summary)).toEqual([
      "demand the rebels: government forces leave the port city",
      "demand the rebels: agree to a permanent truce",
    ]);
    expect(found[0]).toMatchObject({ id: "p1", issue: "withdrawal", places: ["port city"] });
    expect(found[1]).toMatchObject({ id: "p2", issue: "ceasefire_permanence", places: [] });
  });

  it("reads 'vowed not to' as a refusal and lists both places", () => {
    const [p, ...rest] = positionsOf(
      "The president has vowed not to pull troops out of the coastal highway or the northern crossing.",
      [{ name: "The president", type: "person" }],
    );
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      stance: "reject", actorName: "The president", issue: "withdrawal",
      text: "pull troops out of the coastal highway or the northern crossing",
      places: ["coastal highway", "northern crossing"],
    });
  });

  it("reads a possessive refusal noun", () => {
    const found = positionsOf("The government's refusal to discuss elections before a truce stalled the talks.", [
      { name: "The government", type: "organization" },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ stance: "reject", actorName: "The government", issue: "elections", text: "discuss elections before a truce" });
  });

  it("keeps the phrase as written when no profile issue matches", () => {
    const [p] = positionsOf("Meanwhile the opposition has pushed for a package deal.", [{ name: "the opposition", type: "group" }]);
    expect(p).toMatchObject({ stance: "demand", actorName: "the opposition", text: "a package deal", issue: "package deal" });
  });

  it("takes the antecedent of 'that X wants free in return for ...'", () => {
    const found = positionsOf(
      "The Front still holds 40 hostages that Kestria wants free in return for an exchange of rebel prisoners.",
      [{ ...FRONT, forms: ["The Front"] }, KESTRIA],
    );
    expect(found.map(summary)).toEqual(["demand Kestria: 40 hostages"]);
    expect(found[0]!.issue).toBe("hostages_release");
  });
});

describe("positions: stance cues", () => {
  const cases: [string, string, string][] = [
    ["The Freedom Front insists on a full withdrawal from the valley.", "demand", "a full withdrawal from the valley"],
    ["The Freedom Front wants a ceasefire.", "demand", "a ceasefire"],
    ["The Freedom Front calls for the release of all detainees.", "demand", "the release of all detainees"],
    ["The Freedom Front is seeking guarantees from the mediators.", "demand", "guarantees from the mediators"],
    ["Kestria rejected the proposal on Sunday.", "reject", "the proposal on Sunday"],
    ["Kestria refuses to release the prisoners.", "reject", "release the prisoners"],
    ["Kestria ruled out a prisoner swap.", "reject", "a prisoner swap"],
    ["Kestria accepted the truce.", "accept", "the truce"],
    ["Kestria agreed to a six-week pause.", "accept", "a six-week pause"],
    ["Valdonia backs the plan for a buffer zone.", "support", "the plan for a buffer zone"],
    ["Valdonia strongly supports the return of displaced families.", "support", "the return of displaced families"],
    ["Valdonia opposes any annexation.", "oppose", "any annexation"],
    ["Kestria objects to international monitors.", "oppose", "international monitors"],
    ["Kestria is opposed to a rebel state.", "oppose", "a rebel state"],
    ["The Freedom Front's demand for elections was ignored.", "demand", "elections"],
    ["A demand by the Freedom Front for aid convoys went unanswered.", "demand", "aid convoys"],
    ["Kestria, which controls the coast, has rejected the ceasefire terms.", "reject", "the ceasefire terms"],
    ["Kestria will not withdraw from the northern corridor.", "reject", "withdraw from the northern corridor"],
    ["Kestria's security cabinet approved the deal.", "accept", "the deal"],
    ["Kestria turned down the offer.", "reject", "the offer"],
    ["The Freedom Front is holding out for a permanent ceasefire.", "demand", "a permanent ceasefire"],
    ["Valdonia, the main mediator, urged both sides to accept the map.", "demand", "both sides to accept the map"],
    ["The Freedom Front has accepted, in principle, the framework.", "accept", "the framework"],
    ["Kestria's government on Tuesday rejected a proposal for a 60-day truce.", "reject", "a proposal for a 60-day truce"],
    ["The Freedom Front earlier this month ruled out elections.", "reject", "elections"],
    ["Valdonia stands ready to support a humanitarian corridor.", "support", "a humanitarian corridor"],
    ["Kestria remains opposed to international monitors.", "oppose", "international monitors"],
  ];
  it.each(cases)("%s", (sentence, stance, text) => {
    const found = positionsOf(sentence);
    expect(found.map((p) => [p.stance, p.text])).toEqual([[stance, text]]);
    expect(found[0]!.actorName).not.toBeNull();
  });

  it("labels issues from the generic profile", () => {
    const issues = (s: string) => positionsOf(s).map((p) => p.issue);
    expect(issues("Kestria agreed to a six-week pause.")).toEqual(["ceasefire_duration"]);
    expect(issues("Kestria refuses to release the prisoners.")).toEqual(["prisoner_exchange"]);
    expect(issues("Valdonia strongly supports the return of displaced families.")).toEqual(["return_of_displaced"]);
    expect(issues("Kestria objects to international monitors.")).toEqual(["security_guarantees"]);
  });

  it("gives one position to each of two joined subjects", () => {
    expect(positionsOf("Kestria and Valdonia back the proposal.").map(summary)).toEqual([
      "support Kestria: the proposal",
      "support Valdonia: the proposal",
    ]);
  });

  it("gives the 'by' actor of a passive, and nothing without one", () => {
    expect(positionsOf("The plan was rejected by the Freedom Front.").map(summary)).toEqual(["reject Freedom Front: The plan"]);
    expect(positionsOf("The plan was rejected on Monday.")).toEqual([]);
  });

  it("takes the noun phrase a relative clause hangs on when the verb has no object", () => {
    expect(positionsOf("The talks, which Valdonia supports, resumed.").map(summary)).toEqual(["support Valdonia: The talks"]);
  });

  it("reads both the refusal of a demand and the demand itself", () => {
    expect(positionsOf("The Freedom Front rejected Kestria's demand that it disarm.").map((p) => [summary(p), p.issue])).toEqual([
      ["reject Freedom Front: Kestria's demand that it disarm", "security_guarantees"],
      ["demand Kestria: it disarm", "security_guarantees"],
    ]);
  });

  it("joins adjacent place names and counts plural place nouns", () => {
    const text = "Kestria wants the rebels to leave the Ost Valley and the two border towns.";
    const found = positionsOf(text, [KESTRIA, { name: "Ost", type: "place" }, { name: "Valley", type: "place" }]);
    expect(found.map((p) => p.places)).toEqual([["Ost Valley", "border towns"]]);
  });

  it("uses a custom profile's labels when given one", () => {
    const profile = parseProfile(
      { name: "water", issues: [{ label: "river_access", keywords: ["river", "dam*"] }] },
      "water.json",
    );
    const doc = docWith("Valdonia demands access to the river.", [VALDONIA]);
    extractPositions(doc, profile);
    expect(doc.positions.map((p) => p.issue)).toEqual(["river_access"]);
  });
});

describe("positions: negation", () => {
  it("drops a negated rejection and flips a negated acceptance or support", () => {
    expect(positionsOf("Kestria did not reject the truce.")).toEqual([]);
    expect(positionsOf("Kestria would not accept the truce.").map(summary)).toEqual(["reject Kestria: the truce"]);
    expect(positionsOf("Valdonia doesn't support the plan.").map(summary)).toEqual(["oppose Valdonia: the plan"]);
    expect(positionsOf("Kestria has never agreed to a withdrawal.").map(summary)).toEqual(["reject Kestria: a withdrawal"]);
  });

  it("drops an acceptance that is still pending", () => {
    expect(positionsOf("Kestria has not yet accepted the truce.")).toEqual([]);
  });

  it("keeps a refusal only when it names a profile issue", () => {
    expect(positionsOf("Kestria will not comment on the report.")).toEqual([]);
  });
});

describe("positions: who holds them", () => {
  it("resolves 'it' to the one compatible actor of the sentence", () => {
    expect(positionsOf("The Freedom Front says it wants a permanent ceasefire.").map(summary)).toEqual([
      "demand Freedom Front: a permanent ceasefire",
    ]);
  });

  it("resolves 'the group' from the previous sentence", () => {
    const found = positionsOf("Talks with the Freedom Front resumed on Monday. The group rejected the new map.");
    expect(found.map(summary)).toEqual(["reject Freedom Front: the new map"]);
  });

  it("keeps a null actor when a pronoun could mean two actors", () => {
    const found = positionsOf("Kestria met Valdonia in Geneva, and it then rejected the new map.");
    expect(found.map(summary)).toEqual(["reject null: the new map"]);
  });

  it("respects a known gender for 'he'", () => {
    const found = positionsOf("Armin Vell met Mara Quist. He rejected the new map.", [
      ARMIN,
      { name: "Mara Quist", type: "person", gender: "female" },
    ]);
    expect(found.map(summary)).toEqual(["reject Armin Vell: the new map"]);
  });

  it("gives 'we' in a quote to the side its speaker talks for", () => {
    const text = '"We reject the interim map," Armin Vell said.';
    const doc = docWith(text, [{ ...ARMIN, affiliation: "Kestria" }, { ...KESTRIA, forms: [] }]);
    doc.quotes = [{ id: "q1", text: "We reject the interim map,", speaker: "a1", start: 1, end: 27, attribution: null, fragment: false }];
    extractPositions(doc);
    expect(doc.positions.map((p) => [p.stance, doc.actor(p.actor)?.name, p.text])).toEqual([["reject", "Kestria", "the interim map"]]);
  });

  it("takes the owner of a spokesman or delegation", () => {
    expect(positionsOf("Kestria's delegation rejected the new map.").map(summary)).toEqual(["reject Kestria: the new map"]);
  });
});

describe("positions: what is not a position", () => {
  const none = [
    "I want to thank the mediators for their work.",
    "If Kestria accepts the deal, the siege would end.",
    "Will Kestria accept the deal?",
    'He asked: "Will Kestria accept the deal?"',
    "Kestria must accept the deal.",
    "The deal supports reconstruction of the valley.",
    "We wanted to get it back on track.",
    "The Freedom Front agreed to stay in close contact with the mediators.",
    "Valdonia's support was welcome.",
    "Talks between Kestria and Valdonia rejected nothing.",
    "Kestria accepted it.",
    "We reject the plan.",
    "All but one of the members of the 12-nation Valdonia bloc have signed on to the accord.",
    "Kestria is expected to accept the deal.",
    "Kestria may accept the deal.",
  ];
  it.each(none)("%s", (sentence) => {
    expect(positionsOf(sentence)).toEqual([]);
  });

  it("ignores cue words inside an actor's name", () => {
    const found = positionsOf("The Rapid Support Forces met Kestria's envoy.", [{ name: "Rapid Support Forces", type: "group" }, KESTRIA]);
    expect(found).toEqual([]);
  });
});

// Parties speak: a Kestrian minister with no other affiliation, and a Freedom Front negotiator.
const MINISTER: ActorSpec = { ...ARMIN, roles: ["Foreign Minister"] };
const QUIST: ActorSpec = { name: "Mara Quist", type: "person", gender: "female", forms: ["Mara Quist", "Quist"], affiliation: "Freedom Front" };

/** The positions of a text in which every quotation (straight double marks) is said by `speaker`. */
function quotedPositions(text: string, speaker: string, actors: ActorSpec[]) {
  const quotes = [...text.matchAll(/"([^"]+)"/g)].map((m) => ({ words: m[1]!, speaker }));
  return positionsOf(text, actors, quotes).map(summary);
}

describe("positions: what a party says must happen or is unacceptable", () => {
  it("reads 'must' and 'has to' in a party's quotation as the speaker's demand", () => {
    expect(quotedPositions('"The valley must be handed back to Kestria," Vell said.', "Armin Vell", [MINISTER, KESTRIA])).toEqual([
      "demand Armin Vell: The valley must be handed back to Kestria",
    ]);
    expect(quotedPositions('"The shelling along the coast road has to stop," Quist said.', "Mara Quist", [QUIST])).toEqual([
      "demand Mara Quist: The shelling along the coast road has to stop",
    ]);
  });

  it("reads an obligation reported after 'said' or before a closing attribution as the sayer's demand", () => {
    expect(positionsOf("Vell said the Freedom Front must leave the Ost valley.", [MINISTER, FRONT]).map(summary)).toEqual([
      "demand Armin Vell: the Freedom Front must leave the Ost valley",
    ]);
    expect(positionsOf("The Freedom Front has to free the ferry crew, Vell said.", [MINISTER, FRONT]).map(summary)).toEqual([
      "demand Armin Vell: The Freedom Front has to free the ferry crew",
    ]);
  });

  it("reads 'is unacceptable' as a rejection of the subject, over a parenthesis and a negation", () => {
    expect(quotedPositions('"The Valdonian draft, as written, is unacceptable," Vell said.', "Armin Vell", [MINISTER])).toEqual([
      "reject Armin Vell: The Valdonian draft",
    ]);
    expect(positionsOf("Vell said the new map was not acceptable.", [MINISTER]).map(summary)).toEqual(["reject Armin Vell: the new map"]);
  });

  it("reads willingness as support, and leaves a stance verb after it its own stance", () => {
    const front = { ...FRONT, forms: [] };
    expect(quotedPositions('"We are ready to return to the talks in Ostfeld," Quist said.', "Mara Quist", [QUIST, front])).toEqual([
      "support Freedom Front: return to the talks in Ostfeld",
    ]);
    expect(quotedPositions('"We are not ready to surrender the port," Quist said.', "Mara Quist", [QUIST, front])).toEqual([
      "reject Freedom Front: surrender the port",
    ]);
    expect(quotedPositions('"We are ready to accept the map," Quist said.', "Mara Quist", [QUIST, front])).toEqual([
      "accept Freedom Front: the map",
    ]);
  });

  it("reads 'we expect them to' and 'we came to' only from a first-person speaker", () => {
    const actors = [{ ...MINISTER, affiliation: "Kestria" }, { ...KESTRIA, forms: [] }, { ...FRONT, forms: ["the Front"] }];
    expect(quotedPositions('"We expect the Front to free every ferry worker," Vell said.', "Armin Vell", actors)).toEqual([
      "demand Kestria: the Front to free every ferry worker",
    ]);
    expect(quotedPositions('"We came to bring every ferry worker home," Vell said.', "Armin Vell", actors)).toEqual([
      "demand Kestria: bring every ferry worker home",
    ]);
    expect(positionsOf("Analysts expect the Freedom Front to free every ferry worker.")).toEqual([]);
  });

  const none: string[] = [
    '"Kestria must not give up the port," Vell said.',
    '"We have to say it plainly," Vell said.',
    '"I need to leave the room now," Vell said.',
    '"Things have to move faster," Vell said.',
    '"Must the Freedom Front leave the valley?" Vell asked.',
    '"If talks fail, the Freedom Front must leave the valley," Vell said.',
    '"It is unacceptable," Vell said.',
  ];
  it.each(none)("no position: %s", (text) => {
    expect(quotedPositions(text, "Armin Vell", [MINISTER, FRONT, KESTRIA])).toEqual([]);
  });

  it("never takes the speaker's own side for 'they' in a quotation", () => {
    const text = 'Quist of the Freedom Front spoke in Ostfeld. "They want us to hand over the port," she said.';
    expect(quotedPositions(text, "Mara Quist", [QUIST, FRONT])).toEqual(["demand null: us to hand over the port"]);
  });
});

describe("positions: reported stances and their vocabulary", () => {
  it("reads the owner of a priority as demanding what it is, 'the rebels' being the one rebel group of the story", () => {
    const text = "Talks with the Freedom Front opened in Ostfeld. Valdonia hosted them. Quist said the rebels' first priority was an end to shelling along the coast road.";
    expect(positionsOf(text, [FRONT, VALDONIA, { name: "Mara Quist", type: "person" }]).map(summary)).toEqual([
      "demand Freedom Front: an end to shelling along the coast road",
    ]);
  });

  const cases: [string, string][] = [
    ["The Freedom Front condemned without reservation any attack on ferry crews.", "oppose Freedom Front: any attack on ferry crews"],
    ["Kestria will honor every clause of the accord.", "support Kestria: every clause of the accord"],
    ["Valdonia gave its full backing to the accord.", "support Valdonia: the accord"],
    ["Valdonia asked both sides to keep the ferry line open.", "demand Valdonia: both sides to keep the ferry line open"],
    ["Valdonia called on the Freedom Front to free the crew.", "demand Valdonia: the Freedom Front to free the crew"],
    ["The Freedom Front repeated its demand for elections.", "demand Freedom Front: elections"],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(positionsOf(text).map(summary)).toEqual([expected]);
  });

  it("takes a repeated link after a parenthesis as a second wanted thing", () => {
    const text = "The Freedom Front called for a corridor along the coast road, guarded by monitors, and for Kestria to pull its guns back.";
    expect(positionsOf(text).map(summary)).toEqual([
      "demand Freedom Front: a corridor along the coast road",
      "demand Freedom Front: Kestria to pull its guns back",
    ]);
  });

  it("keeps what is wanted apart from where it was said, and a quotation inside it whole", () => {
    expect(positionsOf("Valdonia endorsed the plan in a written statement.").map(summary)).toEqual(["support Valdonia: the plan"]);
    expect(positionsOf('Kestria would not discuss elections "at gunpoint."').map(summary)).toEqual([
      'reject Kestria: discuss elections "at gunpoint."',
    ]);
    expect(positionsOf("Kestria rejected that account.").map(summary)).toEqual(["reject Kestria: that account"]);
  });

  it("states no demand that is dropped or set aside", () => {
    expect(positionsOf("The Freedom Front dropped its demand for elections.")).toEqual([]);
    expect(positionsOf("Kestria set aside its demand that the Freedom Front disarm.")).toEqual([]);
  });
});

describe("positions: holders behind joined predicates, institutions and documents", () => {
  it("gives a second predicate joined by 'and' or 'but' the subject of the first", () => {
    const quist = { name: "Mara Quist", type: "person" as const, forms: ["Quist"] };
    expect(positionsOf("Quist said the Freedom Front wanted Kestria to leave the port, the last town on the coast, and wanted a permanent truce.", [FRONT, KESTRIA, quist]).map(summary)).toEqual([
      "demand Freedom Front: Kestria to leave the port",
      "demand Freedom Front: a permanent truce",
    ]);
    expect(positionsOf("Quist said the Freedom Front was prepared to discuss the port, but would not withdraw from the valley.", [FRONT, quist]).map(summary)).toEqual([
      "support Freedom Front: discuss the port",
      "reject Freedom Front: withdraw from the valley",
    ]);
  });

  it("does not join a predicate to a relative clause's subject", () => {
    expect(positionsOf("There are those in Kestria who will not agree with this plan and will call for the war to go on.")).toEqual([]);
  });

  it("gives 'the government' and 'the army' to the state official who says them, not to a rebel", () => {
    expect(positionsOf("Foreign Minister Armin Vell said the government would honor the accord.", [MINISTER]).map(summary)).toEqual([
      "support Armin Vell: the accord",
    ]);
    expect(quotedPositions('"The army will not leave the coast road," Vell said.', "Armin Vell", [MINISTER])).toEqual([
      "reject Armin Vell: leave the coast road",
    ]);
    expect(positionsOf("Quist said the government would honor the accord.", [QUIST, FRONT])).toEqual([]);
  });

  it("gives what a proposal or plan calls for to its author", () => {
    const proposal = "Kestria put forward a proposal for a 30-day truce on Monday. Valdonia welcomed the move. The proposal also calls for the Freedom Front to leave the port.";
    // welcoming the move is support for it (a stance cue since 'welcome' joined the verb cues)
    expect(positionsOf(proposal).map(summary)).toEqual(["support Valdonia: the move", "demand Kestria: the Freedom Front to leave the port"]);
    const plan = "Under the plan, which the Freedom Front delivered to Valdonia, prisoners go free first. The plan also calls for monitors along the coast road.";
    expect(positionsOf(plan).map(summary)).toEqual(["demand Freedom Front: monitors along the coast road"]);
    const offer = "The offer was presented in Ostfeld by Foreign Minister Armin Vell. The offer also calls for monitors at the port.";
    expect(positionsOf(offer, [MINISTER]).map(summary)).toEqual(["demand Armin Vell: monitors at the port"]);
    expect(positionsOf("The proposal calls for a truce.")).toEqual([]);
  });

  it("finds a person named inside an organisation's name as the antecedent of 'he'", () => {
    const office: ActorSpec = { name: "President Armin Vell's office", type: "organization" };
    expect(positionsOf("President Armin Vell's office said he had approved the map.", [office, ARMIN]).map(summary)).toEqual([
      "accept Armin Vell: the map",
    ]);
  });

  it("takes a speaker's own next steps for talk unless they name an issue or a party", () => {
    const speaker = [{ ...MINISTER, affiliation: "Kestria" }, { ...KESTRIA, forms: [] }];
    expect(quotedPositions('"I want to take a minute to explain," Vell said.', "Armin Vell", speaker)).toEqual([]);
    expect(quotedPositions('"I have asked him to keep me informed," Vell said.', "Armin Vell", speaker)).toEqual([]);
    expect(quotedPositions('"I want to kind of go through the deal," Vell said.', "Armin Vell", speaker)).toEqual([]);
    expect(quotedPositions('"I have asked the mediators to send monitors," Vell said.', "Armin Vell", speaker)).toEqual([
      "demand Armin Vell: the mediators to send monitors",
    ]);
  });
});

describe("positions read from the clause layer", () => {
  const issueOf = (text: string, actors?: ActorSpec[]) => positionsOf(text, actors).map((p) => `${p.stance} ${p.actorName}: ${p.issue}`);

  it("gives a pronoun in a reported clause to whoever reports it, not to the one it was told to", () => {
    expect(issueOf("Kestria told Valdonia it would not accept any change to the border.")).toEqual(["reject Kestria: change to the border"]);
  });

  it("takes the subject of the first of two joined predicates, past a time phrase", () => {
    expect(issueOf("The Freedom Front in March proposed a new map, and has pressed Kestria to make a counter-offer.")).toEqual([
      "demand Freedom Front: new map",
      "demand Freedom Front: counter-offer",
    ]);
  });

  it("reads a negated ability as the subject's refusal, but no other modal as its stance", () => {
    expect(issueOf("Valdonia said it could not approve the accession request.")).toEqual(["reject Valdonia: accession request"]);
    expect(issueOf("Kestria could approve the accession request.")).toEqual([]);
  });

  it("gives a verdict to the speaker of the frame around it, with the subject's phrases kept", () => {
    expect(issueOf("Kestria says the Freedom Front's offer for the mine is too low.")).toEqual(["reject Kestria: Freedom Front's offer for the mine"]);
  });

  it("names the issue by the head of the object, never by a clause fragment", () => {
    expect(issueOf("Kestria wants to sell the loss-making shipyard.")).toEqual(["demand Kestria: loss-making shipyard"]);
    expect(issueOf("Valdonia rejected the offer as it does not reflect the value of the mine.")).toEqual(["reject Valdonia: offer"]);
    expect(issueOf("The Freedom Front urged Kestria not to raise the tariffs.")).toEqual(["demand Freedom Front: no tariffs"]);
  });
});
