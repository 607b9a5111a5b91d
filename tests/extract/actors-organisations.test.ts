import { describe, expect, it } from "vitest";
import type { ActorRecord } from "../../src/record/schema.js";
import { actorsOf, named } from "./actors-fixture.js";

// Every text here is fictional: invented companies, unions and people in the style of wire copy.
const names = (actors: ActorRecord[]) => actors.map((a) => a.name);

describe("actors: companies named with their legal form", () => {
  it("reads 'General Harlow Corp' as a company, not a person titled General", () => {
    const actors = actorsOf("General Harlow Corp said on Monday it would cut output. A General Harlow spokesman declined to comment.");
    const company = named(actors, "General Harlow Corp");
    expect(company.type).toBe("organization");
    expect(actors.some((a) => a.type === "person" && a.roles.includes("General"))).toBe(false);
  });

  it("finds the company again under its short name and its initials", () => {
    const actors = actorsOf("Brenmore Co Chairman Tobias Quell said the offer was low. Brenmore rejected it.");
    expect(named(actors, "Brenmore Co").aliases).toContain("Brenmore");
    const quell = named(actors, "Tobias Quell");
    expect(quell.roles.some((r) => r.endsWith("Chairman"))).toBe(true);
    expect(quell.affiliation).toBe("Brenmore Co");
    const initials = actorsOf("Harlow Motors Corp said it would cut output. HM shares fell.");
    expect(named(initials, "Harlow Motors Corp").aliases).toContain("HM");
  });

  it("keeps a possessive inside a company's name", () => {
    const actors = actorsOf("The board rejected the bid from Dallow's Group on Friday. Dallow's offer was too low, it said.");
    expect(named(actors, "Dallow's Group").aliases).toContain("Dallow");
  });
});

describe("actors: organisations the text introduces", () => {
  it("reads a name after a classing noun as an organisation's, with its later mentions", () => {
    const actors = actorsOf("The state is at odds with water firm Aguas Norte. Aguas Norte said it would appeal. The gas producer Brelgas signed.");
    const firm = named(actors, "Aguas Norte");
    expect(firm.type).toBe("organization");
    expect(firm.mentions).toHaveLength(2);
    expect(named(actors, "Brelgas").type).toBe("organization");
  });

  it("does not class a person after a noun persons share", () => {
    const actors = actorsOf("The actor and producer Sacha Baron Cohen said so. The film producer Tom Hale agreed.");
    expect(named(actors, "Sacha Baron Cohen").type).toBe("person");
    expect(named(actors, "Tom Hale").type).toBe("person");
  });

  it("reads a name followed by its initials in brackets as an organisation, not an agreement", () => {
    const actors = actorsOf("Fiat and Harlow Motors (HM) met. The deal was under the Coffee Supply Agreement (CSA) of 2003.");
    expect(named(actors, "Harlow Motors").type).toBe("organization");
    expect(actors.map((a) => a.name)).not.toContain("Coffee Supply Agreement");
  });
});

describe("actors: the employer in a person's title", () => {
  it.each([
    ["\"We will look at it,\" said Krelvo chairman Piet Annaker. Krelvo shares rose.", "Piet Annaker", "Krelvo"],
    ["\"It is too early,\" said Ostmark Securities analyst Lena Brandt.", "Lena Brandt", "Ostmark Securities"],
    ["Tomas Greel, an executive at Varnholt, said the terms were fair. Varnholt will reply on Monday.", "Tomas Greel", "Varnholt"],
    ["Ada Pelling, chief executive of Marrowvale, said no decision had been made. Marrowvale later confirmed it.", "Ada Pelling", "Marrowvale"],
    ["Rufus Hale, an analyst with Tenby Harcourt Brothers, expects a higher bid.", "Rufus Hale", "Tenby Harcourt Brothers"],
  ])("%s", (text, person, employer) => {
    const actors = actorsOf(text);
    expect(named(actors, person).affiliation).toBe(employer);
    expect(named(actors, employer).type).toBe("organization");
  });

  it("takes an unknown name for a person's employer only when it is no person of the text", () => {
    const actors = actorsOf("Dana Whitcombe said the plan would fail. Former Whitcombe adviser Sol Reyes agreed.");
    expect(named(actors, "Sol Reyes").affiliation).toBeNull();
    expect(actors.filter((a) => a.type === "organization")).toEqual([]);
  });

  it("takes no person, state or known body for an unknown employer", () => {
    const office = actorsOf("President Matthias Orlen's office said the talks would go on.");
    expect(office.find((a) => a.affiliation === "Matthias Orlen")).toBeUndefined();
    const state = actorsOf("Valdorian troops left. R.J. Hallworth, a Valdoria analyst, said so.");
    expect(state.some((a) => a.type === "organization" && a.name === "Valdoria")).toBe(false);
    const tail = actorsOf("Institute of Allergy and Infectious Diseases director Anton Fell spoke.");
    expect(named(tail, "Anton Fell").affiliation).not.toBe("Infectious Diseases");
    const agency = actorsOf("The Associated Press news agency said so.");
    expect(named(agency, "Associated Press news agency").affiliation).toBe("Associated Press");
    const society = actorsOf("Petra Novan, a spokeswoman for the Red Cross society, said all went well.");
    expect(named(society, "Petra Novan").affiliation).not.toBe("International Committee of the Red Cross");
  });

  it("does not turn the place a governor serves into an organisation", () => {
    const actors = actorsOf("Norland governor Tess Ober said the state would sue.");
    expect(named(actors, "Tess Ober").roles).toContain("Norland governor");
    expect(actors.some((a) => a.type === "organization")).toBe(false);
  });

  it("reads an employer's name whole, and a company without its seat", () => {
    const city = actorsOf("The talks were hosted by former New York City Mayor Rod Gale.");
    expect(named(city, "Rod Gale").affiliation).not.toBe("York City");
    const university = actorsOf("Haifa University expert Ami Dor agreed.");
    expect(named(university, "Ami Dor").affiliation).toBe("Haifa University");
    const seat = actorsOf("John Dosher, managing director of Pace Consultants Inc of Houston, said so.");
    expect(named(seat, "John Dosher").affiliation).toBe("Pace Consultants Inc");
  });

  it("does not take a sentence-opening adjective for an employer", () => {
    const actors = actorsOf("New union president Omar Lisk spoke first.");
    expect(named(actors, "Omar Lisk").affiliation).toBeNull();
    expect(names(actors)).not.toContain("New");
  });
});

describe("actors: a portfolio in a title", () => {
  it.each([
    ["India's petroleum minister Ravi Menon arrived on Monday.", "Ravi Menon", "India's petroleum minister", "India"],
    ["Argentine Planning Minister Julia Ferro said so.", "Julia Ferro", "Argentine Planning Minister", "Argentina"],
    ["Italian economic development minister Carla Visco wrote a letter.", "Carla Visco", "Italian economic development minister", "Italy"],
  ])("%s", (text, person, role, side) => {
    const actor = named(actorsOf(text), person);
    expect(actor.roles).toContain(role);
    expect(actor.affiliation).toBe(side);
  });

  it("gives a title coordinated with a state's title the same state", () => {
    const actors = actorsOf("The deal was signed by Greek prime minister Nikos Arvanitis and energy minister Eleni Dora.");
    expect(named(actors, "Eleni Dora").affiliation).toBe("Greece");
    const alone = actorsOf("Energy minister Eleni Dora signed the deal.");
    expect(named(alone, "Eleni Dora").affiliation).toBeNull();
  });
});

describe("actors: more ways of giving a title", () => {
  it("reads a title said of a name with 'was the'", () => {
    const actors = actorsOf("Tarek Mansur was killed too. Tarek Mansur was the deputy commander of the Coast Brigades.");
    const mansur = named(actors, "Tarek Mansur");
    expect(mansur.roles).toContain("deputy commander of the Coast Brigades");
    expect(mansur.affiliation).toBe("Coast Brigades");
    expect(named(actorsOf("Lena Ott is a member of the board."), "Lena Ott").roles).toEqual([]);
  });

  it("reads 'a spokesman for X' as speaking for X, 'envoy for X' as a job's object", () => {
    const actors = actorsOf("The Coast Brigades (CB) fought on. Ahmed Sabri, a spokesman for the CB, blamed Valdoria.");
    expect(named(actors, "Ahmed Sabri").affiliation).toBe("Coast Brigades");
    const envoy = actorsOf("Tim Roe, the Union's special envoy for Valdoria, arrived.");
    expect(named(envoy, "Tim Roe").affiliation).not.toBe("Valdoria");
  });

  it("reads a title written before an honorific", () => {
    const actors = actorsOf("Players and club manager Sir Alex Fenwick backed the bid.");
    expect(named(actors, "Alex Fenwick").roles).toContain("club manager");
  });

  it("gives a title owned by 'its' to the body named before it in the sentence", () => {
    const actors = actorsOf("The Harbour Union held its line, its president Tomas Lind said. Its leader Ann Vell was absent.");
    expect(named(actors, "Tomas Lind").affiliation).toBe("Harbour Union");
    expect(named(actors, "Ann Vell").affiliation).toBeNull();
  });

  it("gives one name the two titles joined before it", () => {
    const actors = actorsOf("Uruguay's Foreign Minister and Cartagena group chairman Enrique Soto said no.");
    const soto = named(actors, "Enrique Soto");
    expect(soto.roles).toEqual(["Uruguay's Foreign Minister", "Cartagena group chairman"]);
    expect(soto.affiliation).toBe("Uruguay");
    const two = actorsOf("He said no. President Ana Ruiz and Prime Minister Luis Ortega met.");
    expect(named(two, "Ana Ruiz").roles).toEqual(["President"]);
    expect(named(two, "Luis Ortega").roles).toEqual(["Prime Minister"]);
  });
});

describe("actors: a definite title after a named person", () => {
  it("gives 'the foreign secretary' to the one person named just before, with the office's side", () => {
    const actors = actorsOf("The rebate is not for talks, Jack Strand said. The foreign secretary told MPs it was justified. But the foreign secretary said more.");
    const strand = named(actors, "Jack Strand");
    expect(strand.roles).toContain("foreign secretary");
    expect(strand.affiliation).toBe("United Kingdom");
    expect(actors.filter((a) => a.type === "unnamed")).toEqual([]);
  });

  it("leaves the title alone when two people were named", () => {
    const actors = actorsOf("Ann Bell met Tom Ray on Monday. The chancellor said a deal was near.");
    expect(named(actors, "Ann Bell").roles).toEqual([]);
    expect(named(actors, "Tom Ray").roles).toEqual([]);
  });
});

describe("actors: the side written after a name", () => {
  it("reads 'President X of <state>'", () => {
    const actors = actorsOf("When President Tomas Orla of Argentina took office, talks began.");
    expect(named(actors, "Tomas Orla").affiliation).toBe("Argentina");
  });

  it("reads 'X, from the <union>' and makes the union an actor", () => {
    const actors = actorsOf("Mark Tavish, from the Harbour and Dock Workers union said a strike was likely.");
    expect(named(actors, "Mark Tavish").affiliation).toBe("Harbour and Dock Workers union");
  });

  it("does not take a home town for a side", () => {
    const actors = actorsOf("Peter Venn of London said the talks would fail.");
    expect(named(actors, "Peter Venn").affiliation).toBeNull();
  });

  it("separates a person from the outlet written with them", () => {
    const actors = actorsOf("The question came from Kristen Moller of Valley News Network, who asked twice.");
    expect(named(actors, "Valley News Network").type).toBe("organization");
    expect(names(actors)).not.toContain("Kristen Moller of Valley News Network");
  });
});

describe("actors: a body named with a state", () => {
  it("lets a state's organ speak for the state, an independent body for itself", () => {
    const organ = actorsOf("Turkish Foreign Ministry spokesman Emre Kaan said the talks would go on.");
    expect(named(organ, "Emre Kaan").affiliation).toBe("Turkey");
    const forum = actorsOf("Ana Lios, deputy director of the Greek Shipping Forum, said the deal was sound.");
    expect(named(forum, "Ana Lios").affiliation).toBe("Greek Shipping Forum");
  });
});

describe("actors: what is no person", () => {
  it("skips headlines in capitals and plural nouns that open a sentence", () => {
    const actors = actorsOf("TALKS WILL RESUME SOON\nAnalysts said the offer was low. Negotiator Ian Roe said more was possible.");
    expect(names(actors)).not.toContain("TALKS WILL RESUME SOON");
    expect(names(actors)).not.toContain("Analysts");
    expect(named(actors, "Ian Roe").type).toBe("person");
  });

  it("takes a surname written with its particle for the full name", () => {
    const actors = actorsOf("Planning Minister Julio De Vaca has offered help. Mr De Vaca said the state would pay. Anna De Luca came too.");
    expect(named(actors, "Julio De Vaca").aliases).toContain("De Vaca");
    expect(actors.filter((a) => a.type === "person").map((a) => a.name)).toEqual(["Julio De Vaca", "Anna De Luca"]);
  });

  it("keeps name particles such as 'du' in a titled name", () => {
    const actors = actorsOf("Finance Minister Pieter du Toit said the budget would hold.");
    expect(named(actors, "Pieter du Toit").roles).toContain("Finance Minister");
  });
});

describe("actors: a title naming the kind of body the text named", () => {
  it("reads 'union president' as the one union the text named", () => {
    const text = "The Harbour Workers Union said it accepted the offer. But union president Dana Ferris said local issues remained.";
    expect(named(actorsOf(text), "Dana Ferris").affiliation).toBe("Harbour Workers Union");
  });

  it("gives no side when the text named two bodies of that kind", () => {
    const text = "The Harbour Workers Union and the Rail Staff Union said they accepted the offer. But union president Dana Ferris said local issues remained.";
    expect(named(actorsOf(text), "Dana Ferris").affiliation).toBeNull();
  });
});

describe("actors: a title in apposition to a named person is that person's", () => {
  it("gives the title set off after the name, with its body, to the person", () => {
    const actors = actorsOf("Investment fell, said Tobias Quell, President of the Harlow Chamber of Commerce and Industry.\n\nBut Quell said exports rose.");
    const quell = named(actors, "Tobias Quell");
    expect(quell.roles.map((r) => r.toLowerCase())).toContain("president");
    expect(quell.affiliation).toMatch(/^Harlow Chamber/);
    expect(actors.some((a) => a.type === "unnamed")).toBe(false);
  });

  it("gives a title and its object set off before the name to the person", () => {
    const actors = actorsOf('Several states objected, and European Union ambassador to the WTO, Tobias Quell, said the bid "must be judged on trade".');
    const quell = named(actors, "Tobias Quell");
    expect(quell.roles).toContain("ambassador");
    expect(quell.affiliation).toBe("European Union");
    expect(actors.some((a) => a.type === "unnamed")).toBe(false);
  });
});
