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

/**
 * Loads what a first extraction would (the tagger's model, the knowledge files each stage reads when
 * first asked) on a short text that reaches every stage.
 */
extractInput.warmUp = (): void => {
  extract({
    path: "warm-up", url: null, title: null, date: "2024-01-29", outlet: null, authors: [], dateline: null, format: "text", turns: [],
    text: "Union leader Ana Holm said on Monday that the company's offer of a 3% raise was “an insult”.\n\n" +
      "The government agreed to resume talks next week, Minister Tomas Brell told reporters.",
  });
};
