import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure } from "./figures-fixture.js";

describe("figures: context, date and offsets", () => {
  it.each([
    ["Some 1,200 people were killed in the raid on Marenport on Oct. 7.", "the raid on Marenport on Oct. 7"],
    ["Three guards were killed in a drone attack by Kestrel-backed militants near the border.", "a drone attack by Kestrel-backed militants near the border"],
    ["The strikes on Kestrel that flattened the town killed more than 260 people.", "Kestrel"],
    ["There was a ceasefire in Kestrel where more than 390 people have died since the war began.", "Kestrel"],
    ["The 100 hostages who remain captive after the attack on Valdoria met no one.", "the attack on Valdoria"],
    ["Four soldiers were killed in southern Kestrel on Saturday.", "southern Kestrel"],
    ["Some 40 people were killed on Sunday.", null],
    ["Twelve people were killed in the morning.", null],
  ])("%s", (text, context) => {
    expect(onlyFigure(text).context).toBe(context);
  });

  it("shares the event phrase with an earlier figure of the same clause", () => {
    const figures = figuresOf("Three guards were killed and at least 34 wounded in the blast at Marenport.");
    expect(figures.map((f) => f.context)).toEqual(["the blast at Marenport", "the blast at Marenport"]);
  });

  it("dates a figure by the document unless the sentence says 'as of'", () => {
    expect(onlyFigure("Some 40 people were killed.", { date: "2024-01-29" }).asOf).toBe("2024-01-29");
    expect(onlyFigure("As of Friday, 40 people had died.", { date: "2024-01-29" }).asOf).toBe("2024-01-26");
    expect(onlyFigure("As of Jan. 5, 40 people had died.", { date: "2024-01-29" }).asOf).toBe("2024-01-05");
    expect(onlyFigure("Some 40 people were killed.", { date: null }).asOf).toBeNull();
  });

  it("numbers the figures and points their offsets at the number and its qualifier", () => {
    const text = "Officials met.\nMore than 200 people were killed and nearly 40 wounded.";
    const figures = figuresOf(text);
    expect(figures.map((f) => [f.id, text.slice(f.start, f.end)])).toEqual([
      ["fig_1", "More than 200"],
      ["fig_2", "nearly 40"],
    ]);
  });

  it("finds nothing in an empty document", () => {
    expect(figuresOf("")).toEqual([]);
  });
});
