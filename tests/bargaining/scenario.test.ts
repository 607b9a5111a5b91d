import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, readScenarioFile, scenarioToYaml } from "../../src/bargaining/scenario-file.js";
import { valdoriaScenario } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "parley-scenario-"));
const fileWith = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("scenario files", () => {
  it("round-trips through YAML", () => {
    const scenario = valdoriaScenario();
    scenario.assessments[0]!.position = {
      value: 20, source: "record", note: "latest of 1 placing statement(s)",
      evidence: [{ documentId: "doc_1", start: 4, end: 21, text: "a temporary truce" }],
    };
    scenario.assessments[0]!.salience = { ...scenario.assessments[0]!.position, value: 100 };
    const yaml = scenarioToYaml(scenario);
    expect(yaml).not.toMatch(/[&*]a\d/);
    expect(parseScenario(yaml, "valdoria.yaml")).toEqual(scenario);
  });

  it("reads JSON as well", () => {
    const path = fileWith("valdoria.json", JSON.stringify(valdoriaScenario()));
    expect(readScenarioFile(path)).toEqual(valdoriaScenario());
  });

  it("names the file and the path inside it when a value is out of range", () => {
    const scenario = valdoriaScenario();
    scenario.assessments[1]!.position!.value = 140;
    const path = fileWith("range.yaml", scenarioToYaml(scenario));
    expect(() => readScenarioFile(path)).toThrow(`${path}: bad scenario: assessments.1.position.value: Too big: expected number to be <=100`);
  });

  it("refuses a reference to an actor or issue that is not declared", () => {
    const scenario = valdoriaScenario();
    scenario.assessments[2]!.actor = "orland";
    expect(() => parseScenario(scenarioToYaml(scenario), "s.yaml")).toThrow("s.yaml: bad scenario: assessments.2.actor: no actor 'orland' in actors");
  });

  it("refuses a default anchor the issue does not have, and an unknown source", () => {
    const scenario = valdoriaScenario();
    scenario.issues[0]!.negativeDefault = "never";
    expect(() => parseScenario(scenarioToYaml(scenario), "s.yaml")).toThrow("s.yaml: bad scenario: issues.0.negativeDefault: no anchor 'never' on this issue");
    const text = scenarioToYaml(valdoriaScenario()).replace("\n      source: analyst", "\n      source: rumour");
    expect(() => parseScenario(text, "s.yaml")).toThrow(/^s\.yaml: bad scenario: issues\.0\.statusQuo\.source: /);
  });

  it("says what is wrong with a file that is missing, empty or not YAML, in one line", () => {
    expect(() => readScenarioFile(join(dir, "none.yaml"))).toThrow(`${join(dir, "none.yaml")}: no such scenario file`);
    expect(() => readScenarioFile(fileWith("empty.yaml", ""))).toThrow("empty.yaml: empty scenario");
    let message = "";
    try {
      readScenarioFile(fileWith("broken.yaml", "issues: [\n  - id: x\n"));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/broken\.yaml: not valid YAML or JSON: /);
    expect(message).not.toContain("\n");
  });
});
