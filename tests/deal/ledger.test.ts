import { describe, expect, it } from "vitest";
import { DealSchema, LedgerError } from "../../src/deal/index.js";
import type { DueItem, Ledger } from "../../src/deal/ledger/types.js";
import { AFTER_ARTICLES, AGREEMENT_ARTICLE, dealBookOf, PROPOSAL_ARTICLES } from "./fixture.js";

const book = dealBookOf([...PROPOSAL_ARTICLES, AGREEMENT_ARTICLE, ...AFTER_ARTICLES]);
const agreement = book.latestAgreed()!;
const ledger = book.ledger(agreement);

const due = (l: Ledger, test: (d: DueItem) => boolean) => {
  const found = l.due.filter(test);
  if (found.length !== 1) throw new Error(`expected one due item, found ${found.length}`);
  return found[0]!;
};
const observed = (l: Ledger, kind: string) => l.observations.filter((o) => o.kind === kind);

describe("the implementation ledger", () => {
  it("lays the phases out from the first day, the unstated length filled by the rule", () => {
    expect(agreement.id).toBe("ostmark-highland-front-2031-04-01-60d");
    expect(ledger.effective).toMatchObject({ date: "2031-04-04", source: "record" });
    expect(ledger.ceasefire).toMatchObject({ from: "2031-04-04", to: "2031-06-02", days: 60 });
    expect(ledger.phases).toEqual([
      { number: 1, from: "2031-04-04", to: "2031-04-23", days: 20, daysSource: "record" },
      { number: 2, from: "2031-04-24", to: "2031-06-02", days: 40, daysSource: "default" },
    ]);
    expect(ledger.asOf).toBe("2031-05-12");
  });

  it("counts a release against what the releasing side owes in its phase", () => {
    const front = due(ledger, (d) => d.kind === "release" && d.by === "Highland Front");
    expect(front).toMatchObject({ phase: 1, count: 30, delivered: 30, status: "done", dueBy: "2031-04-23" });
    const government = due(ledger, (d) => d.kind === "release" && d.by === "Ostmark");
    expect(government).toMatchObject({ phase: 1, count: 90, delivered: 45 });
    const release = observed(ledger, "release")[0]!;
    expect(release).toMatchObject({ date: "2031-04-07", dateSource: "event", day: 4, phase: 1 });
    expect(release.releases).toContainEqual({ by: "Ostmark", category: "prisoners", count: 45 });
    expect(release.matches.sort()).toEqual([front.id, government.id].sort());
  });

  it("marks what a postponement holds up as delayed, but not what was already done", () => {
    const [delay, ...more] = observed(ledger, "delay");
    expect(more).toEqual([]);
    expect(delay!.dueDate).toBe("2031-04-18");
    expect(due(ledger, (d) => d.kind === "release" && d.by === "Ostmark").status).toBe("delayed");
    expect(due(ledger, (d) => d.kind === "release" && d.by === "Highland Front").status).toBe("done");
  });

  it("counts an attack during the ceasefire as a violation, with who is blamed and the toll, but not one before it", () => {
    const violations = observed(ledger, "violation");
    expect(violations.map((v) => v.date)).toEqual(["2031-04-13"]);
    expect(violations[0]!.accused.map((a) => a.party)).toEqual(["Highland Front"]);
    expect(violations[0]!.figures.map((f) => [f.measure, f.value])).toEqual([["killed", 2]]);
    expect(violations[0]!.places).toEqual(["Kell"]);
    // the army, one of the parties, reports the Front's attack: a claim against the other side
    expect(violations[0]!.accused).toEqual([expect.objectContaining({ party: "Highland Front", by: "Ostmark", alleged: true })]);
    expect(due(ledger, (d) => d.kind === "ceasefire").status).toBe("violation alleged");
  });

  it("reads 'no serious violation' as a report that the ceasefire held", () => {
    const held = observed(ledger, "held");
    expect(held).toHaveLength(1);
    expect(held[0]!.evidence[0]!.text).toContain("no serious violation");
  });

  it("takes a deadline a report states, and marks the item overdue once it has passed unreported", () => {
    const withdrawal = due(ledger, (d) => d.kind === "withdrawal");
    expect(withdrawal).toMatchObject({ dueBy: "2031-05-10", dueBySource: "text", status: "overdue" });
    expect(withdrawal.evidence.map((e) => e.text)).toContain("pull its artillery back 10 km from the Rusk valley");
  });

  it("leaves a phase that has not begun as upcoming", () => {
    const early = dealBookOf([...PROPOSAL_ARTICLES, AGREEMENT_ARTICLE, AFTER_ARTICLES[0]!]);
    const soldiers = due(early.ledger(early.latestAgreed()!), (d) => d.phase === 2);
    expect(soldiers).toMatchObject({ status: "upcoming", dueFrom: "2031-04-24" });
  });

  it("starts an analyst's deal without an effective date on its signing date, and refuses a deal with neither", () => {
    const { effective, ...dates } = agreement.dates;
    void effective;
    const unsigned = DealSchema.parse({ ...agreement, dates: { ...dates, effective: null } });
    expect(book.ledger(unsigned).effective).toMatchObject({ date: "2031-04-01", source: "default" });
    const undated = DealSchema.parse({ ...agreement, id: "undated", dates: {} });
    expect(() => book.ledger(undated)).toThrow(LedgerError);
    expect(() => book.ledger(undated)).toThrow("undated: no effective or signing date; add dates.effective to the deal file");
  });
});
