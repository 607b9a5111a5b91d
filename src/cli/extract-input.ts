import { extract } from "../extract/pipeline.js";
import { loadSource, type InputItem } from "../ingest/index.js";
import { InputError } from "../ingest/types.js";
import type { ParleyRecord } from "../record/schema.js";

/** Everything that is wrong with one input, as an InputError naming it; the run goes on without it. */
export function extractInput(item: InputItem, maxBytes: number): ParleyRecord {
  const source = loadSource(item, { maxBytes });
  try {
    return extract(source);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(item.path, `extraction failed: ${(error as Error).message}`);
  }
}

/** Loads what the first extraction would (the tagger's model, the knowledge files) on a tiny text. */
extractInput.warmUp = (): void => {
  extract({
    path: "warm-up", url: null, title: null, date: null, outlet: null, authors: [], dateline: null,
    format: "text", text: "Negotiators met on Monday, officials said.", turns: [],
  });
};
