import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/pipeline.js";
import { source } from "../helpers.js";

// Fictional dock talks in Lindhaven: the dockers are a party named only by a common noun.
describe("one collective actor for a party named only by a noun", () => {
  const text =
    "The Lindhaven dockers threatened to strike on Monday over the new shift rota. " +
    "The Lindhaven dockers want the port authority to withdraw the rota.";

  it("is made once, whichever stage finds it, and both the event and the position name it", () => {
    const doc = analyse(source(text));
    const collectives = doc.actors.filter((a) => a.name === "Lindhaven dockers");
    expect(collectives.map((a) => a.type)).toEqual(["collective"]);
    const id = collectives[0]!.id;
    expect(doc.events.some((e) => e.actors.includes(id))).toBe(true);
    expect(doc.positions.some((p) => p.actor === id && p.stance === "demand")).toBe(true);
    expect(collectives[0]!.mentions.length).toBe(2);
  });

  it("is placed with no side and never typed as a named armed group", () => {
    const doc = analyse(source(text));
    const dockers = doc.actors.find((a) => a.name === "Lindhaven dockers")!;
    expect(dockers.affiliation).toBeNull();
    expect(doc.actors.filter((a) => a.type === "group")).toEqual([]);
  });
});
