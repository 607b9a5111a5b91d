import { isCountedActor } from "../../analysis/counts.js";
import type { Analysis } from "../../analysis/types.js";
import type { ParleyRecord } from "../../record/schema.js";
import type { Assessment, ScenarioActor, ScenarioIssue, SourcedValue } from "../scenario.js";
import { recordStatements, type Statement } from "./placements.js";

/**
 * Positions and saliences from the record, each marked `source: record` with its evidence.
 * Position: the latest statement that places the actor (undated ones count as earliest).
 * Salience: how much the actor speaks to the issue, relative to the scenario issue it speaks to most
 * (that one = 100). Capability is not in the record: the analyst sets it.
 */

export interface RecordFill {
  actors: ScenarioActor[];
  assessments: Assessment[];
}

const byDate = (a: Statement, b: Statement) => (a.date ?? "").localeCompare(b.date ?? "");

function position(statements: Statement[]): SourcedValue | undefined {
  const placing = statements.filter((s) => s.placement).sort(byDate);
  const latest = placing[placing.length - 1];
  if (!latest) return undefined;
  const value = latest.placement!.value;
  const others = [...new Set(placing.filter((s) => s.placement!.value !== value).map((s) => s.placement!.value))];
  const note = `latest of ${placing.length} placing statement(s): ${latest.placement!.how}`
    + (others.length ? `; other statements placed it at ${others.join(", ")}` : "");
  return { value, source: "record", evidence: placing.filter((s) => s.placement!.value === value).map((s) => s.evidence), note };
}

function salience(statements: Statement[], most: number): SourcedValue {
  return {
    value: Math.round((100 * statements.length) / most),
    source: "record",
    evidence: statements.map((s) => s.evidence),
    note: `${statements.length} statement(s) on this issue; its most-discussed issue in this scenario has ${most}`,
  };
}

const key = (actor: string, issue: string) => `${actor}\u0000${issue}`;

/**
 * The party a statement counts for: a person or an unnamed official speaks for the state, group or
 * organisation of their side when the record knows it ("Jozef Marek, the NLF commander" for the NLF);
 * bargaining actors are the sides, and the evidence still shows who spoke.
 */
function sideOf(analysis: Analysis): (actorId: string) => string {
  const byId = new Map(analysis.actors.map((a) => [a.id, a]));
  const parties = new Map(analysis.actors.filter((a) => isCountedActor(a) && a.type !== "person").map((a) => [a.name.toLowerCase(), a.id]));
  return (actorId) => {
    const actor = byId.get(actorId);
    // the analysis' own placement (article, corpus or profile), the one positions and momentum read
    if (actor?.party) return actor.party;
    const speaksFor = actor && (actor.type === "person" || actor.type === "unnamed") && actor.affiliation ? parties.get(actor.affiliation.toLowerCase()) : undefined;
    return speaksFor ?? actorId;
  };
}

export function recordFill(analysis: Analysis, issues: readonly ScenarioIssue[], records: readonly ParleyRecord[] = []): RecordFill {
  const groups = new Map<string, Statement[]>();
  const side = sideOf(analysis);
  for (const spoken of recordStatements(analysis, issues, records)) {
    const statement = { ...spoken, actor: side(spoken.actor) };
    const k = key(statement.actor, statement.issue);
    groups.set(k, [...(groups.get(k) ?? []), statement]);
  }
  const mostByActor = new Map<string, number>();
  for (const statements of groups.values()) {
    const actor = statements[0]!.actor;
    mostByActor.set(actor, Math.max(mostByActor.get(actor) ?? 0, statements.length));
  }
  const assessments = [...groups.values()].map((statements): Assessment => {
    const { actor, issue } = statements[0]!;
    const placed = position(statements);
    return { actor, issue, ...(placed ? { position: placed } : {}), salience: salience(statements, mostByActor.get(actor)!) };
  });
  const directory = new Map(analysis.actors.map((a) => [a.id, a]));
  const actors = [...mostByActor.keys()].map((id): ScenarioActor => ({ id, name: directory.get(id)?.name ?? id, side: directory.get(id)?.affiliation ?? null }));
  return { actors, assessments };
}
