import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAnalysis } from "../../src/analysis/index.js";
import { parseScenario, scenarioToYaml } from "../../src/bargaining/scenario-file.js";
import { ServerData } from "../../src/server/data.js";
import { Router } from "../../src/server/router.js";
import { forecastRoutes } from "../../src/server/routes/forecasts.js";
import { openStore, SqliteStore } from "../../src/store/index.js";
import { openReadOnly, ReadQueries } from "../../src/store/sqlite/queries.js";
import { spanOf, talksRecord, TALKS_TEXT } from "../store/fixture.js";
import { useTempDirs } from "../store/temp.js";
import { valdoriaScenario } from "./fixtures.js";
import { runForecast } from "./run-forecast.js";

/** The record's way into forecasts: `parley forecast --init --db` and GET /api/forecasts, on a fictional stored record. */

const tempDir = useTempDirs();

async function storedTalks(): Promise<string> {
  const db = join(tempDir(), "talks.db");
  const store = openStore(db);
  await store.saveRecord(talksRecord());
  store.close();
  return db;
}

async function getForecasts(db: string, options: { scenarioFile?: string } = {}, query = "") {
  const readDb = openReadOnly(db);
  const data = new ServerData(new SqliteStore(readDb), new ReadQueries(readDb), buildAnalysis);
  const router = new Router();
  forecastRoutes(router, data, options);
  const match = router.match("GET", "/api/forecasts");
  if (!match || !("handler" in match)) throw new Error("no /api/forecasts route");
  try {
    return await match.handler({ url: new URL(`http://localhost/api/forecasts${query}`), params: {}, body: undefined, raw: undefined as never }) as any;
  } finally {
    readDb.close();
  }
}

describe("forecasts from a stored record", () => {
  it("--init writes a starter scenario placing the Coalition by its demand, with the evidence", async () => {
    const db = await storedTalks();
    const scenario = parseScenario((await runForecast(["--init", "--db", db])).stdout, "starter.yaml");
    const demand = scenario.assessments.find((a) => a.issue === "ceasefire")!;
    expect(scenario.actors.find((a) => a.id === demand.actor)!.name).toBe("Northern Coalition");
    expect(demand.position).toMatchObject({ value: 50, source: "record" });
    const span = spanOf(TALKS_TEXT, "if shelling stopped");
    expect(demand.position!.evidence).toEqual([{ documentId: talksRecord().document.id, ...span, text: "if shelling stopped" }]);
    expect(demand.salience).toMatchObject({ value: 100, source: "record" });
  });

  it("serves the starter scenario and its forecasts at /api/forecasts", async () => {
    const db = await storedTalks();
    const body = await getForecasts(db);
    expect(body.scenarioFile).toBeNull();
    const ceasefire = body.forecast.issues.find((i: { id: string }) => i.id === "ceasefire");
    expect(ceasefire.actors).toHaveLength(1);
    expect(ceasefire.models.find((m: { model: string }) => m.model === "compromise").forecast).toBe(50);
    expect(body.scenario.issues.map((i: { id: string }) => i.id)).toContain("withdrawal");
    const later = await getForecasts(db, {}, "?since=2040-01-01");
    expect(later.forecast.issues.every((i: { actors: unknown[] }) => i.actors.length === 0)).toBe(true);
  });

  it("serves an analyst's scenario file, re-read on each request, and reports a broken one", async () => {
    const db = await storedTalks();
    const file = join(tempDir(), "valdoria.yaml");
    writeFileSync(file, scenarioToYaml(valdoriaScenario()));
    const body = await getForecasts(db, { scenarioFile: file });
    expect(body.scenarioFile).toBe(file);
    expect(body.forecast.issues[0].models.find((m: { model: string }) => m.model === "compromise").forecast).toBeCloseTo(60, 10);
    writeFileSync(file, "issues: 3\n");
    await expect(getForecasts(db, { scenarioFile: file })).rejects.toMatchObject({ status: 500, message: `${file}: bad scenario: issues: Invalid input: expected array, received number` });
  });
});
