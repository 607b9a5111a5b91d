import type { Analysis } from "../../analysis/types.js";
import type { Profile } from "../../kb/profile.js";
import type { ParleyRecord } from "../../record/schema.js";
import { defaultScale } from "../scales.js";
import type { Scenario, SourcedValue } from "../scenario.js";
import { recordFill } from "./fill.js";
import { mergeRecord } from "./merge.js";

/** `parley forecast --init`: the profile's issues on their default scales, filled from the record. */

export const DEFAULT_CAPABILITY: SourcedValue = {
  value: 50,
  source: "default",
  note: "not in the record: every actor counts the same until the analyst sets its capability (0-100, strongest = 100)",
};

export function starterScenario(analysis: Analysis, profile: Profile, records: readonly ParleyRecord[] = [], title?: string): Scenario {
  const issues = profile.issues.map((issue) => defaultScale(issue.label, issue.description));
  const fill = recordFill(analysis, issues, records);
  const scenario: Scenario = {
    title: title ?? `Starter scenario (${profile.name} profile)`,
    description: "Written by `parley forecast --init` from the record. Check every value marked record, set capabilities and status quos, and mark what you set as source: analyst.",
    issues,
    actors: [],
    assessments: [],
  };
  const merged = mergeRecord(scenario, fill);
  return { ...merged, actors: merged.actors.map((actor) => ({ ...actor, capability: { ...DEFAULT_CAPABILITY } })) };
}

/** A scenario completed from the record (analyst values kept). */
export function fillScenario(scenario: Scenario, analysis: Analysis, records: readonly ParleyRecord[] = []): Scenario {
  return mergeRecord(scenario, recordFill(analysis, scenario.issues, records));
}
