import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/doc/doc.js";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { extractPositions } from "../../src/extract/positions/index.js";
import { parseProfile } from "../../src/kb/profile.js";
import type { ActorRecord, ActorType, PositionRecord } from "../../src/record/schema.js";
import { source } from "../helpers.js";

// Sentences about a fictional negotiation between the Republic of Kestria, the Freedom Front
// rebels and their mediators, so the tests do not depend on the actors stage.

interface ActorSpec {
  name: string;
  type: ActorType;
  /** surface forms to mark as mentions; the name by default */
  forms?: string[];
  affiliation?: string;
  gender?: "male" | "female";
}

const tokensOnly = stages.filter((s) => s.name === "tokens");

function mentionsOf(text: string, forms: string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const form of forms) {
    const pattern = new RegExp(`(?<![\\w])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "g");
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index!, end: m.index! + form.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function docWith(text: string, actors: ActorSpec[]): Doc {
  const doc = analyse(source(text), tokensOnly);
  doc.actors = actors.map(
    (a, i): ActorRecord => ({
      id: `a${i + 1}`, name: a.name, type: a.type, aliases: [], roles: [], affiliation: a.affiliation ?? null,
      gender: a.gender ?? null, mentions: mentionsOf(text, a.forms ?? [a.name]),
    }),
  );
  return doc;
}

const REBELS: ActorSpec = { name: "the rebels", type: "group", forms: ["The rebels", "the rebels"] };
const FRONT: ActorSpec = { name: "Freedom Front", type: "group" };
const KESTRIA: ActorSpec = { name: "Kestria", type: "state" };
const VALDONIA: ActorSpec = { name: "Valdonia", type: "state" };
const ARMIN: ActorSpec = { name: "Armin Vell", type: "person", gender: "male", forms: ["Armin Vell", "Vell"] };

function positionsOf(text: string, actors: ActorSpec[] = [FRONT, KESTRIA, VALDONIA]): (PositionRecord & { actorName: string | null })[] {
  const doc = docWith(text, actors);
  extractPositions(doc);
  for (const p of doc.positions) expect(text.slice(p.start, p.end)).toBe(p.text);
  return doc.positions.map((p) => ({ ...p, actorName: doc.actor(p.actor)?.name ?? null }));
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
