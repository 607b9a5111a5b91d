import type Database from "better-sqlite3";
import type { ActorType } from "../../record/schema.js";
import type { ActorEdit, ActorMemberKey, NewActorEdit, QuoteKey } from "../store.js";

interface EditRow {
  id: number; at: string; by: string; action: ActorEdit["action"]; members: string; name: string | null; note: string | null;
  side: string | null; actor_type: ActorType | null; quote: string | null; undoes: number | null;
}

/** Prepared statements for the append-only actor_edits table. */
export function actorEditLog(db: Database.Database): {
  add: (edit: NewActorEdit) => ActorEdit;
  list: () => ActorEdit[];
} {
  const insert = db.prepare(
    `INSERT INTO actor_edits (at, by, action, members, name, note, side, actor_type, quote, undoes)
     VALUES (@at, @by, @action, @members, @name, @note, @side, @actor_type, @quote, @undoes)`);
  const select = db.prepare(
    "SELECT id, at, by, action, members, name, note, side, actor_type, quote, undoes FROM actor_edits ORDER BY id");
  const fromRow = ({ members, actor_type, quote, side, undoes, ...row }: EditRow): ActorEdit => ({
    ...row,
    members: JSON.parse(members) as ActorMemberKey[],
    // Only the fields an action uses are present, so older edits read back exactly as they were written.
    ...(side === null ? {} : { side }),
    ...(actor_type === null ? {} : { type: actor_type }),
    ...(quote === null ? {} : { quote: JSON.parse(quote) as QuoteKey }),
    ...(undoes === null ? {} : { undoes }),
  });
  return {
    add: (edit) => {
      const at = new Date().toISOString();
      const members = edit.members.map(({ documentId, actorId, name }) => ({ documentId, actorId, name }));
      const quote = edit.quote ? { documentId: edit.quote.documentId, quoteId: edit.quote.quoteId } : null;
      const result = insert.run({
        at, by: edit.by, action: edit.action, members: JSON.stringify(members), name: edit.name, note: edit.note,
        side: edit.side ?? null, actor_type: edit.type ?? null, quote: quote && JSON.stringify(quote), undoes: edit.undoes ?? null,
      });
      return fromRow({
        id: Number(result.lastInsertRowid), at, by: edit.by, action: edit.action, members: JSON.stringify(members),
        name: edit.name, note: edit.note, side: edit.side ?? null, actor_type: edit.type ?? null,
        quote: quote && JSON.stringify(quote), undoes: edit.undoes ?? null,
      });
    },
    list: () => (select.all() as EditRow[]).map(fromRow),
  };
}
