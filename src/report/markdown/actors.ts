import type { ActorsView, ActorView } from "../views/index.js";
import { mdEvidence, mdText, orNone } from "./text.js";

function actorLines(actor: ActorView): string[] {
  const facts = [
    actor.type,
    actor.side ? `side: ${mdText(actor.side)}` : "side: not stated",
    `${actor.documents} ${actor.documents === 1 ? "document" : "documents"}, ${actor.seen}`,
    actor.aliases.length ? `also ${actor.aliases.map((alias) => `“${mdText(alias)}”`).join(", ")}` : "",
    actor.edited ? "edited by an analyst" : "",
  ].filter(Boolean);
  const lines = [`- **${mdText(actor.name)}** — ${facts.join(" · ")}`];
  for (const role of actor.roles) {
    lines.push(`  - ${mdText(role.role)} (${role.seen})${role.evidence ? `: ${mdEvidence(role.evidence)}` : ""}`);
  }
  if (!actor.roles.length && actor.firstMention) lines.push(`  - first mention: ${mdEvidence(actor.firstMention)}`);
  return lines;
}

export function actorsSection(view: ActorsView): string[] {
  const lines = ["## Actors", ...orNone(view.actors.flatMap(actorLines), "No named actors found.")];
  if (view.unnamed.length) {
    lines.push("", "Unnamed sources, one per document (never merged: nothing says two are the same person):", "", ...view.unnamed.flatMap(actorLines));
  }
  if (view.places.length) lines.push("", `Places mentioned: ${view.places.map(mdText).join(", ")}.`);
  return lines;
}
