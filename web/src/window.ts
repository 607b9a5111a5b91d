import { currentRoute, routeHref } from "./links.js";

/**
 * The analyst's date window (publication dates), applied to every cross-document view. It lives in the
 * page's URL (#/view?since=&until=), so a link reproduces the view and back/forward restore it; links
 * inside the dashboard carry it along (see carryWindow), and the header always shows it.
 */

export interface DateWindow {
  since?: string;
  until?: string;
}

export const WINDOW_KEYS = ["since", "until"] as const;

export function dateWindow(): DateWindow {
  const { params } = currentRoute();
  return { since: params.get("since") || undefined, until: params.get("until") || undefined };
}

/** An internal link ("#/...") with the current window added, unless it names a window itself. */
export function carryWindow(href: string): string {
  const current = dateWindow();
  if (!href.startsWith("#/") || (!current.since && !current.until)) return href;
  const [path, query = ""] = href.split("?", 2) as [string, string?];
  const params = new URLSearchParams(query);
  if (WINDOW_KEYS.some((key) => params.has(key))) return href;
  for (const key of WINDOW_KEYS) if (current[key]) params.set(key, current[key]!);
  return `${path}?${params}`;
}

/** A new window for the current view: a new history entry, the view's paging starts again. */
export function setDateWindow(window: DateWindow): void {
  const { path, params } = currentRoute();
  for (const key of WINDOW_KEYS) {
    if (window[key]) params.set(key, window[key]!);
    else params.delete(key);
  }
  for (const key of [...params.keys()]) if (key === "offset" || key.endsWith(".offset")) params.delete(key);
  location.hash = routeHref(path, params);
}
