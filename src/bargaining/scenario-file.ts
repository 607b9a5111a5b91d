import { Document, isScalar, isSeq, parse as parseYaml, visit } from "yaml";
import { describeZodError, readAnalystFile } from "../ingest/analyst-file.js";
import { InputError } from "../ingest/types.js";
import { ScenarioSchema, type Scenario } from "./scenario.js";

/**
 * Scenario files: YAML (JSON is YAML too). Every problem is an InputError naming the file, with one
 * line of reason; a schema problem names the path inside the file (e.g. assessments.3.position.value).
 */

const oneLine = (text: string) => text.split("\n")[0]!.replace(/\s+/g, " ").trim();


export function parseScenario(text: string, file: string): Scenario {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new InputError(file, `not valid YAML or JSON: ${oneLine((error as Error).message)}`);
  }
  if (value === null || value === undefined) throw new InputError(file, "empty scenario");
  const result = ScenarioSchema.safeParse(value);
  if (!result.success) throw new InputError(file, `bad scenario: ${describeZodError(result.error)}`);
  return result.data;
}

export function readScenarioFile(file: string): Scenario {
  return parseScenario(readAnalystFile(file, "scenario"), file);
}

const HEADER = [
  " A Parley bargaining scenario (docs/bargaining.md). Issues are 0-100 scales with labelled anchors.",
  " Each value says where it came from: record (with evidence), analyst or default. Edit values and",
  " mark them source: analyst; `parley forecast FILE --db DB` keeps them and refreshes the record's.",
];

export function scenarioToYaml(scenario: Scenario): string {
  // Evidence shared by a position and a salience is written out twice, not as a YAML alias.
  const document = new Document(scenario, { aliasDuplicateObjects: false });
  document.commentBefore = HEADER.join("\n");
  // Lists of words (cues) on one line each keep the file short enough to edit.
  visit(document, { Seq: (_, node) => void (isSeq(node) && node.items.every(isScalar) && (node.flow = true)) });
  return document.toString({ lineWidth: 0 });
}
