import { describe, expect, it } from "vitest";
import { positionsOf, type ActorSpec } from "./positions-fixture.js";

// Fictional fisheries and port talks between Valdonia, Kestria and Ostria; the people, companies
// and quotes are made up, so the tests do not depend on the actors or quotes stages.

const VALDONIA: ActorSpec = { name: "Valdonia", type: "state" };
const KESTRIA: ActorSpec = { name: "Kestria", type: "state" };
const OSTRIA: ActorSpec = { name: "Ostria", type: "state" };
const BERG: ActorSpec = { name: "Tomas Berg", type: "person", gender: "male", affiliation: "Valdonia", forms: ["Tomas Berg", "Berg"] };
const LIND: ActorSpec = { name: "Mara Lind", type: "person", gender: "female", roles: ["ambassador"] };
const COUNCIL: ActorSpec = { name: "Fisheries Council", type: "organization" };
const FENWICK: ActorSpec = { name: "Fenwick Oil", type: "organization" };
const MARR: ActorSpec = { name: "Hugo Marr", type: "person", gender: "male", affiliation: "Fenwick Oil" };

const summary = (p: { stance: string; actorName: string | null; issue: string }) => `${p.stance} ${p.actorName}: ${p.issue}`;
const found = (text: string, actors: ActorSpec[]) => positionsOf(text, actors).map(summary);

describe("obligations and verdicts reported by their speaker", () => {
  it("reads an obligation after 'stated that' as the demand of the one who stated it", () => {
    expect(found("Tomas Berg has repeatedly stated that Kestria must leave the fishing grounds by June.", [BERG, KESTRIA]))
      .toEqual(["demand Tomas Berg: withdrawal"]);
    // without a profile issue, the verb with its preposition is the issue, not the clause's subject
    expect(found("Tomas Berg has repeatedly stated that Kestria must sail by June.", [BERG, KESTRIA])).toEqual(["demand Tomas Berg: sail"]);
  });

  it("gives an obligation after an opening quote mark to a speaker set off by commas", () => {
    const text = "The council's ambassador, Mara Lind, said Kestria's request \"must be handled apart from the border dispute\".";
    expect(found(text, [COUNCIL, LIND, KESTRIA])).toEqual(["demand Mara Lind: request"]);
  });

  it("reads a verdict inside quotation marks and keeps a negated one a refusal", () => {
    expect(found("Berg told MPs the landing levy was \"entirely justified\".", [BERG])).toEqual(["support Tomas Berg: landing levy"]);
    expect(found("The landing levy is not up for renegotiation, Tomas Berg said.", [BERG])).toEqual(["reject Tomas Berg: landing levy"]);
  });

  it("gives a verdict on the object of a judging verb to that verb's subject", () => {
    expect(found("Tomas Berg found the naval blockade justified.", [BERG])).toEqual(["support Tomas Berg: naval blockade"]);
    expect(found("The Fisheries Council found the herring quota to be unlawful.", [COUNCIL])).toEqual(["reject Fisheries Council: herring quota"]);
    expect(found("Tomas Berg did not find the naval blockade justified.", [BERG])).toEqual([]);
  });
});

describe("who holds a position", () => {
  it("gives a participle's position to every actor of its 'by' phrase", () => {
    expect(found("Diplomats said Kestria's application supported by Valdonia and Ostria would be approved.", [KESTRIA, VALDONIA, OSTRIA]).sort())
      .toEqual(["support Ostria: Kestria's application", "support Valdonia: Kestria's application"]);
  });

  it("reads 'the company' in a clause its chairman reports as the chairman's company", () => {
    expect(found("Hugo Marr said the company would not settle for less than 300 million crowns.", [FENWICK, MARR]))
      .toEqual(["reject Fenwick Oil: less than 300 million crowns"]);
  });

  it("gives a verb joined after a reported clause to the reporter, not to the reported subject", () => {
    const text = "Tomas Berg said Kestria did not want to close the port and called for talks with the harbour board.";
    const positions = found(text, [BERG, KESTRIA]);
    expect(positions).toContain("demand Tomas Berg: talks with the harbour board");
    expect(positions.filter((p) => p.includes("talks")).length).toBe(1);
  });

  it("takes the owner of a plan that a light verb tables, unless a stance verb states the stance itself", () => {
    expect(found("Tomas Berg unveiled a five-point plan to cut the herring quota.", [BERG])).toEqual(["demand Tomas Berg: herring quota"]);
    expect(found("Valdonia's plan to oppose the herring quota surprised Kestria.", [VALDONIA, KESTRIA])).toEqual([]);
  });
});

describe("where a wanted noun phrase ends", () => {
  it("stops before a clause opened by a name with its determiner or by a determiner after the noun", () => {
    expect(found("The port unions are united against the plans and the Fisheries Council is meeting on Monday.", [COUNCIL]))
      .toEqual(["oppose port unions: plans"]);
    expect(found("Tomas Berg rejected suggestions the council should freeze the quota.", [BERG])).toEqual(["reject Tomas Berg: suggestions"]);
  });
});

describe("a pronoun handed on and a government named by its people", () => {
  it("gives 'he' the referent of the 'he' that opened the sentence before, when no one is named in between", () => {
    const text = "Tomas Berg met the council on Monday. But he has rejected any cut in the quota. He has also asked for more patrol boats.";
    expect(found(text, [BERG, COUNCIL])).toContain("demand Tomas Berg: more patrol boats");
  });

  it("reads 'the Valdonian state' said by a Valdonian minister as the minister's own position", () => {
    const minister: ActorSpec = { ...BERG, roles: ["Fisheries Minister"] };
    expect(found("Tomas Berg said that the Valdonian state would not pay for the new harbour.", [minister, VALDONIA]))
      .toEqual([]);
    expect(found("Tomas Berg said that the Valdonian state would not accept the quota.", [minister, VALDONIA]))
      .toEqual(["reject Tomas Berg: quota"]);
  });
});

describe("a pronoun inside a quotation", () => {
  it("may refer to the speaker's own side when the quotation names it, and guesses no other party then", () => {
    const text = "\"Fenwick Oil's board has told Kestria that it is not prepared to accept the offer,\" said Hugo Marr.";
    const positions = positionsOf(text, [FENWICK, KESTRIA, MARR], [{ words: "Fenwick Oil's board has told Kestria that it is not prepared to accept the offer,", speaker: "Hugo Marr" }]);
    expect(positions.filter((p) => p.actorName === "Kestria")).toEqual([]);
  });
});
