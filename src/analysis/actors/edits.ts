import type { ActorType } from "../../record/schema.js";
import type { ActorEdit, ActorMemberKey } from "../../store/store.js";
import { groupBy } from "../collections.js";
import type { Partition } from "../partition.js";
import { nameKey } from "../text.js";
import { canonicalName } from "./build.js";
import { memberKey, type Member } from "./members.js";

export interface EditOutcome {
  /** analyst names by partition group */
  names: Map<number, string>;
  /** analyst sides by partition group ("" clears the side) */
  sides: Map<number, string>;
  /** analyst actor types by partition group */
  types: Map<number, ActorType>;
  /** groups an edit changed */
  edited: Set<number>;
  /** groups a split made: they take their ids after every other group, so the main actor keeps its id */
  splitOff: Set<number>;
  /** quote (memberKey(documentId, quoteId)) -> the member key of the speaker an analyst named */
  speakers: Map<string, string>;
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

/** The ids of edits an undo has taken back (an undo itself cannot be undone: make the edit again). */
export function undoneEdits(edits: ActorEdit[]): Set<number> {
  return new Set(edits.filter((e) => e.action === "undo" && e.undoes != null).map((e) => e.undoes!));
}

/** Re-applies analysts' edits, oldest first, on top of the automatic resolution; undone edits are skipped. */
export function applyEdits(edits: ActorEdit[], partition: Partition, members: Member[]): EditOutcome {
  const find = memberFinder(members);
  const byKey = new Map(members.map((m) => [m.key, m]));
  const outcome: EditOutcome = {
    names: new Map(), sides: new Map(), types: new Map(), edited: new Set(), splitOff: new Set(), speakers: new Map(), stale: [],
  };
  const undone = undoneEdits(edits);
  for (const edit of edits) {
    if (edit.action === "undo" || undone.has(edit.id)) continue;
    const keys = edit.members.map(find).filter((m): m is Member => m !== undefined).map((m) => m.key);
    const needed = edit.action === "merge" ? 2 : 1;
    if (keys.length < needed || keys.length < edit.members.length) {
      outcome.stale.push(edit.id);
      if (keys.length < needed) continue;
    }
    if (edit.action === "merge") merge(keys, partition, outcome);
    else if (edit.action === "split") split(keys, edit.name, partition, outcome, byKey);
    else if (edit.action === "set") set(keys[0]!, edit, partition, outcome);
    else if (edit.action === "speaker" && edit.quote) outcome.speakers.set(memberKey(edit.quote.documentId, edit.quote.quoteId), keys[0]!);
    else if (edit.action === "rename" && edit.name) rename(keys[0]!, edit.name, partition, outcome);
  }
  return outcome;
}

/** The survivor of a merge keeps the first analyst name, side and type any of the merged groups had. */
function merge(keys: string[], partition: Partition, outcome: EditOutcome): void {
  const groups = keys.map((k) => partition.group(k)!);
  const first = <T>(map: Map<number, T>) => groups.map((g) => map.get(g)).find((v) => v !== undefined);
  const [name, side, type] = [first(outcome.names), first(outcome.sides), first(outcome.types)];
  let survivor = groups[0]!;
  for (const k of keys.slice(1)) survivor = partition.join(keys[0]!, k);
  if (name !== undefined) outcome.names.set(survivor, name);
  if (side !== undefined) outcome.sides.set(survivor, side);
  if (type !== undefined) outcome.types.set(survivor, type);
  outcome.edited.add(survivor);
}

/**
 * The members leave; the actor they leave keeps its name (fixed as it was before the split, so a
 * fuller name that left with them does not rename it) and, being assigned first, its id.
 */
function split(keys: string[], name: string | null, partition: Partition, outcome: EditOutcome, byKey: Map<string, Member>): void {
  for (const group of new Set(keys.map((k) => partition.group(k)!))) {
    outcome.edited.add(group);
    if (!outcome.names.has(group)) outcome.names.set(group, canonicalName(partition.itemsOf(group).map((k) => byKey.get(k)!)));
  }
  const part = partition.split(keys);
  outcome.edited.add(part);
  outcome.splitOff.add(part);
  if (name) outcome.names.set(part, name);
}

function set(key: string, edit: ActorEdit, partition: Partition, outcome: EditOutcome): void {
  const g = partition.group(key)!;
  if (edit.side != null) outcome.sides.set(g, edit.side);
  if (edit.type != null) outcome.types.set(g, edit.type);
  outcome.edited.add(g);
}

function rename(key: string, name: string, partition: Partition, outcome: EditOutcome): void {
  const g = partition.group(key)!;
  outcome.names.set(g, name);
  outcome.edited.add(g);
}
