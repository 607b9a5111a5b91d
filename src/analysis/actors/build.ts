import { earliest, latest } from "../dates.js";
import { foldText, mostCommon, nameKey } from "../text.js";
import type { AnalysisActor, Evidence } from "../types.js";
import type { Member } from "./members.js";

type ActorDraft = Omit<AnalysisActor, "id">;

/**
 * The name a group is known by: the fullest form (most words, a leading "the" aside), capitalised
 * rather than not, then the most used, then the longest.
 */
export function canonicalName(members: Member[]): string {
  const names = members.map((m) => m.actor.name);
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const score = (n: string) => [nameKey(n).split(" ").length, /^\p{Lu}/u.test(n) ? 1 : 0, counts.get(n)!, n.length];
  return [...counts.keys()].reduce((best, n) => {
    const [a, b] = [score(n), score(best)];
    const i = a.findIndex((v, k) => v !== b[k]);
    return i >= 0 && a[i]! > b[i]! ? n : best;
  });
}

const firstMention = (m: Member): Evidence[] =>
  m.actor.mentions.slice(0, 1).map((s) => ({ documentId: m.documentId, start: s.start, end: s.end }));

function rolesOf(members: Member[]): AnalysisActor["roles"] {
  const roles = new Map<string, { role: string; members: Set<Member> }>();
  for (const m of members) {
    for (const role of m.actor.roles) {
      const key = foldText(role);
      const entry = roles.get(key) ?? { role, members: new Set() };
      entry.members.add(m);
      roles.set(key, entry);
    }
  }
  return [...roles.values()]
    .map(({ role, members: set }) => [role, [...set]] as const)
    .map(([role, ms]) => ({
      role, firstSeen: earliest(ms.map((m) => m.date)), lastSeen: latest(ms.map((m) => m.date)),
      evidence: ms.flatMap(firstMention),
    }))
    .sort((a, b) => (a.firstSeen ?? "~").localeCompare(b.firstSeen ?? "~"));
}

/** What analysts set on one actor: a name, a side ("" for none), a type. */
export interface ActorOverrides {
  name?: string;
  side?: string;
  type?: AnalysisActor["type"];
}

/** One cross-document actor from its members (in publication order), with an analyst's overrides. */
export function buildActor(members: Member[], overrides: ActorOverrides, edited: boolean): ActorDraft {
  const canonical = overrides.name ?? canonicalName(members);
  const side = overrides.side === undefined
    ? mostCommon(members.map((m) => m.actor.affiliation).filter((a): a is string => a !== null)) ?? null
    : overrides.side || null;
  const forms = members.flatMap((m) => [m.actor.name, ...m.actor.aliases]);
  return {
    name: canonical,
    type: overrides.type ?? mostCommon(members.map((m) => m.actor.type))!,
    aliases: [...new Set(forms)].filter((f) => f !== canonical),
    affiliation: side,
    roles: rolesOf(members),
    members: members.map((m) => ({ documentId: m.documentId, actorId: m.actor.id, name: m.actor.name })),
    mentions: members.flatMap((m) => m.actor.mentions.map((s) => ({ documentId: m.documentId, start: s.start, end: s.end }))),
    documentCount: new Set(members.map((m) => m.documentId)).size,
    firstSeen: earliest(members.map((m) => m.date)),
    lastSeen: latest(members.map((m) => m.date)),
    edited,
  };
}
