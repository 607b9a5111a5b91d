import type { Assessment, Scenario, SourcedValue } from "../scenario.js";
import type { RecordFill } from "./fill.js";

/**
 * A scenario brought up to date with the record. The analyst wins: a value marked `analyst` keeps
 * its value, and gains the record's evidence and what the record suggests (in its note); record and
 * default values are replaced by the record's where it has one. Actors the record adds are appended.
 */

const RECORD_FIELDS = ["position", "salience"] as const;

function keepAnalyst(analyst: SourcedValue, record: SourcedValue): SourcedValue {
  const suggestion = `the record suggests ${record.value}${record.note ? ` (${record.note})` : ""}`;
  return { ...analyst, ...(record.evidence ? { evidence: record.evidence } : {}), note: analyst.note ? `${analyst.note}; ${suggestion}` : suggestion };
}

function mergeAssessment(mine: Assessment, record: Assessment): Assessment {
  const merged = { ...mine };
  for (const field of RECORD_FIELDS) {
    const fromRecord = record[field];
    if (!fromRecord) continue;
    const current = mine[field];
    merged[field] = current?.source === "analyst" ? keepAnalyst(current, fromRecord) : fromRecord;
  }
  return merged;
}

export function mergeRecord(scenario: Scenario, fill: RecordFill): Scenario {
  const key = (a: Assessment) => `${a.actor}\u0000${a.issue}`;
  const issues = new Set(scenario.issues.map((i) => i.id));
  const fromRecord = new Map(fill.assessments.filter((a) => issues.has(a.issue)).map((a) => [key(a), a]));
  const assessments = scenario.assessments.map((a) => {
    const record = fromRecord.get(key(a));
    fromRecord.delete(key(a));
    return record ? mergeAssessment(a, record) : a;
  });
  const added = [...fromRecord.values()];
  const known = new Set(scenario.actors.map((a) => a.id));
  const needed = new Set(added.map((a) => a.actor));
  const actors = [...scenario.actors, ...fill.actors.filter((a) => !known.has(a.id) && needed.has(a.id))];
  return { ...scenario, actors, assessments: [...assessments, ...added] };
}
