import type { InputItem } from "../../ingest/inputs.js";
import { InputError } from "../../ingest/types.js";
import type { Store } from "../../store/index.js";
import { saveOrReject } from "../commands/ingest.js";
import { reportInputError } from "../commands/extract.js";
import type { Extractor } from "../timed-extraction.js";
import type { PollTally } from "./tally.js";

/**
 * Extracts and stores one item as `parley ingest` does, counting it in `tally`. Returns the stored
 * document's id, or null when the item was refused (the reason is reported on its own line).
 */
export async function ingestItem(store: Store, extractor: Extractor, item: InputItem, tally: PollTally): Promise<string | null> {
  tally.fresh++;
  try {
    const record = await extractor.extract(item);
    const outcome = await saveOrReject(store, item, record);
    tally[outcome === "stored" ? "stored" : "duplicate"]++;
    return record.document.id;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reportInputError(error);
    tally.rejected++;
    return null;
  }
}
