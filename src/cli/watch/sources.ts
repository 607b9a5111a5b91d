import { statSync } from "node:fs";
import { resolve } from "node:path";
import { systemErrorReason } from "../../ingest/read.js";
import { InputError } from "../../ingest/types.js";
import { isWebAddress } from "../../ingest/web/fetch-page.js";

/** A source `parley watch` polls; `key` names it in the database (an address, or an absolute path). */
export interface WatchSource {
  kind: "feed-address" | "feed-file" | "folder";
  key: string;
  /** As the user wrote it, for messages. */
  label: string;
}

/** Tells a feed address from a feed file and a folder; a path that does not exist is an InputError. */
export function watchSource(arg: string): WatchSource {
  if (isWebAddress(arg)) return { kind: "feed-address", key: arg, label: arg };
  let isFolder: boolean;
  try {
    const stats = statSync(arg);
    if (!stats.isFile() && !stats.isDirectory()) throw new InputError(arg, "neither a feed file nor a folder");
    isFolder = stats.isDirectory();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(arg, systemErrorReason(error));
  }
  return { kind: isFolder ? "folder" : "feed-file", key: resolve(arg), label: arg };
}
