import { z } from "zod";
import { describeUndo, EditError } from "../../analysis/edits.js";
import { ensureResolvedActors } from "../../export/resolved-actors.js";
import { ActorTypeSchema } from "../../record/schema.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import type { ActorMemberKey, NewActorEdit, Store } from "../../store/store.js";
import type { ServerData } from "../data.js";
import { badRequest } from "../http-error.js";
import { JsonResponse, type Router } from "../router.js";

/**
 * Analyst corrections to cross-document actor resolution, appended to the store's audit log and
 * applied by every later analysis. Actors are named either by analysis actor id (`actors`, for merge,
 * rename, set and speaker) or by record actor (`members`: documentId + actorId, for split). split may
 * name the new actor (`name`); set gives `side` ("" clears it) and/or `type`; speaker gives the `quote`
 * ({documentId, quoteId}) and its speaker; undo takes back edit `undoes` (default: the latest in force).
 */

const EditRequestSchema = z.strictObject({
  action: z.enum(["merge", "split", "rename", "set", "speaker", "undo"]),
  actors: z.array(z.string()).max(100).optional(),
  members: z.array(z.strictObject({ documentId: z.string(), actorId: z.string() })).max(1000).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  note: z.string().trim().max(2000).optional(),
  by: z.string().trim().min(1).max(100).optional(),
  side: z.string().trim().max(200).optional(),
  type: ActorTypeSchema.optional(),
  quote: z.strictObject({ documentId: z.string(), quoteId: z.string() }).optional(),
  undoes: z.number().int().positive().optional(),
});
type EditRequest = z.infer<typeof EditRequestSchema>;

const DEFAULT_EDITOR = "dashboard";

function parseRequest(body: unknown): EditRequest {
  const parsed = EditRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badRequest(`${issue.path.join(".") || "body"}: ${issue.message}`);
  }
  return parsed.data;
}

async function membersOf(data: ServerData, request: EditRequest): Promise<ActorMemberKey[]> {
  const members: ActorMemberKey[] = [];
  if (request.actors?.length) {
    const actors = (await data.analysis({})).actors;
    for (const id of request.actors) {
      const actor = actors.find((a) => a.id === id);
      if (!actor) throw badRequest(`actors: no actor with id '${id}'`);
      // One member designates its whole actor for merge and rename.
      const { documentId, actorId, name } = actor.members[0]!;
      members.push({ documentId, actorId, name });
    }
  }
  for (const { documentId, actorId } of request.members ?? []) {
    const actor = (await data.record(documentId))?.actors.find((a) => a.id === actorId);
    if (!actor) throw badRequest(`members: no actor '${actorId}' in document '${documentId}'`);
    members.push({ documentId, actorId, name: actor.name });
  }
  return members;
}

function checkShape(request: EditRequest, members: ActorMemberKey[]): void {
  if (request.action === "merge" && members.length < 2) throw badRequest("merge: name at least two actors");
  if (request.action === "split" && (!request.members?.length || request.actors?.length)) {
    throw badRequest("split: name the record actors that leave their actor in 'members'");
  }
  if (request.action === "rename" && (members.length !== 1 || !request.name)) {
    throw badRequest("rename: name exactly one actor and the new 'name'");
  }
  if (request.action === "set" && (members.length !== 1 || (request.side === undefined && !request.type))) {
    throw badRequest("set: name exactly one actor and a 'side' or a 'type'");
  }
  if (request.action === "speaker" && (members.length !== 1 || !request.quote)) {
    throw badRequest("speaker: name the 'quote' and exactly one actor who said it");
  }
}

async function checkQuote(data: ServerData, request: EditRequest): Promise<void> {
  if (!request.quote) return;
  const { documentId, quoteId } = request.quote;
  if (!(await data.record(documentId))?.quotes.some((q) => q.id === quoteId)) {
    throw badRequest(`quote: no quote '${quoteId}' in document '${documentId}'`);
  }
}

async function undoEdit(writable: Store, request: EditRequest): Promise<NewActorEdit> {
  try {
    const refs = request.undoes === undefined ? [] : [String(request.undoes)];
    return describeUndo({ refs, by: request.by ?? DEFAULT_EDITOR, note: request.note }, await writable.listActorEdits());
  } catch (error) {
    if (error instanceof EditError) throw badRequest(error.message);
    throw error;
  }
}

export function editRoutes(router: Router, data: ServerData, writable: Store): void {
  router.get("/api/edits", async () => ({ edits: await writable.listActorEdits() }));

  router.post("/api/edits", async ({ body }) => {
    const request = parseRequest(body);
    let edit: NewActorEdit;
    if (request.action === "undo") edit = await undoEdit(writable, request);
    else {
      const members = await membersOf(data, request);
      checkShape(request, members);
      await checkQuote(data, request);
      edit = {
        by: request.by ?? DEFAULT_EDITOR, action: request.action, members,
        name: request.name ?? null, note: request.note ?? null,
        ...(request.action === "set" ? { side: request.side ?? null, type: request.type ?? null } : {}),
        ...(request.action === "speaker" ? { quote: request.quote } : {}),
      };
    }
    const saved = await writable.addActorEdit(edit);
    // SQL readers of the database see the edit in the resolved_actors tables at once.
    if (writable instanceof SqliteStore) await ensureResolvedActors(writable);
    return new JsonResponse(201, { edit: saved });
  });
}
