import { describe, expect, it } from "vitest";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { extractPositions } from "../../src/extract/positions/index.js";
import type { ActorRecord } from "../../src/record/schema.js";
import { source } from "../helpers.js";

// Fictional sentences about a Kestrian fish-quota council; only the actors given are known, so the
// group holders are the positions stage's own.

const onlyTokens = stages.filter((s) => s.name === "tokens" || s.name === "clauses");

function read(text: string, named: { name: string; type: ActorRecord["type"] }[] = []) {
  const doc = analyse(source(text), onlyTokens);
  doc.actors = named.map((a, i) => {
    const at = text.indexOf(a.name);
    return { id: `a${i + 1}`, name: a.name, type: a.type, aliases: [], roles: [], affiliation: null, gender: null, mentions: at >= 0 ? [{ start: at, end: at + a.name.length }] : [] };
  });
  extractPositions(doc);
  return { doc, found: doc.positions.map((p) => `${p.stance} ${doc.actor(p.actor)?.name ?? null}: ${p.issue}`) };
}

describe("positions held by a group no actor stands for", () => {
  it("names each conjunct of a collective subject by its own words", () => {
    expect(read("Importers and a breakaway bloc of six exporters favoured a new catch formula.").found.sort()).toEqual([
      "support Importers: new catch formula",
      "support breakaway bloc of six exporters: new catch formula",
    ].sort());
  });

  it("gives a people's name before 'and' the head noun it shares", () => {
    expect(read("Only the Danish and Swedish delegations gave general support to the quota line.").found.sort()).toEqual([
      "support Danish delegations: quota line",
      "support Swedish delegations: quota line",
    ].sort());
  });

  it("adds the group holders to the document's actors, one per name", () => {
    const { doc } = read("The exporters want a higher quota. The exporters also want lower landing fees.", [{ name: "Kestria", type: "state" }]);
    const groups = doc.actors.filter((a) => a.type === "collective");
    expect(groups.map((a) => [a.id, a.name, a.affiliation, a.mentions.length])).toEqual([["g1", "exporters", null, 2]]);
    expect(new Set(doc.positions.map((p) => p.actor))).toEqual(new Set(["g1"]));
  });

  it("makes no holder of a group that is an object or of a verb cue used as an adjective", () => {
    expect(read("Kestria wants talks between exporters and importers.", [{ name: "Kestria", type: "state" }]).found).toEqual([
      "demand Kestria: talks between exporters and importers",
    ]);
    expect(read("The talks could bring the exporters back to the table.").found).toEqual([]);
    expect(read("Importers are welcome to take part in the council.").found).toEqual([]);
  });

  it("lets 'they' take the collective subject of the clause that reports it", () => {
    expect(read("Exporter delegates said they had not been prepared to accept the offer to scrap quotas.").found).toEqual([
      "reject Exporter delegates: quotas",
    ]);
  });

  it("never makes a holder of a noun no group list names", () => {
    expect(read("The weather wants a calmer sea.").found).toEqual([]);
  });
});
