import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/report/index.js";
import { fixtureContext, INJECTION_TITLE } from "./analysis-fixture.js";

const markdown = renderMarkdown(fixtureContext());

/** The lines of one "## " section. */
function section(title: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`## ${title}`);
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  return lines.slice(start, end < 0 ? undefined : end);
}

const rowWith = (lines: string[], text: string) => lines.find((line) => line.startsWith("|") && line.includes(text));

describe("Markdown report", () => {
  it("opens with the period and what it covers", () => {
    expect(markdown.split("\n")[0]).toBe("# Negotiation report");
    expect(markdown).toContain("Period: all dates. 4 documents (reprints counted once, every outlet kept as a source; 4 reports from 4 outlets), "
      + "4 actors (resolved across documents), 2 quotes (direct quotes, a reprinted quote counted once, fragments aside). Published 2025-05-05 – 2025-05-13.");
  });

  it("lists merged actors with roles, sides, aliases and the sentence that gives the role", () => {
    const actors = section("Actors");
    const brenk = actors.findIndex((line) => line.startsWith("- **Tomas Brenk**"));
    expect(actors[brenk]).toBe("- **Tomas Brenk** — person · side: Ridge Alliance · 2 documents, 2025-05-08 – 2025-05-12 · also “Brenk”");
    expect(actors[brenk + 1]).toBe("  - spokesman (2025-05-08): “**Tomas Brenk, the alliance's spokesman**, said the group demands a full withdrawal.” — *Pellmar talks stall over hostage numbers*, Ridge Ledger, 2025-05-08");
    // the most widely reported actor comes first; places are listed apart
    expect(actors.find((line) => line.startsWith("- **"))).toContain("Ridge Alliance");
    expect(actors.filter((line) => line.startsWith("- **Pellmar"))).toEqual([]);
    expect(actors).toContain("Places mentioned: Pellmar.");
  });

  it("lists unnamed sources apart from named actors", () => {
    const actors = section("Actors");
    const heading = actors.findIndex((line) => line.startsWith("Unnamed sources, one per document"));
    const unnamed = actors.findIndex((line) => line.startsWith("- **\\<img src=x onerror=alert(4)\\>** — unnamed"));
    expect(heading).toBeGreaterThan(actors.findIndex((line) => line.startsWith("- **Ilse Varga**")));
    expect(unnamed).toBeGreaterThan(heading);
  });

  it("quotes an actor's first mention from the earliest document when it has no role", () => {
    const alliance = section("Actors").find((line) => line.includes("first mention") && line.includes("**Ridge Alliance**"));
    expect(alliance).toContain("— *Talks open in Pellmar*, Pellmar Wire, 2025-05-05");
  });

  it("tables each figure series with value, source and the quoted evidence, in date order", () => {
    const figures = section("Figures over time");
    expect(figures).toContain("### Hostages held");
    expect(figures).toContain("### Injured — the gate");
    const rows = figures.filter((line) => line.startsWith("| 2025"));
    expect(rows.map((row) => row.split(" | ")[1])).toEqual(["**at least 40**", "**25**", "**about 40**", "**7**"]);
    expect(rowWith(figures, "at least 40")).toBe(
      "| 2025-05-05 | **at least 40** | the Orvane interior ministry | “The Ridge Alliance holds **at least 40** hostages, according to the Orvane interior ministry.” — *Talks open in Pellmar*, Pellmar Wire, 2025-05-05 |",
    );
    expect(rowWith(figures, "about 40")).toContain("Also printed by Coastal Post, 2025-05-12.");
    expect(rowWith(figures, "**7**")).toContain("| unattributed (\\<b\\>Bold\\</b\\> Outlet) |");
  });

  it("sets conflicting values side by side with their sources and never averages them", () => {
    const conflicts = section("Conflicting figures");
    expect(conflicts).toContain("### Hostages held, 2025-05-08");
    expect(rowWith(conflicts, "**25**")).toContain("| The Ridge Alliance | 2025-05-08 | “The Ridge Alliance said it holds **25** hostages.”");
    expect(rowWith(conflicts, "**about 40**")).toContain("| The Orvane interior ministry | 2025-05-08 |");
    const values = conflicts.filter((line) => /^\| \*\*/.test(line)).map((row) => row.split(" | ")[0]);
    expect(values).toEqual(["| **25**", "| **about 40**"]);
    expect(conflicts.join("\n")).not.toContain("32.5");
  });

  it("orders the timeline by date and says when a date is only the report's", () => {
    const timeline = section("Timeline");
    const days = timeline.filter((line) => line.startsWith("### "));
    expect(days).toEqual(["### 2025-05-05", "### 2025-05-11", "### 2025-05-12"]);
    const consult = timeline.find((line) => line.includes("**CONSULT**"))!;
    expect(consult).toContain("“met” by Ridge Alliance in Pellmar · reported by 2 documents: *Talks open in Pellmar*, Pellmar Wire, 2025-05-05; *Pellmar talks stall over hostage numbers*, Ridge Ledger, 2025-05-08");
    expect(timeline.find((line) => line.includes("**AGREE**"))).toContain("the reports do not date it; published this day");
    // an event's evidence is its whole sentence: quoted without marks
    expect(timeline).toContain("  > “Orvane and the Ridge Alliance agreed on Saturday to a ten-day truce.” — *Ten-day truce agreed*, Coastal Post, 2025-05-12");
  });

  it("draws the positions matrix party × issue with stance, dates and changes, then the evidence per cell", () => {
    const positions = section("Positions");
    expect(positions).toContain("| Party | Withdrawal | Ceasefire duration | Hostages release |");
    expect(rowWith(positions, "**Ridge Alliance**")).toBe("| **Ridge Alliance** | **demand** (2025-05-08) | **accept** (2025-05-08 – 2025-05-12, 1 change) | — |");
    expect(rowWith(positions, "**Ilse Varga**")).toBe("| **Ilse Varga** | — | — | **demand** (2025-05-05) |");
    expect(positions).toContain("- seen 2025-05-08 – 2025-05-12; changed reject → accept (2025-05-12)");
    expect(positions).toContain("- 2025-05-08, demand (Ashen valley): “Tomas Brenk, the alliance's spokesman, said the group **demands a full withdrawal**.” — *Pellmar talks stall over hostage numbers*, Ridge Ledger, 2025-05-08");
  });

  it("lists apart the issues only one party spoke to once there are too many for a matrix", () => {
    const context = fixtureContext();
    const { positions } = context.analysis;
    const template = positions.cells.find((cell) => cell.party === "ilse-varga")!;
    const phrases = ["surrender half the country", "a written plan", "the port", "new elections", "a buffer zone", "guarantees"];
    const wide = {
      ...positions,
      issues: [...positions.issues, ...phrases],
      cells: [...positions.cells, { ...template, party: "ilse-varga", issue: "withdrawal" }, ...phrases.map((issue) => ({ ...template, issue }))],
    };
    const text = renderMarkdown(fixtureContext({ ...context.analysis, positions: wide }));
    expect(text).toContain("| Party | Withdrawal |");
    expect(text).not.toMatch(/\| Party \|.*Guarantees/);
    expect(text).toContain("| Party | Stance | Issue | Seen |");
    expect(text).toContain("| Ilse Varga | **demand** | Surrender half the country | 2025-05-05 |");
  });

  it("tables momentum on the days with assessments and quotes each assessment", () => {
    const momentum = section("Momentum");
    expect(momentum.filter((line) => line.startsWith("| 2025"))).toEqual([
      "| 2025-05-08 | −1.00 | −1.00 | 1 |",
      "| 2025-05-12 | +1.00 | 0.00 | 1 |",
    ]);
    expect(momentum).toContain("- positive, Tomas Brenk for Ridge Alliance: “Ons said **real progress had been made**.” — *Ten-day truce agreed*, Coastal Post, 2025-05-12");
  });

  it("cites a document in every evidence quote", () => {
    const quotes = markdown.split("\n").filter((line) => line.includes("“") && line.includes("” — *"));
    expect(quotes.length).toBeGreaterThan(10);
    for (const line of quotes) expect(line).toMatch(/” — \*[^*]+\*, [^,]+, (\d{4}-\d{2}-\d{2}|undated)/);
  });

  it("escapes markup from article text", () => {
    expect(markdown).not.toContain(INJECTION_TITLE);
    expect(markdown).not.toMatch(/(^|[^\\])</m);
    expect(markdown).toContain("\\</script\\>\\<script\\>alert(1)\\</script\\>");
  });

  it("says so when a section is empty", () => {
    const context = fixtureContext();
    const empty = { ...context.analysis, series: [], conflicts: [], timeline: [], positions: { parties: [], issues: [], cells: [] } };
    const text = renderMarkdown(fixtureContext(empty));
    expect(text).toContain("_No figures found._");
    expect(text).toContain("_No conflicting figures._");
    expect(text).toContain("_No events found._");
    expect(text).toContain("_No positions found._");
  });
});
