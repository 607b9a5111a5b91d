import { describe, expect, it } from "vitest";
import { analyseRecords } from "../../src/analysis/index.js";
import type { AnalysisActor } from "../../src/analysis/types.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { record } from "./builder.js";

const actorsOf = (records: ParleyRecord[]) => analyseRecords(records).actors;
const holding = (actors: AnalysisActor[], documentId: string, actorId: string) =>
  actors.filter((a) => a.members.some((m) => m.documentId === documentId && m.actorId === actorId));
const named = (actors: AnalysisActor[], name: string) => actors.filter((a) => a.name === name);

describe("people across documents", () => {
  const full = record("2025-03-01", "Wire A", ["Secretary of State Antony Velk arrived in Osk."], (b) =>
    b.actor("Antony Velk", { roles: ["Secretary of State"], affiliation: "Ostria" }));
  const nickname = record("2025-03-02", "Wire B", ["Tony Velk met the delegation."], (b) => b.actor("Tony Velk"));
  const bare = record("2025-03-03", "Wire C", ["Secretary Velk said the talks would go on."], (b) =>
    b.actor("Velk", { roles: ["Secretary"] }, "Velk"));

  it("joins a full name, its nickname form and a bare surname with a fitting role into one actor", () => {
    const actors = actorsOf([full, nickname, bare]);
    const velk = named(actors, "Antony Velk");
    expect(velk).toHaveLength(1);
    expect(velk[0]!.documentCount).toBe(3);
    expect(velk[0]!.aliases).toEqual(expect.arrayContaining(["Tony Velk", "Velk"]));
    expect(velk[0]!.mentions.map((m) => m.documentId)).toEqual([full, nickname, bare].map((r) => r.document.id));
  });

  it("lists roles over time with first and last seen and evidence", () => {
    const later = record("2025-04-10", "Wire D", ["Secretary of State Antony Velk left Osk."], (b) =>
      b.actor("Antony Velk", { roles: ["Secretary of State"] }));
    const [velk] = named(actorsOf([full, bare, later]), "Antony Velk");
    const role = velk!.roles.find((r) => r.role === "Secretary of State")!;
    expect([role.firstSeen, role.lastSeen]).toEqual(["2025-03-01", "2025-04-10"]);
    expect(role.evidence.map((e) => e.documentId)).toEqual([full.document.id, later.document.id]);
    const evidence = role.evidence[1]!;
    expect(later.document.text.slice(evidence.start, evidence.end)).toBe("Antony Velk");
  });

  describe("two different people called Marek", () => {
    const lidia = record("2025-03-01", "Wire A", ["Foreign Minister Lidia Marek spoke."], (b) =>
      b.actor("Lidia Marek", { roles: ["Foreign Minister"], gender: "female", affiliation: "Valdoria" }));
    const jozef = record("2025-03-02", "Wire B", ["Commander Jozef Marek of the Front spoke."], (b) =>
      b.actor("Jozef Marek", { roles: ["military commander"], affiliation: "Northern Front" }));
    const both = record("2025-03-03", "Wire C", ["Lidia Marek and Jozef Marek are not related."], (b) => {
      b.actor("Lidia Marek", { gender: "female" });
      b.actor("Jozef Marek");
    });

    it("never merges them, even when both appear in one document", () => {
      const actors = actorsOf([lidia, jozef, both]);
      const lidias = named(actors, "Lidia Marek");
      const jozefs = named(actors, "Jozef Marek");
      expect(lidias).toHaveLength(1);
      expect(jozefs).toHaveLength(1);
      expect(lidias[0]!.members.map((m) => m.name)).not.toContain("Jozef Marek");
      expect(lidias[0]!.documentCount).toBe(2);
      expect(jozefs[0]!.documentCount).toBe(2);
    });

    it("leaves a bare 'Marek' alone when both fit", () => {
      const bare = record("2025-03-04", "Wire D", ["Marek said nothing."], (b) => b.actor("Marek"));
      const actors = actorsOf([lidia, jozef, bare]);
      const marek = holding(actors, bare.document.id, "a1");
      expect(marek).toHaveLength(1);
      expect(marek[0]!.name).toBe("Marek");
      expect(marek[0]!.members).toHaveLength(1);
    });

    it("places a bare 'Marek' whose role and gender fit only one of them", () => {
      const bare = record("2025-03-04", "Wire D", ["The foreign minister, Marek, said she would return."], (b) =>
        b.actor("Marek", { roles: ["foreign minister"], gender: "female" }));
      const [marek] = holding(actorsOf([lidia, jozef, bare]), bare.document.id, "a1");
      expect(marek!.name).toBe("Lidia Marek");
    });

    it("does not place a bare surname whose side conflicts with the only full name", () => {
      const bare = record("2025-03-04", "Wire D", ["Marek, of the Front, said no."], (b) =>
        b.actor("Marek", { affiliation: "Northern Front" }));
      const [marek] = holding(actorsOf([lidia, bare]), bare.document.id, "a1");
      expect(marek!.name).toBe("Marek");
    });
  });

  it("joins initials to a full name, but not a name that fits two people", () => {
    const rina = record("2025-03-01", "A", ["Rina Hallow spoke."], (b) => b.actor("Rina Hallow"));
    const initial = record("2025-03-02", "B", ["R. Hallow spoke."], (b) => b.actor("R. Hallow"));
    expect(named(actorsOf([rina, initial]), "Rina Hallow")[0]!.documentCount).toBe(2);

    const v = record("2025-03-01", "A", ["Anton V. Reiss spoke."], (b) => b.actor("Anton V. Reiss"));
    const k = record("2025-03-02", "B", ["Anton K. Reiss spoke."], (b) => b.actor("Anton K. Reiss"));
    const plain = record("2025-03-03", "C", ["Anton Reiss spoke."], (b) => b.actor("Anton Reiss"));
    const actors = actorsOf([v, k, plain]);
    expect(actors.filter((a) => a.name.endsWith("Reiss")).map((a) => a.documentCount)).toEqual([1, 1, 1]);
  });

  it("does not join variant names of different genders", () => {
    const a = record("2025-03-01", "A", ["Alex Dorn spoke."], (b) => b.actor("Alex Dorn", { gender: "female" }));
    const b2 = record("2025-03-02", "B", ["A. Dorn spoke."], (b) => b.actor("A. Dorn", { gender: "male" }));
    expect(actorsOf([a, b2]).filter((x) => x.name.endsWith("Dorn"))).toHaveLength(2);
  });
});

describe("bodies across documents", () => {
  it("joins same-named bodies and an acronym used as an alias elsewhere; never unnamed actors", () => {
    const one = record("2025-03-01", "A", ["The Northern Front (NF) and a senior official spoke."], (b) => {
      b.actor("Northern Front", { type: "group", aliases: ["NF"] });
      b.actor("senior official", { type: "unnamed" });
    });
    const two = record("2025-03-02", "B", ["The NF and a senior official spoke."], (b) => {
      b.actor("NF", { type: "group" }, "NF");
      b.actor("senior official", { type: "unnamed" });
    });
    const three = record("2025-03-03", "C", ["the northern front spoke."], (b) => b.actor("the northern front", { type: "group" }));
    const actors = actorsOf([one, two, three]);
    expect(named(actors, "Northern Front")[0]!.documentCount).toBe(3);
    expect(named(actors, "senior official")).toHaveLength(2);
  });
});
