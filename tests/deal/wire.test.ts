import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestInputs } from "../../src/cli/commands/ingest.js";
import { compareDeals } from "../../src/deal/compare.js";
import { loadDealBook, type DealBook } from "../../src/deal/index.js";
import { DEFAULT_MAX_BYTES } from "../../src/ingest/index.js";
import { openStore } from "../../src/store/index.js";

/**
 * Two multi-day negotiations in wire style, written for these tests (tests/deal/wire/*), extracted and
 * stored as `parley ingest` does: a three-phase Gaza ceasefire-and-exchange deal (proposal by Qatar and
 * Egypt, Hamas's counter-proposal, the agreement, weekly releases, a delayed release, accusations and
 * an incident), and a 60-day Israel-Lebanon cessation of hostilities with a phased withdrawal. Only
 * what the articles say is asserted.
 */
const here = dirname(fileURLToPath(import.meta.url));
let dir: string;
const books: Record<string, DealBook> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parley-deal-wire-"));
  for (const name of ["gaza", "lebanon"]) {
    const store = openStore(join(dir, `${name}.db`));
    await ingestInputs(store, [], join(here, "wire", name, "manifest.jsonl"), { maxBytes: DEFAULT_MAX_BYTES });
    books[name] = await loadDealBook(store);
    store.close();
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names = (list: ReadonlyArray<{ name: string }>) => list.map((p) => p.name);

describe("a three-phase ceasefire and exchange (Gaza)", () => {
  it("reads the mediators' proposal as theirs, made to both sides, and answered by Hamas", () => {
    const proposal = books.gaza!.find("qatar-egypt-2031-01-07");
    expect(names(proposal.proposers)).toEqual(["Qatar", "Egypt"]);
    expect(names(proposal.parties)).toEqual(["Israel", "Hamas"]);
    expect(proposal.status.value).toBe("countered");
    const counter = books.gaza!.find("hamas-2031-01-09");
    expect(counter.counters).toBe("qatar-egypt-2031-01-07");
  });

  it("takes a ratio for a ratio, not for a number of prisoners released", () => {
    const proposal = books.gaza!.find("qatar-egypt-2031-01-07");
    const phase1 = proposal.phases[0]!;
    expect(phase1.days!.value).toBe(42);
    expect(phase1.releases.map((r) => [r.by, r.category, r.count])).toEqual([["Hamas", "hostages", 33], ["Israel", "prisoners", null]]);
    expect(proposal.exchanges.map((x) => [x.give.by, x.give.what, x.get.by, x.get.what, x.ratio])).toEqual([["Hamas", "hostages", "Israel", "prisoners", 30]]);
    const counter = books.gaza!.find("hamas-2031-01-09");
    expect(counter.phases.flatMap((p) => p.releases)).toEqual([]);
    expect(counter.exchanges.map((x) => x.ratio)).toEqual([50]);
  });

  it("gives Israeli forces' withdrawal to Israel and reads the aid rate with its amount", () => {
    const agreement = books.gaza!.latestAgreed()!;
    const phase1 = agreement.phases[0]!;
    expect(phase1.withdrawals.map((w) => [w.by, w.area])).toEqual([["Israel", "populated areas of Gaza"]]);
    expect(phase1.aid.map((a) => [a.amount, a.unit, a.per, a.destination])).toEqual([[600, "trucks", "day", "Gaza"]]);
    expect(agreement.dates.effective!.value).toBe("2031-01-19");
  });

  it("compares the proposal and the counter-proposal term by term", () => {
    const rows = compareDeals(books.gaza!.find("qatar-egypt-2031-01-07"), books.gaza!.find("hamas-2031-01-09")).rows;
    expect(rows.find((r) => r.term === "phase 1: length")).toMatchObject({ gap: "+18 days in B" });
    expect(rows.find((r) => r.term === "aid")!.a!.text).toBe("600 trucks a day");
  });

  const ledger = () => books.gaza!.ledger(books.gaza!.latestAgreed()!);

  it("counts each hostage once and keeps a release that came a day late partial, not delayed", () => {
    const hamas = ledger().due.find((d) => d.kind === "release" && d.by === "Hamas")!;
    expect(hamas).toMatchObject({ count: 33, delivered: 10, status: "partial" });
    expect(ledger().due.find((d) => d.kind === "release" && d.by === "Israel")).toMatchObject({ count: 1900, delivered: 473, status: "partial" });
    const first = ledger().observations.find((o) => o.kind === "release")!;
    expect(first.releases!.map((r) => [r.by, r.count])).toEqual([["Hamas", 3], ["Israel", 90]]);
  });

  it("does not take strikes before the ceasefire took effect for a violation", () => {
    const violations = ledger().observations.filter((o) => o.kind === "violation");
    expect(violations.map((o) => [o.date, o.alleged])).toEqual([["2031-01-25", true], ["2031-02-01", false]]);
  });
});

describe("a 60-day cessation of hostilities with a phased withdrawal (Lebanon)", () => {
  it("builds the agreement, with the monitoring committee and both pull-backs", () => {
    const agreement = books.lebanon!.latestAgreed()!;
    expect(agreement.ceasefire.days!.value).toBe(60);
    expect(agreement.dates.effective!.value).toBe("2031-11-26");
    expect(agreement.mediators.map((m) => [m.name, m.role])).toEqual([["United States", "monitor"], ["France", "monitor"]]);
    expect(agreement.withdrawals.map((w) => [w.by, w.area])).toEqual([["Israel", "southern Lebanon"], ["Hezbollah", "north of the Litani River"]]);
    expect(names(books.lebanon!.find("u-s-2031-11-24-60d").proposers)).toEqual(["United States"]);
  });

  it("reads 'withdraw ... within 60 days' as the pull-back's deadline in the deal", () => {
    const agreement = books.lebanon!.latestAgreed()!;
    expect(agreement.withdrawals.map((w) => [w.by, w.withinDays])).toEqual([["Israel", 60], ["Hezbollah", null]]);
    const israel = books.lebanon!.ledger(agreement).due.find((d) => d.kind === "withdrawal" && d.by === "Israel")!;
    expect([israel.dueFrom, israel.dueBy, israel.dueBySource]).toEqual(["2031-11-26", "2032-01-24", "deal"]);
  });

  it("takes a pull-back from one town as a start, not the withdrawal done", () => {
    const ledger = books.lebanon!.ledger(books.lebanon!.latestAgreed()!);
    expect(ledger.due.filter((d) => d.kind === "withdrawal").map((d) => [d.by, d.status])).toEqual([["Israel", "started"], ["Hezbollah", "pending"]]);
  });
});
