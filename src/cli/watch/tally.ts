import { tallyLine } from "../commands/ingest.js";
import type { IngestTally } from "../commands/ingest.js";

/** What one poll of one source did. */
export interface PollTally extends Omit<IngestTally, "profiles"> {
  /** Items not read before (stored, already stored or rejected). */
  fresh: number;
  notModified: boolean;
}

export function newPollTally(): PollTally {
  return { fresh: 0, stored: 0, duplicate: 0, rejected: 0, skipped: [], notModified: false };
}

/** "FEED: not modified", or "FEED: 2 new; stored 2, already stored 0, rejected 0". */
export function pollLine(source: string, tally: PollTally): string {
  if (tally.notModified) return `${source}: not modified`;
  return `${source}: ${tally.fresh} new; ${tallyLine({ ...tally, profiles: [] })}`;
}
