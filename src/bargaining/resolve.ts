import type { IssueInput } from "./models/index.js";
import type { Scenario, ScenarioIssue, SourcedValue } from "./scenario.js";

/**
 * The actors a model sees on one issue: those with a position, each with the salience and capability
 * that apply (the assessment's, else the actor's capability, else a default marked as such).
 */

export interface ResolvedActor {
  id: string;
  name: string;
  side: string | null;
  position: SourcedValue;
  salience: SourcedValue;
  capability: SourcedValue;
}

export interface ResolvedIssue {
  issue: ScenarioIssue;
  actors: ResolvedActor[];
  statusQuo: SourcedValue | null;
  /** actors assessed on the issue without a position: left out of the models */
  withoutPosition: { id: string; name: string }[];
}

export const DEFAULT_SALIENCE: SourcedValue = { value: 50, source: "default", note: "no salience given: 50 (middling)" };
export const FALLBACK_CAPABILITY: SourcedValue = { value: 50, source: "default", note: "no capability given: 50, the same for every such actor" };

export function resolveIssue(scenario: Scenario, issue: ScenarioIssue): ResolvedIssue {
  const actors = new Map(scenario.actors.map((a) => [a.id, a]));
  const assessed = scenario.assessments.filter((a) => a.issue === issue.id);
  return {
    issue,
    statusQuo: issue.statusQuo ?? null,
    withoutPosition: assessed.filter((a) => !a.position).map((a) => ({ id: a.actor, name: actors.get(a.actor)!.name })),
    actors: assessed.filter((a) => a.position).map((a) => {
      const actor = actors.get(a.actor)!;
      return {
        id: actor.id,
        name: actor.name,
        side: actor.side ?? null,
        position: a.position!,
        salience: a.salience ?? DEFAULT_SALIENCE,
        capability: a.capability ?? actor.capability ?? FALLBACK_CAPABILITY,
      };
    }),
  };
}

export const modelInput = (resolved: ResolvedIssue): IssueInput => ({
  statusQuo: resolved.statusQuo?.value ?? null,
  actors: resolved.actors.map((a) => ({ id: a.id, position: a.position.value, salience: a.salience.value, capability: a.capability.value })),
});
