import { parentPort, workerData } from "node:worker_threads";
import { extractInput } from "./extract-input.js";
import { replyTo } from "./extraction-reply.js";
import { useProfile } from "../kb/profile.js";
import type { ExtractionReply, ExtractionRequest } from "./timed-extraction.js";

/**
 * Reads and extracts one input at a time for timed-extraction.ts, on a thread the main thread can
 * stop when an input takes longer than its budget. It says "ready" once its modules and the
 * tagger's model are loaded, so that loading never counts against a document's budget.
 */
const port = parentPort!;
useProfile((workerData as { profile?: string }).profile);
extractInput.warmUp();
port.postMessage({ ready: true } satisfies ExtractionReply);
port.on("message", (request: ExtractionRequest) => port.postMessage(replyTo(request)));
