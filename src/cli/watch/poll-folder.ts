import { statSync } from "node:fs";
import { resolve } from "node:path";
import { filesInFolder, isReadableName } from "../../ingest/inputs.js";
import { readySources } from "../../ingest/sources.js";
import type { InputError } from "../../ingest/types.js";
import { reportInputError } from "../commands/extract.js";
import { ingestItem } from "./ingest-item.js";
import { newPollTally, type PollTally } from "./tally.js";
import type { WatchContext } from "./context.js";

/** Every readable file below the folder that is new or changed since it was last read. */
export async function pollFolder(folder: string, context: WatchContext): Promise<PollTally> {
  const errors: InputError[] = [];
  const tally = newPollTally();
  const files = filesInFolder(folder, errors, tally.skipped, new Set(context.ignored));
  for (const error of errors) reportInputError(error);
  // skipped files are named once, when first met, not on every poll
  tally.skipped = tally.skipped.filter((entry) => !context.state.seen(folder, [resolve(entry.path)]));
  for (const entry of tally.skipped) context.state.markSeen(folder, { keys: [resolve(entry.path)], docId: null });
  for (const file of files) {
    if (context.signal.aborted) break;
    await ingestFile(folder, file, context, tally);
  }
  context.state.checked(folder);
  return tally;
}

/** A file the watcher saw added or changed: ingested unless this version of it was read already. */
export async function ingestFile(folder: string, file: string, context: WatchContext, tally: PollTally = newPollTally()): Promise<PollTally> {
  if (!isReadableName(file) || context.ignored.includes(resolve(file))) return tally;
  let version: string;
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size === 0) return tally;
    version = `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return tally; // gone again before it could be read
  }
  const key = resolve(file);
  if (context.state.seen(folder, [key], version)) return tally;
  const ready = await readySources([file], undefined, context.fetch);
  for (const error of ready.errors) {
    tally.fresh++;
    tally.rejected++;
    reportInputError(error);
  }
  let docId: string | null = null;
  for (const item of ready.items) docId = (await ingestItem(context.store, context.extractor, item, tally)) ?? docId;
  context.state.markSeen(folder, { keys: [key], version, docId });
  return tally;
}
