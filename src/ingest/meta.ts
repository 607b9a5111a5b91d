import type { ManifestEntry } from "./types.js";

/** Metadata found in a document (header lines, HTML tags); unset fields were not found. */
export interface DetectedMeta {
  title?: string;
  date?: string;
  outlet?: string;
  authors: string[];
  url?: string;
  dateline?: string;
}

export type ResolvedMeta = {
  title: string | null;
  date: string | null;
  outlet: string | null;
  authors: string[];
  url: string | null;
  dateline: string | null;
};

/**
 * Each field from the first source that has it: the manifest, then the sources in order of trust.
 * Authors are taken as one list from a single source, never mixed.
 */
export function resolveMeta(manifest: ManifestEntry | undefined, ...sources: DetectedMeta[]): ResolvedMeta {
  const first = <K extends "title" | "date" | "outlet" | "url" | "dateline">(key: K): string | null =>
    sources.find((source) => source[key])?.[key] ?? null;
  return {
    title: manifest?.title ?? first("title"),
    date: manifest?.date ?? first("date"),
    outlet: manifest?.outlet ?? first("outlet"),
    authors: manifest?.authors ?? sources.find((source) => source.authors.length)?.authors ?? [],
    url: manifest?.url ?? first("url"),
    dateline: first("dateline"),
  };
}
