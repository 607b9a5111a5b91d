import { describe, expect, it } from "vitest";
import { demoSummary } from "../../src/cli/format/demo-summary.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { otherRecord, talksRecord } from "../store/fixture.js";

/** Lines of the section that starts with `heading`, up to the next "## " heading. */
function section(summary: string, heading: string): string[] {
  const all = summary.split("\n");
  const start = all.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = all.findIndex((line, i) => i > start && line.startsWith("## "));
  return all.slice(start + 1, end < 0 ? undefined : end).filter(Boolean);
}

function twoReports(): [ParleyRecord, ParleyRecord] {
  const first = talksRecord();
  const second = otherRecord();
  second.document.date = "2031-05-09";
  second.document.outlet = "Coastal Wire";
  second.document.title = "Talks resume";
  second.actors[0]!.roles = ["minister", "foreign minister"];
  second.quotes[1]!.speaker = null;
  return [first, second];
}

describe("demoSummary", () => {
  it("prints the analysis' one count, saying what it counts: a reprint is one document, its quote one quote", () => {
    expect(demoSummary(twoReports()).split("\n")[2]).toBe(
      "1 document (reprints counted once, every outlet kept as a source; 2 reports from 2 outlets), "
      + "4 actors (resolved across documents), 1 quote (direct quotes, a reprinted quote counted once, fragments aside).");
  });

  it("counts two different stories as two documents", () => {
    const first = talksRecord();
    const text = "Arden and the Northern Coalition met again in Valmora on Friday to discuss a ceasefire and the release of prisoners.";
    const other = { ...first, document: { ...first.document, id: "doc_other", text }, actors: [], quotes: [], figures: [], events: [], positions: [] };
    expect(demoSummary([first, other]).split("\n")[2])
      .toMatch(/^2 documents \(.*; 2 reports from 1 outlet\)/);
  });

  it("lists documents by date with outlet, title and id", () => {
    const [first, second] = twoReports();
    expect(section(demoSummary([second, first]), "## Documents")).toEqual([
      `- 2031-05-06 · The Example Post · Valmora talks (${first.document.id})`,
      `- 2031-05-09 · Coastal Wire · Talks resume (${second.document.id})`,
    ]);
  });

  it("lists the actors resolved across documents, places apart", () => {
    const [first, second] = twoReports();
    const actors = section(demoSummary([first, second]), "## Actors");
    expect(actors).toContain("- **Lise Okafor** (person) — roles: foreign minister; minister — side: Arden — 2 documents");
    expect(actors.filter((line) => line.includes("**Lise Okafor**"))).toHaveLength(1);
    expect(actors.at(-1)).toBe("- Places: Valmora");
  });

  it("names an untitled document by its file name", () => {
    const [first] = twoReports();
    first.document.title = null;
    first.document.path = "/somewhere/corpus/valmora.txt";
    expect(section(demoSummary([first]), "## Documents")[0]).toBe(`- 2031-05-06 · The Example Post · valmora.txt (${first.document.id})`);
  });

  it("lists a role once whatever its quote marks and case, and no side for a group speaking for itself", () => {
    const [first, second] = twoReports();
    first.actors[1]!.roles = ["Coalition's spokesman"];
    second.actors[1]!.roles = ["coalition’s spokesman", "negotiator"];
    first.actors[2]!.affiliation = "Northern Coalition";
    const actors = section(demoSummary([first, second]), "## Actors");
    expect(actors).toContain("- **Tomas Reyk** (person) — roles: Coalition's spokesman; negotiator — side: Northern Coalition — 2 documents");
    expect(actors).toContain("- **Northern Coalition** (group) — 2 documents");
  });

  it("groups quotes by speaker, unattributed last", () => {
    const summary = demoSummary(twoReports());
    expect(section(summary, "## Quotes by speaker")).toEqual([
      "### Lise Okafor (2)",
      "- “We are closer than we have ever been,” — 2031-05-06, The Example Post",
      "- “We are closer than we have ever been,” — 2031-05-09, Coastal Wire",
      "### Tomas Reyk (1)",
      "- “final” (fragment) — 2031-05-06, The Example Post",
      "### Unattributed (1)",
      "- “final” (fragment) — 2031-05-09, Coastal Wire",
    ]);
  });

  it("leaves out empty sections", () => {
    const bare = { ...talksRecord(), actors: [], quotes: [], figures: [], events: [], positions: [] };
    const summary = demoSummary([bare]);
    expect(summary).not.toContain("## Actors");
    expect(summary).not.toContain("## Quotes");
  });
});
