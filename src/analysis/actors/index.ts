import type { ActorEdit } from "../../store/store.js";
import type { Corpus } from "../corpus.js";
import { Partition } from "../partition.js";
import { slug, uniqueIds } from "../text.js";
import type { AnalysisActor } from "../types.js";
import { groupBodies } from "./bodies.js";
import { buildActor } from "./build.js";
import { applyEdits } from "./edits.js";
import { collectMembers, memberKey } from "./members.js";
import { groupPeople, type PeopleRules } from "./people.js";

export interface ActorResolution {
  /** Most documents first, then most mentions, then name. */
  actors: AnalysisActor[];
  /** The analysis actor of a record actor; null for null or for a document outside the analysis. */
  actorOf(documentId: string, actorId: string | null): string | null;
  byId(id: string): AnalysisActor | undefined;
  /**
   * The analysis actor who said a quote: an analyst's correction, else the actor of the record's
   * speaker; null when neither is known.
   */
  speakerOf(documentId: string, quoteId: string, recordSpeaker: string | null): string | null;
  /** whether an analyst named the speaker of this quote */
  speakerCorrected(documentId: string, quoteId: string): boolean;
  /** ids of analyst edits that no longer find (all) their members */
  staleEdits: number[];
}

/**
 * Resolves actors across `all` stored documents (so a bare surname is placed with the whole store in
 * view), then keeps what the `analysed` documents say. Analysts' edits are re-applied on top.
 */
export function resolveActors(
  all: Corpus, analysed: ReadonlySet<string>, edits: ActorEdit[], rules: PeopleRules,
): ActorResolution {
  const members = collectMembers(all);
  const partition = new Partition();
  for (const m of members) partition.add(m.key);
  groupBodies(members, partition);
  groupPeople(members, partition, rules);
  const outcome = applyEdits(edits, partition, members);

  const order = new Map(members.map((m, i) => [m.key, i]));
  const byKey = new Map(members.map((m) => [m.key, m]));
  const groups = partition.entries()
    .map(([group, keys]) => ({
      group,
      members: keys.map((k) => byKey.get(k)!).filter((m) => analysed.has(m.documentId))
        .sort((a, b) => order.get(a.key)! - order.get(b.key)!),
    }))
    .filter((g) => g.members.length > 0)
    .sort((a, b) => order.get(a.members[0]!.key)! - order.get(b.members[0]!.key)!);

  const nextId = uniqueIds();
  const idOfMember = new Map<string, string>();
  // Parts split off take their ids last: the actor they left keeps the id it had.
  const idOrder = [...groups.filter((g) => !outcome.splitOff.has(g.group)), ...groups.filter((g) => outcome.splitOff.has(g.group))];
  const actors = idOrder.map(({ group, members: ms }) => {
    const overrides = { name: outcome.names.get(group), side: outcome.sides.get(group), type: outcome.types.get(group) };
    const draft = buildActor(ms, overrides, outcome.edited.has(group));
    const actor: AnalysisActor = { id: nextId(slug(draft.name)), ...draft };
    for (const m of ms) idOfMember.set(m.key, actor.id);
    return actor;
  });
  actors.sort((a, b) => b.documentCount - a.documentCount || b.mentions.length - a.mentions.length
    || a.name.localeCompare(b.name));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const actorOf = (documentId: string, actorId: string | null) =>
    (actorId === null ? null : idOfMember.get(memberKey(documentId, actorId)) ?? null);
  return {
    actors,
    actorOf,
    speakerOf: (documentId, quoteId, recordSpeaker) => {
      const corrected = outcome.speakers.get(memberKey(documentId, quoteId));
      return corrected === undefined ? actorOf(documentId, recordSpeaker) : idOfMember.get(corrected) ?? null;
    },
    speakerCorrected: (documentId, quoteId) => outcome.speakers.has(memberKey(documentId, quoteId)),
    byId: (id) => byId.get(id),
    staleEdits: outcome.stale,
  };
}

