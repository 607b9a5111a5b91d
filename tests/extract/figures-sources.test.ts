import { describe, expect, it } from "vitest";
import { figuresOf, figuresWithActors, onlyFigure } from "./figures-fixture.js";

const sources = (text: string) => figuresOf(text).map((f) => [f.value, f.source]);

describe("figures: sources", () => {
  it("gives one trailing source to every figure of its sentence", () => {
    expect(sources("Some 1,200 people were killed and 253 abducted in the raid, according to Valdorian officials.")).toEqual([
      [1200, "Valdorian officials"],
      [253, "Valdorian officials"],
    ]);
  });

  it.each([
    ["The strikes killed more than 260 people, Kestrel health officials say.", "Kestrel health officials"],
    ["More than 390 people have died, per local health officials.", "local health officials"],
    ["At least 80 people have died, according to a Marenport Herald tally based on official figures.", "a Marenport Herald tally based on official figures"],
    ["The health ministry in the rebel-held region said 300 people were killed.", "The health ministry in the rebel-held region"],
    ["Kestrel believes 300 of its soldiers were killed.", "Kestrel"],
    ["According to the Red Crescent, 70 people were wounded.", "the Red Crescent"],
    ["Twelve people were killed, said the mayor of Marenport.", "the mayor of Marenport"],
    ["\u201cWe freed 105 hostages,\u201d Tomas Vell told reporters.", "Tomas Vell"],
    ["The Kestrel-run health ministry says 40 people died.", "The Kestrel-run health ministry"],
    ["Four soldiers were killed in the hills, the military said.", "the military"],
    ["Valdoria's military said 1,500 fighters were killed.", "Valdoria's military"],
    ["Marta Selin, a spokeswoman for the port authority, said 300 dockers were laid off.", "Marta Selin"],
  ])("%s", (text, source) => {
    expect(onlyFigure(text).source).toBe(source);
  });

  it("trims the time from a closing attribution", () => {
    expect(sources("Three guards were killed and 34 wounded in the blast, Valdorian officials said on Sunday.")).toEqual([
      [3, "Valdorian officials"],
      [34, "Valdorian officials"],
    ]);
  });

  it("leaves the source empty when the article states the figure", () => {
    expect(onlyFigure("Some 1,200 people were killed in the raid.").source).toBeNull();
  });

  it("keeps a figure in another clause out of a trailing source's reach", () => {
    expect(sources("The rebels still hold some 115 hostages in Kestrel, where more than 390 people have died, per local officials.")).toEqual([
      [115, null],
      [390, "local officials"],
    ]);
  });

  it("gives each figure the source that opens its own clause", () => {
    expect(sources("Valdoria says 1,200 people were killed, while the Kestrel ministry says more than 260 people died.")).toEqual([
      [1200, "Valdoria"],
      [260, "the Kestrel ministry"],
    ]);
  });

  it("lets a closing source end the reach of an opening one", () => {
    expect(sources("Valdoria says the talks failed and 20 people were killed, officials said, but 30 were wounded in the blast.")).toEqual([
      [20, "Valdoria"],
      [30, null],
    ]);
  });

  it("does not take 'per' in a rate for a source", () => {
    expect(onlyFigure("Some 40 trucks entered per day.").source).toBeNull();
  });
});

describe("figures: parenthetical sources", () => {
  it("lets an 'according to' between commas govern both sides of its clause", () => {
    expect(figuresOf("Some 300 people were killed, according to medics, and 20 wounded.").map((f) => f.source)).toEqual(["medics", "medics"]);
    expect(onlyFigure("The toll, according to medics, rose to 300.").source).toBe("medics");
  });

  it("lets a parenthetical verb govern the rest of its clause", () => {
    expect(onlyFigure("The death toll, officials said, has risen to 300.").source).toBe("officials");
  });
});

describe("figures: sources of reporting verbs", () => {
  it.each([
    ["Officials have said 23 soldiers were killed.", "Officials"],
    ["The army has put the toll at 25.", "The army"],
    ["The mayor, Tomas Vell, said 12 people had been killed.", "The mayor, Tomas Vell"],
    ["Its spokesman, Kaspar Vell, said government artillery killed two fighters.", "Its spokesman, Kaspar Vell"],
    ["Three guards were killed in Orvel, said officials.", "officials"],
    ["A senior official briefed on the talks said 12 people were killed.", "A senior official briefed on the talks"],
    ["Diplomats familiar with the matter said 40 hostages were freed.", "Diplomats familiar with the matter"],
  ])("%s", (text, source) => {
    expect(onlyFigure(text).source).toBe(source);
  });

  it.each([
    ["What I would say is this: as we saw last year, 78 hostages were released.", "a hypothetical verb"],
    ["Some 40 people were reported killed.", "a passive"],
    ["The war has claimed more than 9,000 lives.", "the figure's own verb"],
    ["Among the dead were six children and a driver who, witnesses said, had gone back inside.", "a source inside a relative clause"],
  ])("gives no source for %s (%s)", (text) => {
    expect(onlyFigure(text).source).toBeNull();
  });

  it("names the person a pronoun source refers to", () => {
    const figures = figuresWithActors("Tomas Vell, the governor of Orvel, spoke on Monday. He said 12 people had been killed.");
    expect(figures.map((f) => [f.value, f.source])).toEqual([[12, "Tomas Vell"]]);
  });

  it("keeps a pronoun source as written when no actor is known", () => {
    expect(onlyFigure("He said 12 people had been killed.").source).toBe("He");
  });
});

describe("figures: subjects with asides", () => {
  it.each([
    ["The ministry, which does not count fighters, says more than 400 people have been killed.", "The ministry"],
    ["The army, in a statement, said 4 soldiers were wounded.", "The army"],
    ["The U.N. office, citing local authorities, said 32 people were killed.", "The U.N. office"],
  ])("%s", (text, source) => {
    expect(onlyFigure(text).source).toBe(source);
  });
});
