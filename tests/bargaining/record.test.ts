import { describe, expect, it } from "vitest";
import { recordFill } from "../../src/bargaining/record/fill.js";
import { mergeRecord } from "../../src/bargaining/record/merge.js";
import { placeDays, placeStance } from "../../src/bargaining/record/placements.js";
import { starterScenario } from "../../src/bargaining/record/starter.js";
import { defaultScale } from "../../src/bargaining/scales.js";
import { genericProfile } from "../../src/kb/profile.js";
import { analysisActor, analysisOf, cell, proposal, recordWithTerms, stance, valdoriaScenario } from "./fixtures.js";

const permanence = defaultScale("ceasefire_permanence");
const withdrawal = defaultScale("withdrawal");
const duration = defaultScale("ceasefire_duration");

const front = analysisActor("front", "Northern Liberation Front", "Northern Liberation Front");
const government = analysisActor("government", "Government of Valdoria", "Valdoria");

describe("placing statements on a scale", () => {
  it("matches a demand's words to an anchor's cues", () => {
    expect(placeStance(permanence, "demand", "a permanent truce")).toEqual({
      value: 100, how: "demand matching 'permanent' → 'a permanent end to the war now' (100)",
    });
    expect(placeStance(withdrawal, "demand", "a 20-kilometer pullback")?.value).toBe(50);
  });

  it("reads a refusal with the refusal cues", () => {
    expect(placeStance(withdrawal, "reject", "withdraw from Sarn")?.value).toBe(0);
    expect(placeStance(permanence, "oppose", "an end to the war")?.value).toBe(0);
  });

  it("falls back on the issue's default anchor for its stance, or places nobody", () => {
    expect(placeStance(withdrawal, "support", "the army leaving the corridor")?.how).toBe("support, no cue matched → the issue's default 'full withdrawal' (100)");
    expect(placeStance(duration, "demand", "talks in Lindhaven")).toBeUndefined();
  });

  it("places a ceasefire length between the anchors that stand for days", () => {
    expect(placeDays(duration, 30)?.value).toBe(35);
    expect(placeDays(duration, 36)?.value).toBe(42.5);
    expect(placeDays(duration, 3)?.value).toBe(10);
    expect(placeDays(duration, 365)?.value).toBe(75);
    expect(placeDays(permanence, 30)).toBeUndefined();
  });
});

describe("filling a scenario from the record", () => {
  const analysis = analysisOf({
    actors: [front, government],
    cells: [
      cell("front", "withdrawal", [
        stance("doc_a", 10, "the army to pull back 20 kilometers", "demand", "2025-03-01"),
        stance("doc_b", 40, "a full withdrawal from the corridor", "demand", "2025-03-09"),
        stance("doc_b", 90, "leave Sarn", "reject", null),
      ]),
      cell("front", "ceasefire_permanence", [stance("doc_c", 5, "a permanent truce", "demand", "2025-03-02")]),
      cell("government", "withdrawal", [stance("doc_a", 120, "withdraw from the Vask corridor", "reject", "2025-03-01")]),
    ],
    timeline: [proposal("doc_d", "e1", 0, 32, ["government"], "2025-03-04")],
  });
  const records = [recordWithTerms("doc_d", "Valdoria proposed a 30-day truce", "e1", { ceasefireDays: 30 })];
  const fill = recordFill(analysis, [permanence, withdrawal, duration], records);
  const assessment = (actor: string, issue: string) => fill.assessments.find((a) => a.actor === actor && a.issue === issue);

  it("takes the latest placing statement, keeping the evidence of those that agree with it", () => {
    const position = assessment("front", "withdrawal")!.position!;
    expect(position.value).toBe(100);
    expect(position.source).toBe("record");
    expect(position.evidence).toEqual([{ documentId: "doc_b", start: 40, end: 75, text: "a full withdrawal from the corridor" }]);
    expect(position.note).toContain("latest of 3 placing statement(s)");
    expect(position.note).toContain("other statements placed it at 0, 50");
  });

  it("measures salience by statements, relative to the actor's most-discussed issue", () => {
    expect(assessment("front", "withdrawal")!.salience).toMatchObject({ value: 100, source: "record" });
    expect(assessment("front", "ceasefire_permanence")!.salience!.value).toBe(33);
    expect(assessment("front", "ceasefire_permanence")!.salience!.evidence).toHaveLength(1);
  });

  it("places a proposer by its proposal's terms, with the event's span as evidence", () => {
    const position = assessment("government", "ceasefire_duration")!.position!;
    expect(position.value).toBe(35);
    expect(position.evidence).toEqual([{ documentId: "doc_d", start: 0, end: 32, text: "Valdoria proposed a 30-day truce" }]);
    expect(position.note).toContain("propose: 30-day ceasefire → 'about a month' (35)");
  });

  it("names actors as the analysis does, with their side", () => {
    expect(fill.actors).toEqual([
      { id: "front", name: "Northern Liberation Front", side: "Northern Liberation Front" },
      { id: "government", name: "Government of Valdoria", side: "Valdoria" },
    ]);
  });

  it("counts what a person says for the side they speak for, keeping who said it in the evidence", () => {
    const commander = { ...analysisActor("commander", "Jozef Marek", "Northern Liberation Front"), type: "person" as const };
    const president = { ...analysisActor("president", "Matthias Orlen"), type: "person" as const };
    const bySide = recordFill(analysisOf({
      actors: [front, commander, president],
      cells: [
        cell("commander", "withdrawal", [stance("doc_e", 0, "a full withdrawal from the corridor", "demand", "2025-03-10")]),
        cell("president", "withdrawal", [stance("doc_e", 50, "leave Sarn", "demand", "2025-03-10")]),
      ],
    }), [withdrawal]);
    expect(bySide.actors.map((a) => a.id)).toEqual(["front", "president"]);
    expect(bySide.assessments.find((a) => a.actor === "front")!.position!.evidence![0]!.text).toBe("a full withdrawal from the corridor");
  });

  it("keeps analyst values, adding the record's evidence and suggestion; replaces the rest", () => {
    const scenario = valdoriaScenario();
    scenario.issues.push(withdrawal);
    scenario.assessments.push({ actor: "front", issue: "withdrawal", position: { value: 70, source: "analyst", note: "insiders say" }, salience: { value: 10, source: "default" } });
    const merged = mergeRecord(scenario, fill);
    const mine = merged.assessments.find((a) => a.actor === "front" && a.issue === "withdrawal")!;
    expect(mine.position!.value).toBe(70);
    expect(mine.position!.source).toBe("analyst");
    expect(mine.position!.evidence).toHaveLength(1);
    expect(mine.position!.note).toMatch(/^insiders say; the record suggests 100 \(latest of 3/);
    expect(mine.salience).toMatchObject({ value: 100, source: "record" });
    // The government's record on withdrawal is new to the scenario: added; its actor already exists.
    expect(merged.assessments.find((a) => a.actor === "government" && a.issue === "withdrawal")!.position!.value).toBe(0);
    expect(merged.actors.map((a) => a.id)).toEqual(["government", "front", "kestria"]);
    // Issues the scenario does not have are not added.
    expect(merged.assessments.some((a) => a.issue === "ceasefire_duration")).toBe(false);
  });

  it("starts a scenario with every profile issue and a default capability for each actor", () => {
    const starter = starterScenario(analysis, genericProfile(), records);
    expect(starter.issues.map((i) => i.id)).toEqual(genericProfile().issues.map((i) => i.label));
    expect(starter.actors.every((a) => a.capability?.source === "default")).toBe(true);
    expect(starter.assessments.every((a) => a.position === undefined || a.position.source === "record")).toBe(true);
  });
});
