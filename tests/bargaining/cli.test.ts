import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scenarioToYaml } from "../../src/bargaining/scenario-file.js";
import { valdoriaScenario } from "./fixtures.js";
import { runForecast as forecast } from "./run-forecast.js";

/** An action's error must be one line naming the file: src/cli/main.ts prints it as `parley: MESSAGE`, exit code 2. */

const dir = mkdtempSync(join(tmpdir(), "parley-forecast-"));

describe("parley forecast", () => {
  it("forecasts a scenario file as JSON", async () => {
    const path = join(dir, "valdoria.yaml");
    writeFileSync(path, scenarioToYaml(valdoriaScenario()));
    const { stdout, error } = await forecast([path, "--format", "json"]);
    expect(error).toBeUndefined();
    const report = JSON.parse(stdout);
    expect(report.scenarioFile).toBe(path);
    const compromise = report.issues[0].models.find((m: { model: string }) => m.model === "compromise");
    expect(compromise.forecast).toBeCloseTo(60, 10);
    expect(compromise.sensitivity.rows).toHaveLength(3);
  });

  it("rejects a bad scenario with one line naming the file and the path of the problem", async () => {
    const scenario = valdoriaScenario();
    scenario.assessments[0]!.salience!.value = -5;
    const path = join(dir, "bad.yaml");
    writeFileSync(path, scenarioToYaml(scenario));
    const { error } = await forecast([path]);
    expect(error?.message).toBe(`${path}: bad scenario: assessments.0.salience.value: Too small: expected number to be >=0`);
  });

  it("rejects a missing file, an unknown format and --init with a scenario", async () => {
    expect((await forecast([join(dir, "nowhere.yaml")])).error?.message).toBe(`${join(dir, "nowhere.yaml")}: no such scenario file`);
    const path = join(dir, "valdoria.yaml");
    expect((await forecast([path, "--format", "html"])).error?.message).toBe("unknown format 'html' (md or json)");
    expect((await forecast([path, "--init"])).error?.message).toBe("--init writes a new scenario: give no scenario file");
  });

  it("refuses a database that does not exist", async () => {
    const { error } = await forecast(["--init", "--db", join(dir, "none.db")]);
    expect(error?.message).toContain("none.db");
    expect(error?.message).not.toContain("\n");
  });
});
