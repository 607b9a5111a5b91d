import type { Span } from "./types.js";

/** Hash routes, so every view can be bookmarked and the browser's back button works. */

export const documentHref = (documentId: string, span?: Span) =>
  `#/doc/${encodeURIComponent(documentId)}` + (span ? `?start=${span.start}&end=${span.end}` : "");

export const actorHref = (actorId: string) => `#/actor/${encodeURIComponent(actorId)}`;

export const searchHref = (query: string, kind?: string, sort?: string) =>
  `#/search?${new URLSearchParams({ q: query, ...(kind ? { kind } : {}), ...(sort ? { sort } : {}) })}`;

export interface Route {
  /** path segments after "#/", decoded */
  path: string[];
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, "");
  const at = hash.indexOf("?");
  const [path, query] = at < 0 ? [hash, ""] : [hash.slice(0, at), hash.slice(at + 1)];
  const segments = path.split("/").filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { path: segments, params: new URLSearchParams(query) };
}

/** The hash of a route: path segments and its parameters, empty ones left out. */
export function routeHref(path: string[], params: URLSearchParams): string {
  const kept = new URLSearchParams([...params].filter(([, value]) => value !== ""));
  const query = kept.toString();
  return `#/${path.map(encodeURIComponent).join("/")}${query ? `?${query}` : ""}`;
}
