import { describe, expect, it } from "vitest";
import { positionsOf, type ActorSpec } from "./positions-fixture.js";

// Fictional talks between Kestria and Valdonia over a port lease, with a lenders' fund.

const KESTRIA: ActorSpec = { name: "Kestria", type: "state" };
const VALDONIA: ActorSpec = { name: "Valdonia", type: "state" };
const ACTORS = [KESTRIA, VALDONIA];
const DORR: ActorSpec = { name: "Ivo Dorr", type: "person", forms: ["Ivo Dorr"] };
const WITH_DORR = [...ACTORS, DORR];

const summary = (p: { stance: string; actorName: string | null; text: string }) => `${p.stance} ${p.actorName}: ${p.text}`;

describe("positions: a noun that names its holder after 'be'", () => {
  it("makes the subject of 'is a supporter of' support the thing", () => {
    const found = positionsOf("Kestria is a strong supporter of the port lease.", ACTORS);
    expect(found.map(summary)).toEqual(["support Kestria: the port lease"]);
  });

  it("reads 'are opponents of' as opposition, past an apposition", () => {
    const found = positionsOf("Valdonia, the largest lender of the fund, has long been an opponent of the port lease.", ACTORS);
    expect(found.map(summary)).toEqual(["oppose Valdonia: the port lease"]);
  });

  it("keeps a participle that opens the wanted noun phrase", () => {
    const found = positionsOf("Kestria is a supporter of continued financial aid for Valdonia.", ACTORS);
    expect(found.map(summary)).toEqual(["support Kestria: continued financial aid for Valdonia"]);
  });

  it("takes no position from a negated predicate", () => {
    expect(positionsOf("Kestria is not a supporter of the port lease.", ACTORS)).toEqual([]);
  });

  it("does not make the subject of another verb hold the noun", () => {
    expect(positionsOf("Kestria met a supporter of the port lease.", ACTORS)).toEqual([]);
  });
});

describe("positions: a phrase of occasion before the link word", () => {
  it("skips 'at the summit' between the verb and 'for'", () => {
    const found = positionsOf("Kestria will press at the summit for a new port lease.", ACTORS);
    expect(found.map(summary)).toEqual(["demand Kestria: a new port lease"]);
  });

  it("skips 'during the talks' between the verb and 'for'", () => {
    const found = positionsOf("Valdonia pressed during the talks for a cut in port fees.", ACTORS);
    expect(found.map(summary)).toEqual(["demand Valdonia: a cut in port fees"]);
  });

  it("does not skip a phrase that is no occasion", () => {
    expect(positionsOf("Kestria called in the lenders for an audit.", ACTORS).map(summary)).not.toContain("demand Kestria: an audit");
  });
});

describe("positions: a noun whose content a clause states", () => {
  const LENDERS: ActorSpec = { name: "the lenders", type: "group", forms: ["the lenders"] };

  it("keeps the clause after 'suggestions' as evidence, the issue staying the noun", () => {
    const [p, ...rest] = positionsOf("Valdonia also rejected suggestions Kestria and the lenders agree a freeze in port fees to restart the talks.", [...ACTORS, LENDERS]);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ stance: "reject", actorName: "Valdonia", issue: "suggestions" });
    expect(p!.text).toBe("suggestions Kestria and the lenders agree a freeze in port fees to restart the talks");
  });

  it("does not run on over the speaker's own clause after a comma", () => {
    const found = positionsOf("Valdonia rejected the proposals, Kestria said.", ACTORS);
    expect(found.map(summary)).toEqual(["reject Valdonia: the proposals"]);
  });
});

describe("positions: 'they' after a subject that joins several actors", () => {
  const PEOPLE: ActorSpec[] = [
    { name: "Ian Marsh", type: "person" }, { name: "Peter Dunn", type: "person" }, { name: "Carl Webb", type: "person" },
  ];

  it("gives the position to every actor of the joined subject", () => {
    const found = positionsOf(
      "Former players Ian Marsh and Peter Dunn, and manager Carl Webb, have backed the fans' group. They have all spoken out against the bid.",
      PEOPLE,
    );
    const opposed = found.filter((p) => p.stance === "oppose");
    expect(opposed.map(summary)).toEqual(["oppose Ian Marsh: the bid", "oppose Peter Dunn: the bid", "oppose Carl Webb: the bid"]);
  });

  it("does not take up names that are not one joined subject", () => {
    const found = positionsOf("Ian Marsh met Peter Dunn and Carl Webb on Monday. They have spoken out against the bid.", PEOPLE);
    expect(found.map((p) => p.actorName)).toEqual([null]);
  });
});

describe("positions: a pseudo-cleft", () => {
  it("takes what follows 'is' as the wanted thing, not 'is' itself", () => {
    const [p, ...rest] = positionsOf("What Kestria wants is a lower fee for the port lease.", ACTORS);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ stance: "demand", actorName: "Kestria", text: "a lower fee for the port lease" });
    expect(p!.issue).not.toMatch(/^is\b/);
  });
});

describe("positions: quotation marks around the wanted thing", () => {
  it("leaves a quotation mark after the determiner out of the issue", () => {
    const [p] = positionsOf("Kestria was not interested in a 'lease-for-fees deal' for the port.", ACTORS);
    expect(p).toMatchObject({ stance: "reject", actorName: "Kestria" });
    expect(p!.issue.startsWith("lease-for-fees deal")).toBe(true);
  });
});

describe("positions: a repeated link inside a clause of its own", () => {
  it("does not read 'and to' after the clause's auxiliary as a second wanted thing", () => {
    const found = positionsOf("Kestria gave its support to the lenders' view that such cuts were needed to curb the deficit and to reduce the cost of the port.", ACTORS);
    expect(found.map((p) => p.text)).not.toContain("reduce the cost of the port");
    expect(found.some((p) => p.stance === "support" && p.actorName === "Kestria")).toBe(true);
  });

  it("still reads a second 'for' with no clause between", () => {
    const found = positionsOf("Valdonia called for a corridor along the road, patrolled by monitors, and for the army to pull back.", ACTORS);
    expect(found.map(summary)).toEqual(["demand Valdonia: a corridor along the road", "demand Valdonia: the army to pull back"]);
  });
});

describe("positions: justifying an act", () => {
  it("reads 'justified the strike' as support for it", () => {
    const found = positionsOf("Kestria justified the naval blockade as a defensive measure.", ACTORS);
    expect(found.map((p) => `${p.stance} ${p.actorName}`)).toEqual(["support Kestria"]);
    expect(found[0]!.issue).toContain("blockade");
  });

  it("leaves a passive 'was justified' with no one named to the verdicts", () => {
    expect(positionsOf("The blockade was justified by the attacks on shipping.", ACTORS)).toEqual([]);
  });
});

describe("positions: a party placed 'in' a state", () => {
  const RALLY: ActorSpec = { name: "Unity Rally", type: "organization" };

  it("gives the position to the party, not to the state after 'in'", () => {
    const found = positionsOf("The ruling Unity Rally in Valdonia hailed the pipeline.", [...ACTORS, RALLY]);
    expect(found.map(summary)).toEqual(["support Unity Rally: the pipeline"]);
  });

  it("keeps a state standing alone as the subject", () => {
    const found = positionsOf("In the end Valdonia hailed the pipeline.", [...ACTORS, RALLY]);
    expect(found.map(summary)).toEqual(["support Valdonia: the pipeline"]);
  });
});

describe("positions: 'it is time for' a party to act", () => {
  it("makes the speaker demand what the named party is to do", () => {
    const found = positionsOf("Ivo Dorr said it is time for Kestria to lift the port fees.", WITH_DORR);
    expect(found.map(summary)).toEqual(["demand Ivo Dorr: Kestria to lift the port fees"]);
  });

  it("takes 'the government' addressed in a quotation", () => {
    const text = "\"Talks matter,\" Ivo Dorr said. \"Now is really the time for the government to start cutting the fees.\"";
    const found = positionsOf(text, WITH_DORR, [{ words: "Now is really the time for the government to start cutting the fees", speaker: "Ivo Dorr" }]);
    expect(found.map(summary)).toEqual(["demand Ivo Dorr: the government to start cutting the fees"]);
  });

  it("gives nothing for a negated or past time", () => {
    expect(positionsOf("Ivo Dorr said it is not time for Kestria to lift the port fees.", WITH_DORR)).toEqual([]);
    expect(positionsOf("Ivo Dorr said there was little time for Kestria to lift the port fees.", WITH_DORR)).toEqual([]);
  });
});

describe("positions: 'there are no plans to'", () => {
  it("makes the speaker reject the verb phrase after it", () => {
    const found = positionsOf("Ivo Dorr said there were no plans to renegotiate the port lease.", WITH_DORR);
    expect(found.map(summary)).toEqual(["reject Ivo Dorr: renegotiate the port lease"]);
  });

  it("gives nothing when the narrator says it or when it is someone's plan", () => {
    expect(positionsOf("There were no plans to renegotiate the port lease.", WITH_DORR)).toEqual([]);
    expect(positionsOf("Ivo Dorr said Kestria had no plans to renegotiate the port lease.", WITH_DORR).filter((p) => p.actorName === "Ivo Dorr")).toEqual([]);
  });
});
