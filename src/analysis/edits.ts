import { ActorTypeSchema, type ActorType, type ParleyRecord } from "../record/schema.js";
import type { ActorEdit, ActorEditAction, ActorMemberKey, NewActorEdit, QuoteKey, Store } from "../store/store.js";
import { resolveActors, type ActorResolution } from "./actors/index.js";
import { undoneEdits } from "./actors/edits.js";
import { loadAnalysisConfig } from "./config.js";
import { Corpus } from "./corpus.js";
import { loadRecords } from "./load.js";
import { foldText } from "./text.js";
import type { ActorMember, AnalysisActor } from "./types.js";

/** What an analyst asks for, naming actors as `parley report` shows them (id or name) or members as DOC:ACTOR. */
export interface EditRequest {
  action: ActorEditAction;
  /**
   * merge: two or more actors; split: the actor, then members (DOC:ACTOR or a name it was written as);
   * rename, set: the actor; speaker: the quote (DOC:QUOTE), then the actor who said it; undo: the edit
   * id, or nothing for the latest edit still in force
   */
  refs: string[];
  /** rename: the new name; split: the name of the part split off */
  name?: string;
  /** set: the actor's side ("none" clears it) */
  side?: string;
  /** set: the actor's type */
  type?: string;
  by: string;
  note?: string;
}

/** A request that cannot be carried out; the message names the reference at fault. */
export class EditError extends Error {}

/** The actors as resolved now, over every stored document (the records it read), with the edits so far. */
export async function currentResolution(store: Store): Promise<{ resolution: ActorResolution; edits: ActorEdit[]; records: ParleyRecord[] }> {
  const [records, edits] = await Promise.all([loadRecords(store), store.listActorEdits()]);
  const corpus = new Corpus(records);
  const all = new Set(records.map((r) => r.document.id));
  return { resolution: resolveActors(corpus, all, edits, loadAnalysisConfig().actors), edits, records };
}

/** Checks a request against the current actors and appends it to the store's edit log. */
export async function recordActorEdit(store: Store, request: EditRequest): Promise<{ edit: ActorEdit; actors: AnalysisActor[] }> {
  const { resolution, edits } = await currentResolution(store);
  if (request.action === "undo") return { edit: await store.addActorEdit(describeUndo(request, edits)), actors: [] };
  if (request.action === "speaker") {
    const quote = await findQuote(store, request.refs[0] ?? "");
    const actor = findActor(resolution, requireRef(request.refs[1], "speaker needs the quote and the actor who said it"));
    // A member in the quote's own document names the speaker best (it survives re-resolution there).
    const member = actor.members.find((m) => m.documentId === quote.documentId) ?? actor.members[0]!;
    const base = { by: request.by, action: request.action, name: null, note: request.note ?? null };
    return { edit: await store.addActorEdit({ ...base, members: [memberKey(member)], quote }), actors: [actor] };
  }
  const actors = request.refs.slice(0, request.action === "merge" ? undefined : 1).map((r) => findActor(resolution, r));
  const edit = await store.addActorEdit(describe(request, actors));
  return { edit, actors };
}

const requireRef = (ref: string | undefined, message: string): string => {
  if (!ref?.trim()) throw new EditError(message);
  return ref;
};

/** An undo names one edit still in force: the one given, else the latest. */
export function describeUndo(request: Pick<EditRequest, "refs" | "by" | "note">, edits: ActorEdit[]): NewActorEdit {
  const undone = undoneEdits(edits);
  const inForce = edits.filter((e) => e.action !== "undo" && !undone.has(e.id));
  const ref = request.refs[0];
  let target: ActorEdit | undefined;
  if (ref === undefined) {
    target = inForce[inForce.length - 1];
    if (!target) throw new EditError("undo: no edit to undo");
  } else {
    const id = Number(ref.replace(/^#/, ""));
    target = edits.find((e) => e.id === id);
    if (!target || !Number.isInteger(id)) throw new EditError(`${ref}: no such edit`);
    if (target.action === "undo") throw new EditError(`#${id} is an undo; make the edit again instead`);
    if (undone.has(id)) throw new EditError(`#${id} is already undone`);
  }
  return { by: request.by, action: "undo", members: [], name: null, note: request.note ?? null, undoes: target.id };
}

/** A quote by DOC:QUOTE (a unique prefix of the document id will do). */
async function findQuote(store: Store, ref: string): Promise<QuoteKey> {
  const colon = ref.lastIndexOf(":");
  if (colon <= 0) throw new EditError(`${ref || "(none)"}: name the quote as DOC:QUOTE (e.g. doc_9804c7b7:q3)`);
  const [prefix, quoteId] = [ref.slice(0, colon), ref.slice(colon + 1)];
  const ids = await store.findDocumentIds(prefix, 2);
  if (ids.length > 1) throw new EditError(`${ref}: ambiguous document prefix`);
  const record = ids.length ? await store.getRecord(ids[0]!) : undefined;
  if (!record) throw new EditError(`${ref}: no such document`);
  if (!record.quotes.some((q) => q.id === quoteId)) throw new EditError(`${ref}: no quote ${quoteId} in ${record.document.id}`);
  return { documentId: record.document.id, quoteId };
}

function parseType(type: string): ActorType {
  const parsed = ActorTypeSchema.safeParse(type);
  if (!parsed.success) throw new EditError(`type '${type}': not one of ${ActorTypeSchema.options.join(", ")}`);
  return parsed.data;
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
  if (request.action === "set") {
    const side = request.side?.trim();
    if (!side && !request.type) throw new EditError("set needs a side or a type");
    return {
      ...base, members: [memberKey(actor.members[0]!)],
      ...(side ? { side: side.toLowerCase() === "none" ? "" : side } : {}),
      ...(request.type ? { type: parseType(request.type) } : {}),
    };
  }
  const members = request.refs.slice(1).flatMap((ref) => findMembers(actor, ref));
  if (!members.length) throw new EditError(`split needs members of ${actor.id} to move out`);
  if (members.length === actor.members.length) throw new EditError(`${actor.id}: splitting every member would change nothing`);
  return { ...base, name: request.name?.trim() || null, members: members.map(memberKey) };
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
