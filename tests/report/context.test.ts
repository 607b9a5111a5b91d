import { describe, expect, it } from "vitest";
import { ReportContext } from "../../src/report/index.js";
import { figureText } from "../../src/report/labels.js";
import { at, DOC_IDS, fixtureAnalysis, fixtureContext, TEXTS } from "./analysis-fixture.js";

describe("ReportContext.excerpt", () => {
  const context = fixtureContext();

  it("quotes the whole sentence around the cited words and marks them apart", () => {
    expect(context.excerpt(at("d1", "at least 40"))).toEqual({
      before: "The Ridge Alliance holds ",
      match: "at least 40",
      after: " hostages, according to the Orvane interior ministry.",
    });
  });

  it("stops at the sentence boundary, not at the abbreviation-free previous period", () => {
    const excerpt = context.excerpt(at("d2", "about 40"))!;
    expect(excerpt.before).toBe("The Orvane interior ministry said ");
    expect(excerpt.after).toBe(" hostages remain in captivity.");
  });

  it("covers every sentence a span crosses", () => {
    const span = at("d2", "25 hostages. The Orvane");
    const excerpt = context.excerpt(span)!;
    expect(excerpt.before).toBe("The Ridge Alliance said it holds ");
    expect(excerpt.after).toBe(" interior ministry said about 40 hostages remain in captivity.");
  });

  it("gives nothing when the text is missing or the offsets fall outside it", () => {
    const withoutTexts = new ReportContext(fixtureAnalysis(), new Map());
    expect(withoutTexts.excerpt(at("d1", "at least 40"))).toBeUndefined();
    expect(context.excerpt({ documentId: DOC_IDS.d1, start: 0, end: TEXTS.d1.length + 5 })).toBeUndefined();
  });

  it("cites a document by title, outlet and date", () => {
    expect(context.citation(DOC_IDS.d2)).toMatchObject({ title: "Pellmar talks stall over hostage numbers", outlet: "Ridge Ledger", date: "2025-05-08" });
    expect(context.citation("doc_unknown").title).toBe("doc_unknown");
  });

  it("names analysis actors and falls back to the id", () => {
    expect(context.actorName("tomas-brenk")).toBe("Tomas Brenk");
    expect(context.actorName("nobody")).toBe("nobody");
  });
});

describe("figureText", () => {
  const figure = (value: number | null, qualifier: Parameters<typeof figureText>[0]["qualifier"], low: number | null = null, high: number | null = null) =>
    figureText({ value, qualifier, low, high });

  it.each([
    [figure(40, "at_least"), "at least 40"],
    [figure(40, "approx"), "about 40"],
    [figure(1200, "more_than"), "more than 1,200"],
    [figure(25, "exact"), "25"],
    [figure(null, "range", 30, 40), "30–40"],
    [figure(null, "approx", 24, 99), "about 24–99"],
    [figure(null, "approx"), "no number given"],
  ])("%s", (text, expected) => {
    expect(text).toBe(expected);
  });
});
