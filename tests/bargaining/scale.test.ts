import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { forecastScenario } from "../../src/bargaining/forecast.js";
import { expectedUtilityModel, expectedUtilityModelSpec } from "../../src/bargaining/models/bdm.js";
import type { ActorInput } from "../../src/bargaining/models/index.js";
import { sensitivity } from "../../src/bargaining/sensitivity.js";
import { actor, valdoriaScenario } from "./fixtures.js";

/** Many actors on a 0-100 scale, from a fixed linear congruential sequence (the same every run). */
function manyActors(n: number): ActorInput[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, k) => actor(`a${k}`, Math.round(next() * 100), Math.round(next() * 100), Math.round(next() * 100)));
}

describe("the expected-utility model at scale", () => {
  it("tests only the weightiest actors for sensitivity when rerunning it for all would take too long", () => {
    const actors = manyActors(120);
    const issue = { statusQuo: null, actors };
    const result = sensitivity(expectedUtilityModelSpec, issue, expectedUtilityModel(issue).forecast);
    const limit = expectedUtilityModelSpec.sensitivityActors!(120);
    expect(limit).toBeLessThan(120);
    expect(result.rows).toHaveLength(limit);
    expect(result.limited).toBe(`${limit} of 120 actors tested (the largest capability × salience): rerunning this model for every actor would take too long`);
    const weight = (id: string) => actors.find((a) => a.id === id)!.capability * actors.find((a) => a.id === id)!.salience;
    const lightestTested = Math.min(...result.rows.map((r) => weight(r.actor)));
    const untested = actors.filter((a) => !result.rows.some((r) => r.actor === a.id));
    expect(untested.every((a) => a.capability * a.salience <= lightestTested)).toBe(true);
  }, 120_000);

  it("tests every actor of a small issue", () => {
    const issue = { statusQuo: null, actors: manyActors(12) };
    const result = sensitivity(expectedUtilityModelSpec, issue, expectedUtilityModel(issue).forecast);
    expect([result.rows.length, result.limited]).toEqual([12, null]);
  });
});

describe("forecasts off the server's thread", () => {
  const compiled = fileURLToPath(new URL("../../dist/bargaining/timed-forecast.js", import.meta.url));
  const run = existsSync(compiled) && existsSync(compiled.replace("timed-forecast", "forecast-worker")) ? it : it.skip;

  run("gives the worker's forecasts, the same as on this thread, and stops a worker past its time limit", async () => {
    const timed = await import(compiled) as typeof import("../../src/bargaining/timed-forecast.js");
    const scenario = valdoriaScenario();
    const inThread = forecastScenario(scenario, {});
    expect(await timed.forecastOffThread({ scenario, origin: {} })).toEqual(JSON.parse(JSON.stringify(inThread)));
    await expect(timed.forecastOffThread({ scenario, origin: {} }, 0)).rejects.toThrow(/took longer than 0 s/);
  }, 60_000);
});
