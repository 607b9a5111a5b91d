import { pushTo } from "../collections.js";
import type { Partition } from "../partition.js";
import { nameKey } from "../text.js";
import type { Member } from "./members.js";

const NAMED_BODIES = new Set(["organization", "group", "state", "place"]);

/** "NLF", "U.N.": an all-capitals short form, the only aliases trusted across documents. */
function acronymKey(form: string): string | null {
  const letters = form.replace(/\./g, "");
  return /^\p{Lu}{2,}$/u.test(letters) ? letters : null;
}

/**
 * Joins organisations, groups, states and places with the same name; a body named only by an acronym
 * joins the one body that used that acronym as an alias elsewhere. Unnamed actors ("a senior
 * official") are never joined: two anonymous officials may be two people.
 */
export function groupBodies(members: Member[], partition: Partition): void {
  const bodies = members.filter((m) => NAMED_BODIES.has(m.actor.type));
  const byName = new Map<string, Member>();
  for (const m of bodies) {
    const key = nameKey(m.actor.name);
    const first = byName.get(key);
    if (first) partition.join(first.key, m.key);
    else byName.set(key, m);
    partition.add(m.key);
  }
  const acronymUsers = new Map<string, Member[]>();
  for (const m of bodies) {
    for (const acronym of m.actor.aliases.map(acronymKey)) {
      if (acronym) pushTo(acronymUsers, acronym, m);
    }
  }
  for (const m of bodies) {
    const acronym = acronymKey(m.actor.name);
    const users = acronym ? acronymUsers.get(acronym) ?? [] : [];
    const owners = new Set(users.map((u) => partition.group(u.key)));
    if (owners.size === 1) partition.join(users[0]!.key, m.key);
  }
}
