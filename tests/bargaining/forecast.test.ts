import { describe, expect, it } from "vitest";
import { forecastScenario } from "../../src/bargaining/forecast.js";
import { compromiseModel } from "../../src/bargaining/models/static.js";
import { renderForecastMarkdown } from "../../src/bargaining/render-forecast.js";
import { sensitivity } from "../../src/bargaining/sensitivity.js";
import { actor, valdoriaScenario } from "./fixtures.js";

describe("sensitivity and pivotal actors", () => {
  // Two equal actors at 0 and 100: the compromise is 50.
  const issue = { statusQuo: null, actors: [actor("a", 0, 50, 100), actor("b", 100, 50, 100)] };
  const result = sensitivity(compromiseModel, issue, 50);

  it("moves one input of one actor by the step", () => {
    expect(result.step).toBe(10);
    expect(result.rows[0]).toMatchObject({ actor: "a", removed: 100, positionUp: 55, salienceDown: 100 * 50 / 90 });
    // a's position cannot go below 0: clamped, so nothing moves.
    expect(result.rows[0]!.positionDown).toBe(50);
    expect(result.rows[0]!.capabilityDown).toBeCloseTo(100 * 5000 / 9500, 10);
    expect(result.rows[1]!.removed).toBe(0);
  });

  it("names the actors whose removal or move shifts the forecast most", () => {
    expect(result.pivotal).toEqual([
      { actor: "a", change: "left out", forecast: 100, shift: 50 },
      { actor: "b", change: "left out", forecast: 0, shift: -50 },
    ]);
  });
});

describe("forecast report", () => {
  const report = forecastScenario(valdoriaScenario(), { scenarioFile: "valdoria.yaml" });
  const issue = report.issues[0]!;
  const model = (id: string) => issue.models.find((m) => m.model === id)!;

  it("runs every model on the actors with a position, with their values' provenance", () => {
    expect(issue.actors.map((a) => [a.id, a.position.value, a.salience.value, a.capability.value, a.capability.source]))
      .toEqual([["government", 20, 50, 100, "analyst"], ["front", 100, 100, 50, "analyst"], ["kestria", 60, 40, 25, "analyst"]]);
    expect(model("compromise").forecast).toBeCloseTo(60, 10);
    expect(model("weighted-median").forecast).toBe(60);
    expect(model("median-actor").forecast).toBe(60);
    expect(model("status-quo").forecast).toBe(0);
    expect(model("nash").forecast).toBeCloseTo(240 / 11, 6);
    expect(model("expected-utility").rounds!.length).toBeGreaterThan(0);
  });

  it("reads each forecast on the issue's scale", () => {
    expect(model("compromise").nearestAnchor).toBe("a permanent end to the war");
    expect(model("nash").nearestAnchor).toBe("temporary only");
  });

  it("takes the actor's capability when the assessment has none, and a marked default when neither has", () => {
    const scenario = valdoriaScenario();
    delete scenario.actors[0]!.capability;
    const government = forecastScenario(scenario).issues[0]!.actors[0]!;
    expect(government.capability).toMatchObject({ value: 50, source: "default" });
  });

  it("leaves out actors without a position and issues without actors", () => {
    const scenario = valdoriaScenario();
    delete scenario.assessments[2]!.position;
    scenario.issues.push({ id: "elections", label: "Elections", anchors: [{ id: "none", at: 0, label: "none" }, { id: "soon", at: 100, label: "soon" }] });
    const forecast = forecastScenario(scenario);
    expect(forecast.issues[0]!.withoutPosition).toEqual([{ id: "kestria", name: "Kestria" }]);
    expect(forecast.issues[0]!.actors).toHaveLength(2);
    expect(forecast.issues[1]!.models).toEqual([]);
    expect(renderForecastMarkdown(forecast)).toContain("No actor has a position on this issue yet: no forecast.");
  });

  it("renders Markdown with the inputs' sources and each model's forecast", () => {
    const md = renderForecastMarkdown(report);
    expect(md).toContain("# Valdoria talks");
    expect(md).toContain("| Government of Valdoria | Valdoria | 20 (analyst) | 50 (analyst) | 100 (analyst) |");
    expect(md).toMatch(/\| Compromise model \| 60\.0 \| a permanent end to the war \| /);
    expect(md).toContain("### Nash bargaining solution: sensitivity");
  });
});
