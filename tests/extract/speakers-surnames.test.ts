import { describe, expect, it } from "vitest";
import { stages, analyse } from "../../src/extract/pipeline.js";
import { source } from "../helpers.js";

// Fictional fixtures: bare surnames as speakers, and the people they may or may not refer to.
const upToQuotes = stages.filter((s) => ["tokens", "clauses", "actors", "quotes"].includes(s.name));

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

describe("actors: a bare surname shared by two people", () => {
  const dominated = [
    `Premier Alma Teodor opened the summit in Sarn.`,
    `Alma Teodor set out the terms of the accord, and Alma Teodor took questions for an hour.`,
    `Her brother, Viktor Teodor, runs a shipping firm.`,
    `The talks lasted until dawn.`,
    `Delegates from both ports ate in silence.`,
    `"The accord is ready," Teodor said.`,
  ].join(" ");

  it("goes to the person the text is about when nobody with the surname was named just before", () => {
    expect(analysed(dominated).speakers).toEqual(["Alma Teodor"]);
  });

  it("stays unresolved when the two are written about alike", () => {
    const alike = [
      `Premier Alma Teodor opened the summit in Sarn.`,
      `Her brother, Viktor Teodor, runs a shipping firm; Viktor Teodor sat in the front row.`,
      `The talks lasted until dawn.`,
      `Delegates from both ports ate in silence.`,
      `"The accord is ready," Teodor said.`,
    ].join(" ");
    expect(analysed(alike).speakers).not.toContain("Alma Teodor");
    expect(analysed(alike).speakers).not.toContain("Viktor Teodor");
  });

  it("stays unresolved when the less written-about one was named just before", () => {
    const justBefore = dominated.replace(`The talks lasted until dawn.`, `Viktor Teodor arrived late.`);
    expect(analysed(justBefore).speakers).not.toContain("Alma Teodor");
  });
});

describe("actors: a name written after the speech verb", () => {
  it("is the speaker even when the full name was only given after 'according to'", () => {
    const { speakers } = analysed(
      `Few unions demand it, according to Pavel Kerr, a strategist. "It is not normal language for a port," said Kerr, who advised the dockers.`,
    );
    expect(speakers).toEqual(["Pavel Kerr"]);
  });

  it("is a new person when the text names them nowhere else", () => {
    expect(analysed(`"The berths stay closed," said Lindqvist, who chairs the board.`).speakers).toEqual(["Lindqvist"]);
  });

  it("is the person after a possessive owner, not the owner", () => {
    const { people, speakers } = analysed(`"We face a wipeout," said Kestria’s Rick Armand, a consultant to the port.`);
    expect(people).toEqual(["Rick Armand"]);
    expect(speakers).toEqual(["Rick Armand"]);
  });
});

describe("actors: the object of a speech verb", () => {
  it("is no speaker of its own ('told MPs')", () => {
    const { people } = analysed(`The rebate stays, Jack Strand said. The minister told Delegates it was fair.`);
    expect(people).toEqual(["Jack Strand"]);
  });
});

describe("quotes: a name signed after the quote by a dash", () => {
  it("speaks each quote of a round-up, even a name no list knows", () => {
    const { speakers } = analysed(
      `Dockers told us what they think of the offer.\n\n“It is an insult to every family on the quay.” ― Jessamy Ruhl “We will stay out until spring.” ― Tavo Brennick`,
    );
    expect(speakers).toEqual(["Jessamy Ruhl", "Tavo Brennick"]);
  });

  it("takes a title and a surname signed after a hyphen", () => {
    const { speakers } = analysed(`Minister Ilona Varga spoke on Monday. “The berths stay closed.” -Minister Varga, speaking after the vote.`);
    expect(speakers).toEqual(["Ilona Varga"]);
  });

  it("does not sign a quote with a name that follows a dash inside the sentence", () => {
    const { speakers } = analysed(`Nobody expected “a fair deal” - Tavo Brennick least of all.`);
    expect(speakers).not.toContain("Tavo Brennick");
  });
});

describe("speech: attribution phrases with long appositions", () => {
  it("skips two appositions between the name and the verb", () => {
    const { speakers } = analysed(`“It is an invasion of our waters,” Ruta Kalnin, the chief negotiator of Kestria, one of the states suing the port, said at a briefing.`);
    expect(speakers).toEqual(["Ruta Kalnin"]);
  });

  it("keeps a participle clause at the start of the sentence out of the subject", () => {
    const { speakers } = analysed(`Speaking on Monday, the minister, a veteran of the talks, said “the berths stay closed”.`);
    expect(speakers).not.toContain("Monday");
  });

  it("reads a speech verb after a determiner as a noun ('the claims')", () => {
    const { speakers } = analysed(`“Nothing was signed,” Ruta Kalnin, who rejected the claims of the union, said.`);
    expect(speakers).toEqual(["Ruta Kalnin"]);
  });
});

describe("speech: a party and state tag after the name", () => {
  it.each([
    [`Sen. Dana Morrow, R-Wis., said, “The port was never safe.”`],
    [`“The port was never safe,” Senate Majority Leader Dana Morrow, R-Ky., said Tuesday.`],
  ])("%s", (text) => {
    expect(analysed(text).speakers).toEqual(["Dana Morrow"]);
  });
});

describe("actors: a full name found only in a title-case headline", () => {
  it("does not keep a bare surname of the story from its person", () => {
    const { speakers } = analysed(
      `Kestrian Donor Falkner And Port Board May Be Aligning On Tolls.\n\nTop Kestrian donor Osric Falkner met the board on Friday. "We agree on the tolls," Falkner said.`,
    );
    expect(speakers).toEqual(["Osric Falkner"]);
  });

  it("still leaves two people of the story who share the surname apart", () => {
    const { speakers } = analysed(
      `Osric Falkner met the board on Friday. Wenna Falkner met the unions. "We agree on the tolls," Falkner said.`,
    );
    expect(speakers).not.toContain("Osric Falkner");
    expect(speakers).not.toContain("Wenna Falkner");
  });
});

describe("actors: an honorific's gender tells two people of one surname apart", () => {
  it("gives 'Mr. Varga' to the man when a woman of that surname was named with him", () => {
    const { speakers } = analysed(
      `Peter Varga and his wife, Ilona Varga, arrived at the harbour talks on Monday.\n\n"We will not sign this week," Mr. Varga said.`,
    );
    expect(speakers).toEqual(["Peter Varga"]);
  });
});

describe("actors: a word describing a person before the full name is no part of it", () => {
  it("keeps 'Comedian Ana Holm' and 'Ana Holm' one person, named without the description", () => {
    const { people, speakers } = analysed(
      `Comedian Ana Holm was booed by the dockers on Monday.\n\nAna Holm, herself a docker once, spoke first.\n\n"You are being unfair," Holm said.`,
    );
    expect(people).toEqual(["Ana Holm"]);
    expect(speakers).toEqual(["Ana Holm"]);
  });

  it("keeps two given names apart: 'Mary Ann Holm' is not 'Ann Holm'", () => {
    const { people } = analysed(`Mary Ann Holm met the dockers on Monday. Ann Holm, her cousin, stayed away.`);
    expect(people).toContain("Mary Ann Holm");
    expect(people).toContain("Ann Holm");
  });
});
