import type { Route } from "./links.js";

/** What a view renders: its element, and work that needs the element on the page (charts, scrolling). */
export interface Rendered {
  element: Node;
  mount?: () => void;
}

export type View = (route: Route) => Promise<Rendered>;
