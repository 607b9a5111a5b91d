import { h } from "../dom.js";
import { actorHref } from "../links.js";
import type { AnalysisActor } from "../types.js";

/** Analysis actor ids as links to their pages, "A, B and C"; unknown ids (outside the window) as plain ids. */
export function actorLinks(ids: string[], directory: Map<string, AnalysisActor>): Node[] {
  const nodes: Node[] = [];
  ids.forEach((id, i) => {
    if (i > 0) nodes.push(document.createTextNode(i === ids.length - 1 ? " and " : ", "));
    const actor = directory.get(id);
    nodes.push(actor ? h("a", { href: actorHref(id), class: "actor-link" }, actor.name) : h("span", {}, id));
  });
  return nodes;
}

export const actorName = (id: string, directory: Map<string, AnalysisActor>) => directory.get(id)?.name ?? id;
