import Tinypool from "tinypool";
import { extractInput } from "./extract-input.js";
import { replyTo } from "./extraction-reply.js";
import { useProfile } from "../kb/profile.js";
import type { ExtractionReply, ExtractionRequest } from "./timed-extraction.js";
import type { PoolWorkerData } from "./extraction-pool.js";

/**
 * One thread of extraction-pool.ts. Its modules and the tagger's model are loaded before the pool
 * hands it an input; it then counts itself ready in the shared counter, so that the pool starts no
 * input's time budget while a thread is still loading.
 */
const data = Tinypool.workerData as PoolWorkerData;
useProfile(data.profile);
extractInput.warmUp();
const ready = new Int32Array(data.ready);
Atomics.add(ready, 0, 1);
Atomics.notify(ready, 0);

export default function extract(request: ExtractionRequest): ExtractionReply {
  return replyTo(request);
}
