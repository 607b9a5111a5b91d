import type { Span } from "./types.js";

/** Hash routes, so every view can be bookmarked and the browser's back button works. */

export const documentHref = (documentId: string, span?: Span) =>
  `#/doc/${encodeURIComponent(documentId)}` + (span ? `?start=${span.start}&end=${span.end}` : "");

export const actorHref = (actorId: string) => `#/actor/${encodeURIComponent(actorId)}`;

export const searchHref = (query: string, kind?: string) =>
  `#/search?${new URLSearchParams({ q: query, ...(kind ? { kind } : {}) })}`;

export interface Route {
  /** path segments after "#/", decoded */
  path: string[];
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path = "", query = ""] = hash.split("?", 2);
  const segments = path.split("/").filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { path: segments, params: new URLSearchParams(query) };
}
