import type { Command } from "commander";
import type { ParleyRecord } from "../../record/schema.js";
import { openStore, type Store } from "../../store/index.js";
import { recordToMarkdown } from "../format/markdown.js";
import type { SetExit } from "../main.js";
import { DEFAULT_DB } from "./ingest.js";

const FORMATS = new Map<string, (record: ParleyRecord) => string>([
  ["json", (record) => JSON.stringify(record, null, 2)],
  ["md", recordToMarkdown],
]);

/** How many candidates an ambiguous prefix lists before "...". */
const SHOWN_CANDIDATES = 5;

/** The one stored document `idOrPrefix` designates; a missing or ambiguous id is an error naming it. */
export async function resolveDocumentId(store: Store, idOrPrefix: string, dbPath: string): Promise<string> {
  const ids = await store.findDocumentIds(idOrPrefix, SHOWN_CANDIDATES + 1);
  if (ids.includes(idOrPrefix)) return idOrPrefix;
  if (ids.length === 1) return ids[0]!;
  if (!ids.length) throw new Error(`${idOrPrefix}: no stored document with this id in ${dbPath}`);
  const listed = ids.slice(0, SHOWN_CANDIDATES).join(", ") + (ids.length > SHOWN_CANDIDATES ? ", ..." : "");
  throw new Error(`${idOrPrefix}: ambiguous id prefix, matches ${listed}`);
}

export function registerShow(program: Command, _setExit: SetExit): void {
  program
    .command("show")
    .description("print a stored record (a unique prefix of the id is enough)")
    .argument("<doc-id>", "document id, e.g. doc_3f2a9c1e04b7d6a8, or a unique prefix of it")
    .option("--db <file>", "SQLite database", DEFAULT_DB)
    .option("--format <format>", "json | md", "json")
    .action(async (idOrPrefix: string, opts: { db: string; format: string }) => {
      const format = FORMATS.get(opts.format);
      if (!format) throw new Error(`unknown format '${opts.format}' (json or md)`);
      const store = openStore(opts.db, { mustExist: true });
      try {
        const record = await store.getRecord(await resolveDocumentId(store, idOrPrefix, opts.db));
        process.stdout.write(format(record!) + "\n");
      } finally {
        store.close();
      }
    });
}
