import { userInfo } from "node:os";
import type { Command } from "commander";
import { currentResolution, recordActorEdit, type EditRequest } from "../../analysis/edits.js";
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
    process.stdout.write(`${describeEdit(edit)} (${actors.map((a) => a.id).join(", ")})\n`);
  } finally {
    store.close();
  }
}

function describeEdit(edit: ActorEdit, stale = false): string {
  const members = edit.members.map((m) => `${m.documentId}:${m.actorId} "${m.name}"`).join(", ");
  const name = edit.name === null ? "" : ` -> "${edit.name}"`;
  const note = edit.note === null ? "" : ` -- ${edit.note}`;
  return `#${edit.id} ${edit.at} ${edit.by} ${edit.action} ${members}${name}${note}${stale ? " [stale: member not found]" : ""}`;
}

async function list(opts: EditOptions & { format: string }): Promise<void> {
  if (opts.format !== "text" && opts.format !== "json") throw new Error(`unknown format '${opts.format}' (text or json)`);
  const store = openStore(opts.db, { mustExist: true });
  try {
    const { resolution, edits } = await currentResolution(store);
    const stale = new Set(resolution.staleEdits);
    const out = opts.format === "json"
      ? JSON.stringify(edits.map((e) => ({ ...e, stale: stale.has(e.id) })), null, 2)
      : edits.map((e) => describeEdit(e, stale.has(e.id))).join("\n");
    if (out) process.stdout.write(out + "\n");
  } finally {
    store.close();
  }
}

export function registerEdit(program: Command, _setExit: SetExit): void {
  const edit = program
    .command("edit")
    .description("correct cross-document actors: merge, split, rename (stored, audited, re-applied after re-ingest)");
  const common = (command: Command) => command
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--by <name>", "who makes the edit (default: $PARLEY_USER or the login name)")
    .option("--note <text>", "why, for the audit log");
  common(edit.command("merge")
    .description("make two or more actors one")
    .argument("<actors...>", "actor ids (as in parley report) or names"))
    .action((actors: string[], opts: EditOptions) => record({ action: "merge", refs: actors }, opts));
  common(edit.command("split")
    .description("move members out of an actor into a new actor")
    .argument("<actor>", "actor id or name")
    .argument("<members...>", "DOC:ACTOR (e.g. doc_9804c7b7:a8) or a name the actor was written as"))
    .action((actor: string, members: string[], opts: EditOptions) => record({ action: "split", refs: [actor, ...members] }, opts));
  common(edit.command("rename")
    .description("give an actor a new name")
    .argument("<actor>", "actor id or name")
    .argument("<name>", "the new name"))
    .action((actor: string, name: string, opts: EditOptions) => record({ action: "rename", refs: [actor], name }, opts));
  edit.command("list")
    .description("print the audit log of edits, oldest first")
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--format <format>", "text | json", "text")
    .action((opts: EditOptions & { format: string }) => list(opts));
}
