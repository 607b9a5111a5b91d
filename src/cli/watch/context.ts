import type { FetchOptions } from "../../ingest/web/fetch-page.js";
import type { Store } from "../../store/index.js";
import type { WatchState } from "../../store/sqlite/watch-state.js";
import type { Extractor } from "../timed-extraction.js";

/** What every poll of a watch run shares. */
export interface WatchContext {
  store: Store;
  state: WatchState;
  extractor: Extractor;
  /** Limits of each fetch; its signal stops a fetch when the watch is told to stop. */
  fetch: FetchOptions;
  /** Aborted on SIGINT/SIGTERM: a poll ends after the item it is on. */
  signal: AbortSignal;
  /** Absolute paths never read as inputs (the database and its journal files). */
  ignored: string[];
}
