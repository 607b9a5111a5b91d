import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { readKbFile } from "../kb/files.js";
import { readManifest } from "./manifest.js";
import { STDIN_PATH, systemErrorReason } from "./read.js";
import { InputError, type ManifestEntry } from "./types.js";

/** One input to read: a path ('-' for stdin) and the manifest metadata that overrides detection. */
export interface InputItem {
  path: string;
  manifest?: ManifestEntry;
}

/**
 * Expands CLI arguments (files, folders recursively, '-') and an optional JSONL manifest into input
 * items in order: the arguments first, then the manifest entries no argument named. A file that is
 * both an argument and a manifest entry is read once, with the manifest's metadata. Problems with
 * the arguments themselves (missing path, empty folder, bad manifest line) are returned as errors;
 * the other items are still listed.
 */
export function expandInputs(args: string[], manifestPath?: string): { items: InputItem[]; errors: InputError[] } {
  const items: InputItem[] = [];
  const errors: InputError[] = [];
  for (const arg of args) {
    try {
      for (const path of expandArgument(arg, errors)) items.push({ path });
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
  return { items, errors };
}

function expandArgument(arg: string, errors: InputError[]): string[] {
  if (arg === STDIN_PATH) return [arg];
  let isFolder: boolean;
  try {
    isFolder = statSync(arg).isDirectory();
  } catch (error) {
    throw new InputError(arg, systemErrorReason(error));
  }
  if (!isFolder) return [arg];
  const folderErrors: InputError[] = [];
  const files = filesInFolder(arg, folderErrors);
  for (const error of folderErrors) errors.push(error);
  if (!files.length && !folderErrors.length) throw new InputError(arg, `folder has no readable files (${readableExtensions().join(", ")})`);
  return files;
}

/**
 * Text and HTML files below `folder`, sorted by name at each level; hidden entries are skipped. A
 * folder that cannot be listed is reported in `errors` and skipped: the files beside it still count.
 * The walk keeps its own stack, so a deep tree cannot exhaust the call stack.
 */
function filesInFolder(folder: string, errors: InputError[]): string[] {
  const extensions = readableExtensions();
  const visited = new Set<string>();
  const files: string[] = [];
  // entries still to visit, the next one last; a folder's entries replace it in name order
  const pending: { path: string; isFolder: boolean }[] = [{ path: folder, isFolder: true }];
  while (pending.length) {
    const { path: current, isFolder } = pending.pop()!;
    if (!isFolder) {
      if (extensions.some((ext) => current.toLowerCase().endsWith(ext))) files.push(current);
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
        pending.push({ path, isFolder: statSync(path).isDirectory() });
      } catch {
        // a dangling link inside a folder is not an input the user named
      }
    }
  }
  return files;
}

function readableExtensions(): string[] {
  return readKbFile<{ extensions: string[] }>("ingest-extensions.json").extensions;
}
