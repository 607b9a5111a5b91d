import { describe, expect, it } from "vitest";
import { analyseRecords } from "../../src/analysis/index.js";
import type { EventRecord } from "../../src/record/schema.js";
import { record } from "./builder.js";

type EventFields = Partial<EventRecord> & Pick<EventRecord, "type">;

/** An outlet's report of a meeting between `a` and `b` (names as the outlet writes them). */
const meeting = (date: string, outlet: string, a: string, b: string, fields: Partial<EventRecord> = {}) =>
  record(date, outlet, [`${a} met ${b} in Lindhaven, ${outlet} reported.`], (r) => {
    const first = r.actor(a);
    const second = r.actor(b);
    r.event("met", { type: "CONSULT", actors: [first], recipients: [second], date: "2025-04-27", place: "Lindhaven", ...fields });
  });

const single = (date: string, outlet: string, text: string, phrase: string, actor: string, fields: EventFields) =>
  record(date, outlet, [text], (r) => {
    const id = r.actor(actor);
    r.event(phrase, { actors: [id], ...fields });
  });

describe("timeline", () => {
  it("merges one meeting reported by three outlets into one event with three sources", () => {
    const reports = [
      meeting("2025-04-28", "Herald", "Anton Reiss", "Jozef Marek"),
      meeting("2025-04-29", "Wire", "Reiss", "Jozef Marek", { place: null }),
      meeting("2025-04-30", "Post", "Anton Reiss", "Jozef Marek", { date: null }),
    ];
    const { timeline, actors } = analyseRecords(reports);
    expect(timeline).toHaveLength(1);
    const [event] = timeline;
    expect(event!.sources.map((s) => s.outlet)).toEqual(["Herald", "Wire", "Post"]);
    expect(event).toMatchObject({ type: "CONSULT", date: "2025-04-27", documentDate: "2025-04-28", place: "Lindhaven" });
    const names = (ids: string[]) => ids.map((id) => actors.find((a) => a.id === id)!.name);
    expect(names(event!.actors)).toEqual(["Anton Reiss"]);
    expect(names(event!.recipients)).toEqual(["Jozef Marek"]);
    expect(reports[0]!.document.text.slice(event!.start, event!.end)).toBe("met");
  });

  it("keeps apart reports with different dates, no shared actor, another type, or a negation", () => {
    const base = meeting("2025-04-28", "Herald", "Anton Reiss", "Jozef Marek");
    const otherDay = meeting("2025-04-29", "Wire", "Anton Reiss", "Jozef Marek", { date: "2025-05-03" });
    const otherPeople = meeting("2025-04-29", "Post", "Lidia Marek", "Oskar Thal");
    const otherType = meeting("2025-04-29", "Monitor", "Anton Reiss", "Jozef Marek", { type: "AGREE" });
    const negated = meeting("2025-04-29", "Ledger", "Anton Reiss", "Jozef Marek", { modality: "negated" });
    expect(analyseRecords([base, otherDay, otherPeople, otherType, negated]).timeline).toHaveLength(5);
  });

  it("does not chain reports with different dates through an undated one at the same place", () => {
    const a = meeting("2025-04-28", "Herald", "Anton Reiss", "Jozef Marek");
    const undated = meeting("2025-04-29", "Wire", "Anton Reiss", "Jozef Marek", { date: null });
    const later = meeting("2025-05-04", "Post", "Anton Reiss", "Jozef Marek", { date: "2025-05-03" });
    const { timeline } = analyseRecords([a, undated, later]);
    expect(timeline.map((e) => e.sources.length).sort()).toEqual([1, 2]);
  });

  it("orders events by event date, then document date", () => {
    const proposal = single("2025-03-06", "Herald", "The government proposed a truce.", "proposed", "The government",
      { type: "PROPOSE", date: "2025-03-05" });
    const undated = single("2025-03-04", "Wire", "The Front rejected talks.", "rejected", "The Front", { type: "REJECT" });
    const rally = single("2025-03-05", "Post", "The Front held a rally.", "held a rally", "The Front", { type: "PROTEST" });
    const { timeline } = analyseRecords([proposal, undated, rally]);
    expect(timeline.map((e) => [e.type, e.date ?? e.documentDate])).toEqual([
      // Same event date: the rally's report (published 5 March) comes before the proposal's (6 March).
      ["REJECT", "2025-03-04"], ["PROTEST", "2025-03-05"], ["PROPOSE", "2025-03-05"],
    ]);
    expect(timeline.map((e) => e.id)).toEqual(["ev-1", "ev-2", "ev-3"]);
  });
});
