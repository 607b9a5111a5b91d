import { isCountedActor } from "../../analysis/counts.js";
import type { AnalysisActor, Evidence } from "../../analysis/types.js";
import type { ActorType } from "../../record/schema.js";
import type { CitedExcerpt, ReportContext } from "../context.js";
import { dateSpan } from "../labels.js";

export interface RoleView {
  role: string;
  seen: string;
  evidence: CitedExcerpt | undefined;
}

export interface ActorView {
  id: string;
  name: string;
  type: ActorType;
  side: string | null;
  aliases: string[];
  roles: RoleView[];
  documents: number;
  seen: string;
  /** the earliest mention in the earliest document: where a reader meets the actor first */
  firstMention: CitedExcerpt | undefined;
  edited: boolean;
}

export interface ActorsView {
  /** named people, organisations, states and groups: the parties to the story */
  actors: ActorView[];
  /**
   * unnamed office-holders and officials ("a senior Kestrian official"), one per document: nothing
   * says two of them are the same person, so they are never merged; listed apart, alike ones together
   */
  unnamed: ActorView[];
  /** places are context, not parties: listed by name only */
  places: string[];
}

/** Undated documents sort after dated ones. */
const UNDATED = "9999-99-99";

function earliest(context: ReportContext, evidence: readonly Evidence[]): Evidence | undefined {
  const key = (e: Evidence) => `${context.citation(e.documentId).date ?? UNDATED} ${String(e.start).padStart(12, "0")}`;
  return [...evidence].sort((a, b) => key(a).localeCompare(key(b)))[0];
}

function actorView(context: ReportContext, actor: AnalysisActor): ActorView {
  const first = earliest(context, actor.mentions);
  return {
    id: actor.id,
    name: actor.name,
    type: actor.type,
    side: actor.affiliation,
    aliases: actor.aliases,
    roles: actor.roles.map((role) => {
      const evidence = earliest(context, role.evidence);
      return { role: role.role, seen: dateSpan(role.firstSeen, role.lastSeen), evidence: evidence && context.cite(evidence) };
    }),
    documents: actor.documentCount,
    seen: dateSpan(actor.firstSeen, actor.lastSeen),
    firstMention: first && context.cite(first),
    edited: actor.edited,
  };
}

/** The most widely reported actors first. */
function prominence(a: AnalysisActor, b: AnalysisActor): number {
  return b.documentCount - a.documentCount || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}

export function actorsView(context: ReportContext): ActorsView {
  const sorted = [...context.analysis.actors].sort(prominence);
  const unnamed = sorted.filter((actor) => !isCountedActor(actor) && actor.type !== "place")
    .sort((a, b) => a.name.localeCompare(b.name) || (a.firstSeen ?? "").localeCompare(b.firstSeen ?? ""));
  return {
    actors: sorted.filter(isCountedActor).map((actor) => actorView(context, actor)),
    unnamed: unnamed.map((actor) => actorView(context, actor)),
    places: sorted.filter((actor) => actor.type === "place").map((actor) => actor.name),
  };
}
