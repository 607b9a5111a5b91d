import { foldText, nameKey } from "../text.js";
import type { Member } from "./members.js";

/** The word that names an office: "spokeswoman for the Red Cross" -> "spokeswoman" -> "spokesperson". */
export function roleHead(role: string, synonyms: Record<string, string>): string {
  const core = foldText(role).split(/ (?:of|for|at) /)[0]!;
  const head = core.split(" ").pop()!;
  return synonyms[head] ?? head;
}

/**
 * What a group of members says about who they are, to test whether another member can be the same
 * person: the sides, genders and role heads seen. An empty set says nothing.
 */
export interface Profile {
  sides: Set<string>;
  genders: Set<string>;
  roleHeads: Set<string>;
}

export function profileOf(members: Member[], synonyms: Record<string, string>): Profile {
  const profile: Profile = { sides: new Set(), genders: new Set(), roleHeads: new Set() };
  for (const { actor } of members) {
    if (actor.affiliation) profile.sides.add(nameKey(actor.affiliation));
    if (actor.gender) profile.genders.add(actor.gender);
    for (const role of actor.roles) profile.roleHeads.add(roleHead(role, synonyms));
  }
  return profile;
}

/**
 * Two profiles conflict when both say something about a trait and share no value of it. Roles are
 * compared only when asked: offices change over time, so they only help place a bare surname.
 */
export function profilesConflict(a: Profile, b: Profile, compareRoles: boolean): boolean {
  const clash = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
  return clash(a.sides, b.sides) || clash(a.genders, b.genders) || (compareRoles && clash(a.roleHeads, b.roleHeads));
}
