import { describe, expect, it } from "vitest";
import { stages, analyse } from "../../src/extract/pipeline.js";
import { source } from "../helpers.js";

// Fictional fixtures: bare surnames as speakers, and the people they may or may not refer to.
const upToQuotes = stages.filter((s) => ["tokens", "actors", "quotes"].includes(s.name));

function analysed(text: string) {
  const doc = analyse(source(text), upToQuotes);
  return {
    people: doc.actors.filter((a) => a.type === "person").map((a) => a.name),
    speakers: doc.quotes.map((q) => doc.actor(q.speaker)?.name ?? "?"),
  };
}

describe("actors: a word capitalised by its place in the sentence is no part of a name", () => {
  it("drops a word opening a headline before a surname when the text writes it in lower case", () => {
    const { people, speakers } = analysed(
      `Embattled Varga defends port deal.\n\nThe embattled harbour minister Ilona Varga stopped the talks on Monday. "We will not sign this week," Varga said.`,
    );
    expect(people).toEqual(["Ilona Varga"]);
    expect(speakers).toEqual(["Ilona Varga"]);
  });

  it("drops a question's auxiliary and a common noun the text also writes in lower case", () => {
    const { people, speakers } = analysed(
      `Marek Dobos met the unions. Does Dobos want a strike? His wife spoke first. Wife Hana Dobos was not there. "Nobody wants a strike," Dobos said.`,
    );
    expect(people).not.toContain("Does Dobos");
    expect(people).not.toContain("Wife Hana Dobos");
    expect(people).toContain("Hana Dobos");
  });

  it("keeps an unfamiliar given name that opens the sentence", () => {
    const { people, speakers } = analysed(
      `Ted Orlak, a founder of the dockers' fund, backed the deal. "It is fair," Orlak said.`,
    );
    expect(people).toEqual(["Ted Orlak"]);
    expect(speakers).toEqual(["Ted Orlak"]);
  });

  it("keeps a full name whose surname the text never writes alone", () => {
    const { people } = analysed(`Understated Kovacs raises his profile. Nobody else was named.`);
    expect(people).not.toContain("Kovacs");
  });
});
