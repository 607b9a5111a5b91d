/**
 * The analyst's date window (publication dates), applied to every cross-document view. Kept in
 * localStorage so it survives a reload, and always shown in the header so it is never a hidden filter.
 */

const KEY = "parley.window";

export interface DateWindow {
  since?: string;
  until?: string;
}

export function dateWindow(): DateWindow {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? "{}") as DateWindow;
    return { since: stored.since || undefined, until: stored.until || undefined };
  } catch {
    return {};
  }
}

export function setDateWindow(window: DateWindow): void {
  localStorage.setItem(KEY, JSON.stringify(window));
}
