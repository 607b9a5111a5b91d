import { describe, expect, it } from "vitest";
import { DealSchema, type Deal, type DealEvidence } from "../../src/deal/index.js";
import { dealMarkdown } from "../../src/deal/render/markdown-deal.js";
import { AGREEMENT_ARTICLE, article, dealBookOf, FRONT, OSTMARK, PROPOSAL_ARTICLES, type ArticleSpec } from "./fixture.js";

const ALL: ArticleSpec[] = [...PROPOSAL_ARTICLES, AGREEMENT_ARTICLE];
const book = dealBookOf(ALL);
const byId = (id: string) => {
  const deal = book.deals.find((d) => d.id === id);
  if (!deal) throw new Error(`no deal ${id} among ${book.deals.map((d) => d.id).join(", ")}`);
  return deal;
};

/** Every evidence object anywhere in a deal. */
function evidenceIn(value: unknown): DealEvidence[] {
  if (Array.isArray(value)) return value.flatMap(evidenceIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => (key === "evidence" ? (item as DealEvidence[]) : evidenceIn(item)));
}

describe("a mediator's proposal", () => {
  it("is made to the sides the article says the deal is between, not to its proposer", () => {
    const mediated = dealBookOf([{
      date: "2031-05-02", outlet: "Coastal Wire",
      text: "Talks on a truce deal between Ostmark and the Highland Front resumed in Pellan.\n\n"
        + "The deal, which was offered by Valdonia, calls for a 30-day truce and the release of the wounded.",
      actors: [OSTMARK, FRONT, { name: "Valdonia", type: "state" }],
      events: [{ type: "PROPOSE", trigger: "offered", date: "2031-05-01", actors: ["Valdonia"] }],
    }]).deals[0]!;
    expect(mediated.proposers.map((p) => p.name)).toEqual(["Valdonia"]);
    expect(mediated.parties.map((p) => p.name)).toEqual(["Ostmark", "Highland Front"]);
  });
});

describe("building deals from the record", () => {
  it("finds one deal per proposal or agreement, with readable stable ids, in date order", () => {
    expect(book.deals.map((d) => [d.id, d.kind])).toEqual([
      ["ostmark-2031-03-03-20d", "proposal"],
      ["highland-front-2031-03-06-60d", "proposal"],
      ["ostmark-highland-front-2031-04-01-60d", "agreement"],
    ]);
    expect(dealBookOf([...ALL].reverse()).deals.map((d) => d.id)).toEqual(book.deals.map((d) => d.id));
  });

  it("groups the same proposal reported by two outlets into one deal with both reports", () => {
    const offer = byId("ostmark-2031-03-03-20d");
    expect(offer.reports.filter((r) => !r.reference).map((r) => r.outlet).sort()).toEqual(["Coastal Wire", "Hill Times"]);
    expect(offer.ceasefire.days!.evidence.map((e) => e.text)).toEqual(["20-day", "20-day"]);
    expect(offer.proposers.map((p) => p.name)).toEqual(["Ostmark"]);
  });

  it("takes an offer restated in the sentence that answers it for a mention of that offer", () => {
    const offer = byId("ostmark-2031-03-03-20d");
    expect(offer.reports.filter((r) => r.reference).map((r) => [r.outlet, r.date])).toEqual([["Coastal Wire", "2031-03-07"]]);
    expect(offer.dates.proposed!.value).toBe("2031-03-03");
  });

  it("takes a sentence that sums up several proposals for mentions of them, not a proposal", () => {
    const summary: ArticleSpec = {
      date: "2031-03-08", outlet: "Hill Times",
      text: "Both sides now have proposals on the table: Ostmark's 20-day truce and the Highland Front's 60-day plan.",
      actors: [{ name: "Ostmark", type: "state" }, { name: "Highland Front", type: "group" }],
      events: [{ type: "PROPOSE", trigger: "proposals" }, { type: "PROPOSE", trigger: "plan" }],
    };
    expect(dealBookOf([...ALL, summary]).deals.map((d) => d.id)).toEqual(book.deals.map((d) => d.id));
  });

  it("keeps every term's evidence equal to its document's text at its offsets", () => {
    const texts = new Map(ALL.map((s) => [article(s).document.id, s.text]));
    const evidence = book.deals.flatMap(evidenceIn);
    expect(evidence.length).toBeGreaterThan(20);
    expect(evidence.filter((e) => texts.get(e.documentId)?.slice(e.start, e.end) !== e.text)).toEqual([]);
  });

  it("reads a counter-proposal's own terms, not the offer it restates, and its phases from the next paragraphs", () => {
    const counter = byId("highland-front-2031-03-06-60d");
    expect(counter.ceasefire.days!.value).toBe(60);
    expect(counter.ceasefire.days!.alternatives).toEqual([]);
    expect(counter.phaseCount!.value).toBe(2);
    const [one, two] = counter.phases as [Deal["phases"][0], Deal["phases"][0]];
    expect(one.days).toMatchObject({ value: 20, source: "record" });
    expect(one.releases.map((r) => [r.by, r.category])).toEqual([["both", "women"], ["both", "children"], ["both", "wounded"]]);
    expect(two.days).toMatchObject({ value: 40, source: "default", evidence: [] });
    expect(two.releases.map((r) => r.category)).toEqual(["soldiers"]);
    expect(counter.withdrawals.map((w) => [w.by, w.area, w.distanceKm])).toEqual([["Ostmark", "Rusk valley", 10]]);
  });

  it("sets statuses from the record: answered, rejected, agreed", () => {
    expect(byId("ostmark-2031-03-03-20d").status.value).toBe("countered");
    const counter = byId("highland-front-2031-03-06-60d");
    expect(counter.counters).toBe("ostmark-2031-03-03-20d");
    expect(counter.status.value).toBe("rejected");
    expect(counter.status.evidence[0]!.text).toMatch(/^Ostmark's government on Sunday rejected the Highland Front's plan/);
    expect(byId("ostmark-highland-front-2031-04-01-60d").status.value).toBe("agreed");
  });

  it("builds an agreement with its parties, mediator, signing and first day", () => {
    const deal = byId("ostmark-highland-front-2031-04-01-60d");
    expect(deal.parties.map((p) => p.name)).toEqual(["Ostmark", "Highland Front"]);
    expect(deal.mediators.map((m) => [m.name, m.role])).toEqual([["Pellan", "mediator"]]);
    expect(deal.dates.signed!.value).toBe("2031-04-01");
    expect(deal.dates.effective).toMatchObject({ value: "2031-04-04", evidence: [{ text: "It takes effect at midnight on Friday" }] });
    expect(deal.phases[0]!.releases.map((r) => [r.by, r.category, r.count])).toEqual([
      ["Highland Front", "people", 30], ["Ostmark", "prisoners", 90],
    ]);
  });

  it("produces deals that are valid deal files", () => {
    for (const deal of book.deals) expect(DealSchema.parse(deal)).toEqual(deal);
  });

  it("needs a proposal in the text: a sentence that only names a deal to come is none", () => {
    const none = dealBookOf([{
      date: "2031-02-01", outlet: "Hill Times", text: "Ostmark said it would not sign any agreement until the Highland Front disarms.",
      actors: [{ name: "Ostmark", type: "state" }, { name: "Highland Front", type: "group" }],
      events: [{ type: "AGREE", trigger: "sign", actors: ["Ostmark"], modality: "negated" }],
    }]);
    expect(none.deals).toEqual([]);
  });
});

describe("one agreement across reprints and sources", () => {
  const reprint = (outlet: string, date: string, signedOn: string | undefined, day: string): ArticleSpec => ({
    ...AGREEMENT_ARTICLE, outlet, date,
    text: AGREEMENT_ARTICLE.text.replace("on Tuesday", day),
    events: [{ ...AGREEMENT_ARTICLE.events![0]!, date: signedOn }],
  });

  it("is one deal with every report as a source, a later reprint giving no date adding no signing date", () => {
    const deals = dealBookOf([AGREEMENT_ARTICLE, reprint("Hill Times", "2031-04-02", undefined, "this week")]).deals;
    expect(deals).toHaveLength(1);
    expect(deals[0]!.reports.map((r) => r.outlet)).toEqual(["Coastal Wire", "Hill Times"]);
    expect(deals[0]!.dates.signed).toMatchObject({ value: "2031-04-01", alternatives: [] });
  });

  it("shows different signing dates as a disagreement between sources", () => {
    const deals = dealBookOf([AGREEMENT_ARTICLE, reprint("Hill Times", "2031-04-03", "2031-04-02", "on Wednesday")]).deals;
    expect(deals).toHaveLength(1);
    const signed = deals[0]!.dates.signed!;
    expect([signed.value, signed.alternatives.map((a) => a.value)]).toEqual(["2031-04-01", ["2031-04-02"]]);
    expect(dealMarkdown(deals[0]!)).toMatch(/- signed: 2031-04-01 .*\(Coastal Wire, 2031-04-01\)\n {2}- sources disagree: 2031-04-02 \(Hill Times, 2031-04-03\)/);
  });
});
