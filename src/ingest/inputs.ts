import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { readKbFile } from "../kb/files.js";
import { readManifest } from "./manifest.js";
import { STDIN_PATH, systemErrorReason } from "./read.js";
import type { DetectedMeta } from "./meta.js";
import { InputError, type ManifestEntry } from "./types.js";
import { isWebAddress } from "./web/fetch-page.js";

/** One input to read: a path ('-' for stdin) and the manifest metadata that overrides detection. */
export interface InputItem {
  /** A file, '-' for stdin, or the web address or feed item the content came from. */
  path: string;
  manifest?: ManifestEntry;
  /** The input already read (a fetched page, an e-mail's body): the path is then only its name. */
  content?: string;
  /** How `content` is written; by default told from the path and the text. */
  kind?: "html" | "text";
  /** Metadata of the envelope the content came in (the address it was fetched from, an e-mail's or a feed's headers): trusted after the manifest. */
  found?: DetectedMeta;
}

/** A file in a folder that is not read, and why ("unsupported type", "empty"). */
export interface SkippedInput {
  path: string;
  reason: string;
}

/**
 * Expands CLI arguments (files, folders recursively, '-') and an optional JSONL manifest into input
 * items in order: the arguments first, then the manifest entries no argument named. A file that is
 * both an argument and a manifest entry is read once, with the manifest's metadata. Problems with
 * the arguments themselves (missing path, empty folder, bad manifest line) are returned as errors;
 * the other items are still listed.
 */
export function expandInputs(
  args: string[], manifestPath?: string, ignored: readonly string[] = [],
): { items: InputItem[]; errors: InputError[]; skipped: SkippedInput[] } {
  const items: InputItem[] = [];
  const errors: InputError[] = [];
  const skipped: SkippedInput[] = [];
  const ignoredPaths = new Set(ignored.map((path) => resolve(path)));
  for (const arg of args) {
    try {
      for (const path of expandArgument(arg, errors, skipped, ignoredPaths)) items.push({ path });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  if (manifestPath) {
    const manifest = readManifest(manifestPath);
    errors.push(...manifest.errors);
    const byPath = new Map(items.map((item) => [resolve(item.path), item]));
    for (const entry of manifest.entries) {
      const listed = byPath.get(resolve(entry.path));
      if (listed) listed.manifest = entry;
      else items.push({ path: entry.path, manifest: entry });
    }
  }
  return { items, errors, skipped };
}

function expandArgument(arg: string, errors: InputError[], skipped: SkippedInput[], ignored: Set<string>): string[] {
  if (arg === STDIN_PATH || isWebAddress(arg)) return [arg];
  let isFolder: boolean;
  try {
    isFolder = statSync(arg).isDirectory();
  } catch (error) {
    throw new InputError(arg, systemErrorReason(error));
  }
  if (!isFolder) return [arg];
  const folderErrors: InputError[] = [];
  const folderSkipped: SkippedInput[] = [];
  const files = filesInFolder(arg, folderErrors, folderSkipped, ignored);
  for (const error of folderErrors) errors.push(error);
  // a folder with nothing to read is one error, not a list of every file in it
  if (files.length) skipped.push(...folderSkipped);
  if (!files.length && !folderErrors.length) throw new InputError(arg, `folder has no readable files (${readableExtensions().join(", ")})`);
  return files;
}

/**
 * Text and HTML files below `folder`, sorted by name at each level; hidden entries are skipped. A
 * folder that cannot be listed is reported in `errors` and skipped: the files beside it still count.
 * Files of other types and empty files are named in `skipped`, except the `ignored` ones (the
 * database being written, which may well sit in the folder read).
 * The walk keeps its own stack, so a deep tree cannot exhaust the call stack.
 */
export function filesInFolder(folder: string, errors: InputError[], skipped: SkippedInput[] = [], ignored: Set<string> = new Set()): string[] {
  const extensions = readableExtensions();
  const visited = new Set<string>();
  const files: string[] = [];
  // entries still to visit, the next one last; a folder's entries replace it in name order
  const pending: { path: string; isFolder: boolean; size: number }[] = [{ path: folder, isFolder: true, size: 0 }];
  while (pending.length) {
    const { path: current, isFolder, size } = pending.pop()!;
    if (!isFolder) {
      if (ignored.has(resolve(current))) continue;
      if (!isReadableName(current, extensions)) skipped.push({ path: current, reason: "unsupported type" });
      else if (size === 0) skipped.push({ path: current, reason: "empty" });
      else files.push(current);
      continue;
    }
    let real: string;
    let names: string[];
    try {
      real = realpathSync(current);
      names = readdirSync(current).filter((name) => !name.startsWith(".")).sort();
    } catch (error) {
      errors.push(new InputError(current, `folder skipped: ${systemErrorReason(error)}`));
      continue;
    }
    if (visited.has(real)) continue; // a symbolic link back up the tree
    visited.add(real);
    for (const name of names.reverse()) {
      const path = join(current, name);
      try {
        const stats = statSync(path);
        pending.push({ path, isFolder: stats.isDirectory(), size: stats.size });
      } catch {
        // a dangling link inside a folder is not an input the user named
      }
    }
  }
  return files;
}

/** Whether a file in a folder is read, by the ending of its name. */
export function isReadableName(path: string, extensions: string[] = readableExtensions()): boolean {
  return extensions.some((ext) => path.toLowerCase().endsWith(ext));
}

function readableExtensions(): string[] {
  return readKbFile<{ extensions: string[] }>("ingest-extensions.json").extensions;
}
