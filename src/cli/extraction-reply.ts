import { extractInput } from "./extract-input.js";
import { InputError } from "../ingest/types.js";
import type { ExtractionReply, ExtractionRequest } from "./timed-extraction.js";

/** What an extraction thread answers to one request: the record, or why the input was rejected. */
export function replyTo(request: ExtractionRequest): ExtractionReply {
  try {
    return { id: request.id, record: extractInput(request.item, request.maxBytes) };
  } catch (error) {
    const rejected = error instanceof InputError ? { file: error.file, reason: error.reason } : undefined;
    return { id: request.id, ...(rejected ? { rejected } : { failure: (error as Error).message }) };
  }
}
