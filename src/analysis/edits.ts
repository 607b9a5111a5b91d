import type { ActorEdit, ActorEditAction, ActorMemberKey, NewActorEdit, Store } from "../store/store.js";
import { resolveActors, type ActorResolution } from "./actors/index.js";
import { loadAnalysisConfig } from "./config.js";
import { Corpus } from "./corpus.js";
import { loadRecords } from "./load.js";
import { foldText } from "./text.js";
import type { ActorMember, AnalysisActor } from "./types.js";

/** What an analyst asks for, naming actors as `parley report` shows them (id or name) or members as DOC:ACTOR. */
export interface EditRequest {
  action: ActorEditAction;
  /** merge: two or more actors; split: the actor, then members (DOC:ACTOR or a name it was written as); rename: the actor */
  refs: string[];
  /** rename: the new name */
  name?: string;
  by: string;
  note?: string;
}

/** A request that cannot be carried out; the message names the reference at fault. */
export class EditError extends Error {}

/** The actors as resolved now, over every stored document, with the edits so far. */
export async function currentResolution(store: Store): Promise<{ resolution: ActorResolution; edits: ActorEdit[] }> {
  const [records, edits] = await Promise.all([loadRecords(store), store.listActorEdits()]);
  const corpus = new Corpus(records);
  const all = new Set(records.map((r) => r.document.id));
  return { resolution: resolveActors(corpus, all, edits, loadAnalysisConfig().actors), edits };
}

/** Checks a request against the current actors and appends it to the store's edit log. */
export async function recordActorEdit(store: Store, request: EditRequest): Promise<{ edit: ActorEdit; actors: AnalysisActor[] }> {
  const { resolution } = await currentResolution(store);
  const actors = request.refs.slice(0, request.action === "merge" ? undefined : 1).map((r) => findActor(resolution, r));
  const edit = await store.addActorEdit(describe(request, actors));
  return { edit, actors };
}

function describe(request: EditRequest, actors: AnalysisActor[]): NewActorEdit {
  const base = { by: request.by, action: request.action, name: null, note: request.note ?? null };
  if (request.action === "merge") {
    if (actors.length < 2) throw new EditError("merge needs two or more actors");
    if (new Set(actors.map((a) => a.id)).size < actors.length) throw new EditError(`${request.refs.join(", ")}: already one actor`);
    return { ...base, members: actors.map((a) => memberKey(a.members[0]!)) };
  }
  const actor = actors[0]!;
  if (request.action === "rename") {
    const name = request.name?.trim();
    if (!name) throw new EditError("rename needs a new name");
    return { ...base, name, members: [memberKey(actor.members[0]!)] };
  }
  const members = request.refs.slice(1).flatMap((ref) => findMembers(actor, ref));
  if (!members.length) throw new EditError(`split needs members of ${actor.id} to move out`);
  if (members.length === actor.members.length) throw new EditError(`${actor.id}: splitting every member would change nothing`);
  return { ...base, members: members.map(memberKey) };
}

const memberKey = ({ documentId, actorId, name }: ActorMember): ActorMemberKey => ({ documentId, actorId, name });

/** An actor by id, else by its name or an alias when only one actor has it. */
export function findActor(resolution: ActorResolution, ref: string): AnalysisActor {
  const exact = resolution.byId(ref);
  if (exact) return exact;
  const wanted = foldText(ref);
  for (const names of [(a: AnalysisActor) => [a.name], (a: AnalysisActor) => a.aliases]) {
    const found = resolution.actors.filter((a) => names(a).some((n) => foldText(n) === wanted));
    if (found.length === 1) return found[0]!;
    if (found.length > 1) throw new EditError(`${ref}: ambiguous, matches ${found.map((a) => a.id).join(", ")}`);
  }
  throw new EditError(`${ref}: no such actor`);
}

/** Members of `actor` named by DOC:ACTOR (a unique prefix of the document id will do) or by how they were written. */
function findMembers(actor: AnalysisActor, ref: string): ActorMember[] {
  const colon = ref.lastIndexOf(":");
  const found = colon > 0
    ? actor.members.filter((m) => m.actorId === ref.slice(colon + 1) && m.documentId.startsWith(withDocPrefix(ref.slice(0, colon))))
    : actor.members.filter((m) => foldText(m.name) === foldText(ref));
  if (!found.length) throw new EditError(`${ref}: not a member of ${actor.id}`);
  if (colon > 0 && found.length > 1) throw new EditError(`${ref}: ambiguous document prefix`);
  return found;
}

const withDocPrefix = (id: string) => (id.startsWith("doc_") ? id : `doc_${id}`);
