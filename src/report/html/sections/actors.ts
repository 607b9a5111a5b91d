import type { ActorsView, ActorView } from "../../views/index.js";
import { html, type SafeHtml } from "../escape.js";
import { evidence, none, plural, section } from "../fragments.js";

/** Each role opens onto the sentence that gives it; an actor without a role onto its first mention. */
function rolesCell(actor: ActorView): SafeHtml {
  const roles = actor.roles.map((role) => role.evidence
    ? html`<details class="role"><summary>${role.role} <span class="dates">${role.seen}</span></summary>${evidence(role.evidence)}</details>`
    : html`<div class="role">${role.role} <span class="dates">${role.seen}</span></div>`);
  if (roles.length || !actor.firstMention) return html`${roles}`;
  return html`<details class="role"><summary class="muted">first mention</summary>${evidence(actor.firstMention)}</details>`;
}

function actorRow(actor: ActorView): SafeHtml {
  return html`<tr>
    <td><strong>${actor.name}</strong>${actor.edited ? html` <span class="badge" title="changed by an analyst edit">edited</span>` : ""}
      ${actor.aliases.length ? html`<div class="aliases">also ${actor.aliases.join(", ")}</div>` : ""}</td>
    <td>${actor.type}</td>
    <td>${actor.side ?? html`<span class="muted">not stated</span>`}</td>
    <td class="num">${actor.documents}</td>
    <td class="dates">${actor.seen}</td>
    <td class="roles">${rolesCell(actor)}</td>
  </tr>`;
}

function actorTable(actors: ActorView[]): SafeHtml {
  return html`<table class="actors"><thead><tr><th>Actor</th><th>Type</th><th>Side</th><th>Docs</th><th>Seen</th><th>Roles and evidence</th></tr></thead>
    <tbody>${actors.map(actorRow)}</tbody></table>`;
}

export function actorsSection(view: ActorsView): SafeHtml {
  const body = view.actors.length ? actorTable(view.actors) : none("No named actors found.");
  const unnamed = view.unnamed.length
    ? html`<details class="unnamed"><summary>${plural(view.unnamed.length, "unnamed source", "unnamed sources")}, one per document (never merged: nothing says two are the same person)</summary>${actorTable(view.unnamed)}</details>`
    : "";
  const places = view.places.length ? html`<p class="places"><strong>Places mentioned:</strong> ${view.places.join(", ")}</p>` : "";
  return section("actors", "Actors", "People and bodies across all documents, the most widely reported first; the same actor named differently is merged.", [body, html`${unnamed}${places}`]);
}
