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
      items.push(...expandArgument(arg).map((path) => ({ path })));
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

function expandArgument(arg: string): string[] {
  if (arg === STDIN_PATH) return [arg];
  let isFolder: boolean;
  try {
    isFolder = statSync(arg).isDirectory();
  } catch (error) {
    throw new InputError(arg, systemErrorReason(error));
  }
  if (!isFolder) return [arg];
  const files = filesInFolder(arg, new Set());
  if (!files.length) throw new InputError(arg, `folder has no readable files (${readableExtensions().join(", ")})`);
  return files;
}

/** Text and HTML files below `folder`, sorted by name at each level; hidden entries are skipped. */
function filesInFolder(folder: string, visited: Set<string>): string[] {
  let real: string;
  let names: string[];
  try {
    real = realpathSync(folder);
    names = readdirSync(folder).filter((name) => !name.startsWith(".")).sort();
  } catch (error) {
    throw new InputError(folder, systemErrorReason(error));
  }
  if (visited.has(real)) return []; // a symbolic link back up the tree
  visited.add(real);
  const extensions = readableExtensions();
  return names.flatMap((name) => {
    const path = join(folder, name);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      return []; // a dangling link inside a folder is not an input the user named
    }
    if (isFolder) return filesInFolder(path, visited);
    return extensions.some((ext) => name.toLowerCase().endsWith(ext)) ? [path] : [];
  });
}

function readableExtensions(): string[] {
  return readKbFile<{ extensions: string[] }>("ingest-extensions.json").extensions;
}
