import type { ActorEdit, ActorMemberKey } from "../../store/store.js";
import { groupBy } from "../collections.js";
import type { Partition } from "../partition.js";
import { nameKey } from "../text.js";
import type { Member } from "./members.js";

export interface EditOutcome {
  /** analyst names by partition group */
  names: Map<number, string>;
  /** groups an edit changed */
  edited: Set<number>;
  /** ids of edits whose members are no longer found (their documents were removed or re-extracted) */
  stale: number[];
}

/**
 * Finds the record actor an edit means: the same document and actor id with the same name, else the
 * one actor of that document with that name (actor ids may change when a document is re-extracted).
 */
export function memberFinder(members: Member[]): (key: ActorMemberKey) => Member | undefined {
  const byDocument = groupBy(members, (m) => m.documentId);
  return (key) => {
    const candidates = byDocument.get(key.documentId) ?? [];
    const sameName = candidates.filter((m) => nameKey(m.actor.name) === nameKey(key.name));
    return sameName.find((m) => m.actor.id === key.actorId) ?? (sameName.length === 1 ? sameName[0] : undefined);
  };
}

/** Re-applies analysts' edits, oldest first, on top of the automatic resolution. */
export function applyEdits(
  edits: ActorEdit[], partition: Partition, find: (key: ActorMemberKey) => Member | undefined,
): EditOutcome {
  const outcome: EditOutcome = { names: new Map(), edited: new Set(), stale: [] };
  for (const edit of edits) {
    const keys = edit.members.map(find).filter((m): m is Member => m !== undefined).map((m) => m.key);
    const needed = edit.action === "merge" ? 2 : 1;
    if (keys.length < needed || keys.length < edit.members.length) {
      outcome.stale.push(edit.id);
      if (keys.length < needed) continue;
    }
    if (edit.action === "merge") merge(keys, partition, outcome);
    else if (edit.action === "split") split(keys, partition, outcome);
    else if (edit.name) rename(keys[0]!, edit.name, partition, outcome);
  }
  return outcome;
}

function merge(keys: string[], partition: Partition, outcome: EditOutcome): void {
  const groups = keys.map((k) => partition.group(k)!);
  const name = groups.map((g) => outcome.names.get(g)).find((n) => n !== undefined);
  let survivor = groups[0]!;
  for (const k of keys.slice(1)) survivor = partition.join(keys[0]!, k);
  if (name !== undefined) outcome.names.set(survivor, name);
  outcome.edited.add(survivor);
}

function split(keys: string[], partition: Partition, outcome: EditOutcome): void {
  for (const k of keys) outcome.edited.add(partition.group(k)!);
  outcome.edited.add(partition.split(keys));
}

function rename(key: string, name: string, partition: Partition, outcome: EditOutcome): void {
  const g = partition.group(key)!;
  outcome.names.set(g, name);
  outcome.edited.add(g);
}
