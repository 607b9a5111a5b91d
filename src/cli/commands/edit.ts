import { userInfo } from "node:os";
import type { Command } from "commander";
import { undoneEdits } from "../../analysis/actors/edits.js";
import { currentResolution, recordActorEdit, type EditRequest } from "../../analysis/edits.js";
import { ensureResolvedActors } from "../../export/resolved-actors.js";
import { openStore, type ActorEdit } from "../../store/index.js";
import type { SetExit } from "../main.js";
import { DEFAULT_DB } from "./ingest.js";

interface EditOptions {
  db: string;
  by?: string;
  note?: string;
}

/** Who is editing: --by, else PARLEY_USER, else the login name. */
function editor(by: string | undefined): string {
  if (by?.trim()) return by.trim();
  if (process.env.PARLEY_USER?.trim()) return process.env.PARLEY_USER.trim();
  try {
    return userInfo().username || "unknown";
  } catch {
    return "unknown";
  }
}

async function record(request: Omit<EditRequest, "by">, opts: EditOptions): Promise<void> {
  const store = openStore(opts.db, { mustExist: true });
  try {
    const { edit, actors } = await recordActorEdit(store, { ...request, by: editor(opts.by), note: opts.note });
    // The resolved_actors tables follow the edit at once, for SQL readers of the database.
    await ensureResolvedActors(store);
    const ids = actors.map((a) => a.id).join(", ");
    process.stdout.write(`${describeEdit(edit)}${ids ? ` (${ids})` : ""}\n`);
  } finally {
    store.close();
  }
}

function describeEdit(edit: ActorEdit, stale = false, undone = false): string {
  const members = edit.members.map((m) => `${m.documentId}:${m.actorId} "${m.name}"`).join(", ");
  const changes = [
    edit.quote ? `quote ${edit.quote.documentId}:${edit.quote.quoteId} said by` : "",
    members,
    edit.name === null ? "" : `-> "${edit.name}"`,
    edit.side === undefined ? "" : `side "${edit.side}"`,
    edit.type === undefined ? "" : `type ${edit.type}`,
    edit.undoes === undefined ? "" : `#${edit.undoes}`,
    edit.note === null ? "" : `-- ${edit.note}`,
  ].filter(Boolean).join(" ");
  const flags = (stale ? " [stale: member not found]" : "") + (undone ? " [undone]" : "");
  return `#${edit.id} ${edit.at} ${edit.by} ${edit.action} ${changes}${flags}`;
}

async function list(opts: EditOptions & { format: string }): Promise<void> {
  if (opts.format !== "text" && opts.format !== "json") throw new Error(`unknown format '${opts.format}' (text or json)`);
  const store = openStore(opts.db, { mustExist: true });
  try {
    const { resolution, edits } = await currentResolution(store);
    const stale = new Set(resolution.staleEdits);
    const undone = undoneEdits(edits);
    const out = opts.format === "json"
      ? JSON.stringify(edits.map((e) => ({ ...e, stale: stale.has(e.id), undone: undone.has(e.id) })), null, 2)
      : edits.map((e) => describeEdit(e, stale.has(e.id), undone.has(e.id))).join("\n");
    if (out) process.stdout.write(out + "\n");
  } finally {
    store.close();
  }
}

export function registerEdit(program: Command, _setExit: SetExit): void {
  const edit = program
    .command("edit")
    .description("correct cross-document actors: merge, split, rename, set side or type, a quote's speaker, undo (stored, audited, re-applied after re-ingest)");
  const common = (command: Command) => command
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--by <name>", "who makes the edit (default: $PARLEY_USER or the login name)")
    .option("--note <text>", "why, for the audit log");
  common(edit.command("merge")
    .description("make two or more actors one")
    .argument("<actors...>", "actor ids (as in parley report) or names"))
    .action((actors: string[], opts: EditOptions) => record({ action: "merge", refs: actors }, opts));
  common(edit.command("split")
    .description("move members out of an actor into a new actor; the actor keeps its id and name")
    .argument("<actor>", "actor id or name")
    .argument("<members...>", "DOC:ACTOR (e.g. doc_9804c7b7:a8) or a name the actor was written as")
    .option("--name <name>", "the name of the new actor (default: the fullest name its members give)"))
    .action((actor: string, members: string[], opts: EditOptions & { name?: string }) =>
      record({ action: "split", refs: [actor, ...members], name: opts.name }, opts));
  common(edit.command("rename")
    .description("give an actor a new name")
    .argument("<actor>", "actor id or name")
    .argument("<name>", "the new name"))
    .action((actor: string, name: string, opts: EditOptions) => record({ action: "rename", refs: [actor], name }, opts));
  common(edit.command("set")
    .description("set an actor's side and/or type")
    .argument("<actor>", "actor id or name")
    .option("--side <side>", "the side the actor speaks for (none clears it)")
    .option("--type <type>", "person | organization | state | group | place | unnamed"))
    .action((actor: string, opts: EditOptions & { side?: string; type?: string }) =>
      record({ action: "set", refs: [actor], side: opts.side, type: opts.type }, opts));
  common(edit.command("speaker")
    .description("correct who said a quote")
    .argument("<quote>", "DOC:QUOTE (e.g. doc_9804c7b7:q3)")
    .argument("<actor>", "actor id or name of the speaker"))
    .action((quote: string, actor: string, opts: EditOptions) => record({ action: "speaker", refs: [quote, actor] }, opts));
  common(edit.command("undo")
    .description("take back an edit (by default the latest still in force); the log keeps both")
    .argument("[edit]", "the edit's number, as edit list shows it (#12 or 12)"))
    .action((id: string | undefined, opts: EditOptions) => record({ action: "undo", refs: id === undefined ? [] : [id] }, opts));
  edit.command("list")
    .description("print the audit log of edits, oldest first")
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--format <format>", "text | json", "text")
    .action((opts: EditOptions & { format: string }) => list(opts));
}
