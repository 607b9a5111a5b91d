import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCorpusDir } from "../../src/cli/commands/demo.js";
import { ingestInputs } from "../../src/cli/commands/ingest.js";
import { loadDealBook, type DealBook } from "../../src/deal/index.js";
import { DEFAULT_MAX_BYTES } from "../../src/ingest/index.js";
import { openStore } from "../../src/store/index.js";

/**
 * The deals of the bundled demo corpus (demo/README.md), extracted and stored as `parley ingest` does.
 * Only what the articles say is asserted: the government's 30-day offer of March 5, the NLF's 90-day
 * counter-proposal in three phases of March 11 (rejected on March 19), the agreement signed on May 6
 * that takes effect at midnight on Friday May 9, the first release on May 12, the Korsk violation and
 * the postponed second exchange.
 */
let dir: string;
let book: DealBook;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parley-deal-demo-"));
  const store = openStore(join(dir, "demo.db"));
  await ingestInputs(store, [], join(demoCorpusDir(), "manifest.jsonl"), { maxBytes: DEFAULT_MAX_BYTES });
  book = await loadDealBook(store);
  store.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const proposalsBy = (name: string) => book.deals.filter((d) => d.kind === "proposal" && d.proposers.some((p) => p.name === name));

describe("the demo negotiation's deals", () => {
  it("has the NLF counter-proposal: 90 days in three phases, the first of 30 days freeing women, children, the elderly and the wounded", () => {
    const nlf = book.find("nlf-2025-03-11-90d");
    expect(nlf.proposers.map((p) => p.name)).toEqual(["Northern Liberation Front"]);
    expect(nlf.ceasefire.days!.value).toBe(90);
    expect(nlf.phaseCount!.value).toBe(3);
    expect(nlf.phases.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(nlf.phases[0]!.days!.value).toBe(30);
    expect(nlf.phases[0]!.releases.map((r) => r.category).sort()).toEqual(["children", "elderly", "women", "wounded"]);
    expect(nlf.phases[2]!.releases.map((r) => r.category)).toContain("remains");
    expect(nlf.status.value).toBe("rejected");
  });

  it("has the government's 30-day offer of March 5, which the NLF answered", () => {
    const offers = proposalsBy("Valdoria").filter((d) => d.ceasefire.days?.value === 30);
    expect(offers.map((d) => d.dates.proposed?.value)).toContain("2025-03-05");
    const first = offers.find((d) => d.dates.proposed?.value === "2025-03-05")!;
    expect(book.find("nlf-2025-03-11-90d").counters).toBe(first.id);
  });

  it("has the 90-day agreement signed on May 6, in force from May 9", () => {
    const agreement = book.latestAgreed()!;
    expect(agreement.dates.signed!.value).toBe("2025-05-06");
    expect(agreement.dates.effective!.value).toBe("2025-05-09");
    expect(agreement.ceasefire.days!.value).toBe(90);
    expect(agreement.parties.map((p) => p.name).sort()).toEqual(["Northern Liberation Front", "Valdoria"]);
    expect(agreement.phases[0]!.releases).toContainEqual(expect.objectContaining({ category: "prisoners", count: 300 }));
  });

  it("keeps a ledger: the May 12 release, the Korsk violation of May 20, the postponed exchange", () => {
    const ledger = book.ledger(book.latestAgreed()!);
    const release = ledger.observations.find((o) => o.kind === "release" && o.date === "2025-05-12")!;
    expect(release.releases).toContainEqual(expect.objectContaining({ by: "Northern Liberation Front", count: 62 }));
    expect(release.releases).toContainEqual(expect.objectContaining({ by: "Valdoria", count: 150 }));
    const violation = ledger.observations.find((o) => o.kind === "violation")!;
    expect(violation.places).toContain("Korsk");
    expect(violation.date).toBe("2025-05-20");
    expect(ledger.observations.some((o) => o.kind === "delay")).toBe(true);
    const prisoners = ledger.due.find((d) => d.kind === "release" && d.count === 300)!;
    expect(prisoners.delivered).toBe(150);
    expect(ledger.effective.alternatives.map((a) => a.date)).toContain("2025-05-10");
  });
});
