import type Database from "better-sqlite3";
import type { ActorEdit, ActorMemberKey, NewActorEdit } from "../store.js";

interface EditRow {
  id: number; at: string; by: string; action: ActorEdit["action"]; members: string; name: string | null; note: string | null;
}

/** Prepared statements for the append-only actor_edits table. */
export function actorEditLog(db: Database.Database): {
  add: (edit: NewActorEdit) => ActorEdit;
  list: () => ActorEdit[];
} {
  const insert = db.prepare(
    "INSERT INTO actor_edits (at, by, action, members, name, note) VALUES (@at, @by, @action, @members, @name, @note)");
  const select = db.prepare("SELECT id, at, by, action, members, name, note FROM actor_edits ORDER BY id");
  const fromRow = (row: EditRow): ActorEdit => ({ ...row, members: JSON.parse(row.members) as ActorMemberKey[] });
  return {
    add: (edit) => {
      const at = new Date().toISOString();
      const members = edit.members.map(({ documentId, actorId, name }) => ({ documentId, actorId, name }));
      const result = insert.run({ ...edit, at, members: JSON.stringify(members) });
      return { ...edit, members, id: Number(result.lastInsertRowid), at };
    },
    list: () => (select.all() as EditRow[]).map(fromRow),
  };
}
