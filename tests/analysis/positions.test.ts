import { describe, expect, it } from "vitest";
import { analyseRecords } from "../../src/analysis/index.js";
import type { PositionRecord } from "../../src/record/schema.js";
import { record } from "./builder.js";

/** One document in which `party` takes `stance` on `issue`. */
const stated = (date: string, outlet: string, party: string, stance: PositionRecord["stance"], issue: string, places: string[] = []) =>
  record(date, outlet, [`${party} said it would ${stance} the ${issue} plan (${outlet}).`], (b) => {
    const actor = b.actor(party, { type: "group" });
    b.position(`${stance} the ${issue} plan`, { actor, stance, issue, places });
  });

describe("positions matrix", () => {
  it("gives each party and issue its stances in date order, first and last seen, and the changes", () => {
    const records = [
      stated("2025-03-20", "Wire", "Northern Front", "reject", "ceasefire"),
      stated("2025-03-11", "Ledger", "Northern Front", "demand", "elections"),
      stated("2025-04-29", "Herald", "Northern Front", "accept", "ceasefire"),
      stated("2025-03-21", "Post", "the government", "support", "ceasefire"),
    ];
    const { positions, actors } = analyseRecords(records);
    const front = actors.find((a) => a.name === "Northern Front")!.id;
    expect(positions.parties[0]).toBe(front);
    expect(positions.issues).toEqual(["ceasefire", "elections"]);
    const cell = positions.cells.find((c) => c.party === front && c.issue === "ceasefire")!;
    expect(cell).toMatchObject({ stance: "accept", firstSeen: "2025-03-20", lastSeen: "2025-04-29" });
    expect(cell.evidence.map((e) => [e.date, e.stance, e.outlet])).toEqual([
      ["2025-03-20", "reject", "Wire"], ["2025-04-29", "accept", "Herald"],
    ]);
    expect(cell.changes).toHaveLength(1);
    const [change] = cell.changes;
    expect(change).toMatchObject({ from: "reject", to: "accept", date: "2025-04-29" });
    const text = records[2]!.document.text;
    expect(text.slice(change!.after.start, change!.after.end)).toBe("accept the ceasefire plan");
  });

  it("does not call a demand followed by a rejection a change, nor stances about different places", () => {
    const records = [
      stated("2025-03-06", "A", "Northern Front", "demand", "withdrawal", ["Vask corridor"]),
      stated("2025-03-20", "B", "Northern Front", "reject", "withdrawal", ["Sarn"]),
      stated("2025-04-02", "C", "Northern Front", "accept", "withdrawal", ["Vask corridor"]),
      stated("2025-04-03", "D", "Northern Front", "reject", "withdrawal"),
    ];
    const [cell] = analyseRecords(records).positions.cells;
    expect(cell!.evidence).toHaveLength(4);
    expect(cell!.changes).toEqual([]);
  });

  it("does not count two stances of one day as a change", () => {
    const sameDay = record("2025-03-20", "A", ["The Front said it would reject the plan but accept the plan's first phase."], (b) => {
      const actor = b.actor("The Front", { type: "group" });
      b.position("reject the plan", { actor, stance: "reject", issue: "ceasefire" });
      b.position("accept the plan", { actor, stance: "accept", issue: "ceasefire" });
    });
    expect(analyseRecords([sameDay]).positions.cells[0]!.changes).toEqual([]);
  });

  it("leaves out positions whose holder is unknown", () => {
    const unknown = record("2025-03-20", "A", ["Some demanded elections."], (b) =>
      b.position("demanded elections", { actor: null, stance: "demand", issue: "elections" }));
    expect(analyseRecords([unknown]).positions).toEqual({ parties: [], issues: [], unplaced: [], cells: [] });
  });
});
