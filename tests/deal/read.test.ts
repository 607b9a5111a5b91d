import { describe, expect, it } from "vitest";
import { BOTH } from "../../src/deal/parties.js";
import type { TermDraft } from "../../src/deal/read/drafts.js";
import { termsOfArticle, type ArticleSpec } from "./fixture.js";

const FRONT = { name: "Highland Front", type: "group" as const };
const OSTMARK = { name: "Ostmark", type: "state" as const };

/** An article naming whichever of the sides its text names. */
function spec(text: string, extra: Partial<ArticleSpec> = {}): ArticleSpec {
  const actors = (extra.actors ?? [OSTMARK, FRONT]).filter((a) => text.includes(a.name));
  return { text, date: "2031-03-07", outlet: "Coastal Wire", ...extra, actors };
}
const ofKind = <K extends TermDraft["kind"]>(terms: Array<TermDraft & { text: string }>, kind: K) =>
  terms.filter((t): t is Extract<TermDraft, { kind: K }> & { text: string } => t.kind === kind);
const byName = (side: unknown) => (side === null ? null : side === BOTH ? BOTH : (side as { name: string }).name);

describe("reading the terms of a passage", () => {
  it("reads a ceasefire length and a number of phases, with the words they rest on", () => {
    const terms = termsOfArticle(spec("The Highland Front proposed a 60-day ceasefire in two phases."));
    expect(ofKind(terms, "ceasefireDays").map((t) => [t.value, t.text])).toEqual([[60, "60-day"]]);
    expect(ofKind(terms, "phaseCount").map((t) => [t.value, t.text])).toEqual([[2, "two phases"]]);
  });

  it("gives a phase its length, and its releases to the phase named in their clause or before it", () => {
    const terms = termsOfArticle(spec(
      "Under the plan, the first 20-day phase would see the release of women, children and the wounded held by either side. "
      + "Soldiers would be freed in a second phase, and the bodies of the dead returned in the third."));
    expect(ofKind(terms, "phaseDays").map((t) => [t.phase, t.value, t.text])).toEqual([[1, 20, "first 20-day phase"]]);
    const releases = ofKind(terms, "release").map((t) => [t.phase, t.value.category, byName(t.value.by)]);
    expect(releases).toEqual([
      [1, "women", BOTH], [1, "children", BOTH], [1, "wounded", BOTH],
      [2, "soldiers", null],
      [3, "remains", null],
    ]);
    // a phase's length is not the ceasefire's
    expect(ofKind(terms, "ceasefireDays")).toEqual([]);
  });

  it("names who releases: the side before the verb, 'held by' a side, a role word resolved to the one party that fits", () => {
    const terms = termsOfArticle(spec(
      "In the first phase the Highland Front will free 30 women, while the government will release 90 prisoners held in Dorn jails.",
    ), [{ text: "Ostmark's government met the Highland Front.", date: "2031-03-01", outlet: "Hill Times", actors: [OSTMARK, FRONT] }]);
    expect(ofKind(terms, "release").map((t) => [byName(t.value.by), t.value.category, t.value.count])).toEqual([
      ["Highland Front", "women", 30], ["Ostmark", "prisoners", 90],
    ]);
  });

  it("reads a pull-back: who, what, how far, from where; and not a refusal to pull back", () => {
    const terms = termsOfArticle(spec("The army will pull its artillery back 10 km from the Rusk valley. The Front would not withdraw from Kell.",
      { actors: [OSTMARK, FRONT, { name: "Kell", type: "place" }] }));
    const [w, ...more] = ofKind(terms, "withdrawal");
    expect(more).toEqual([]);
    expect(w!.value).toMatchObject({ area: "Rusk valley", distanceKm: 10, forces: "artillery" });
    expect(w!.text).toBe("pull its artillery back 10 km from the Rusk valley");
  });

  it("reads aid as a rate to a place, and not an aid group", () => {
    const terms = termsOfArticle(spec("Aid would surge with 600 trucks carrying food into Kell every day. The aid group said nothing.",
      { actors: [OSTMARK, FRONT, { name: "Kell", type: "place" }] }));
    expect(ofKind(terms, "aid").map((t) => t.value)).toEqual([{ what: "aid", amount: 600, unit: "trucks", per: "day", destination: "Kell" }]);
  });

  it("reads an exchange with its ratio", () => {
    const terms = termsOfArticle(spec("The Front would free 10 hostages in exchange for 30 prisoners."));
    expect(ofKind(terms, "exchange").map((t) => t.value)).toEqual([{
      give: { by: null, what: "hostages", count: 10 }, get: { by: null, what: "prisoners", count: 30 }, ratio: 3,
    }]);
  });

  it("leaves out what follows 'rather than', and reads permanence only when stated", () => {
    const terms = termsOfArticle(spec("The Front wants a 90-day truce rather than a permanent ceasefire."));
    expect(ofKind(terms, "permanent")).toEqual([]);
    expect(ofKind(terms, "ceasefireDays").map((t) => t.value)).toEqual([90]);
    expect(ofKind(termsOfArticle(spec("Phase two would bring a permanent end to hostilities.")), "permanent").map((t) => t.text)).toEqual(["permanent end"]);
  });

  it("reads a condition to move on as a condition of the phase it leaves", () => {
    const terms = termsOfArticle(spec("The parties would negotiate the details to move from phase one to phase two."));
    expect(ofKind(terms, "condition").map((t) => t.phase)).toEqual([1]);
  });

  it("dates the start of a deal from the publication date", () => {
    const terms = termsOfArticle(spec("The truce was signed on Tuesday. It takes effect at midnight on Friday.", { date: "2031-04-01" }));
    expect(ofKind(terms, "effective").map((t) => [t.value, t.text])).toEqual([["2031-04-04", "It takes effect at midnight on Friday"]]);
  });

  it("finds mediators and monitors near their cue words", () => {
    const terms = termsOfArticle(spec("The deal was signed in the presence of Pellan's foreign minister Ana Weld, and observers from the Red Crescent will watch it.", {
      actors: [{ name: "Ana Weld", type: "person", affiliation: "Pellan" }, { name: "Pellan", type: "state" }, { name: "Red Crescent", type: "organization" }],
    }));
    const found = new Set(ofKind(terms, "mediator").map((t) => `${t.value.party.name}: ${t.value.role}`));
    expect([...found]).toEqual(["Pellan: mediator", "Red Crescent: monitor"]);
  });
});
