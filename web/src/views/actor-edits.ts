import { getJson, postJson } from "../api.js";
import { section } from "../components.js";
import { h, replaceChildren } from "../dom.js";
import { sourceLabel } from "../format.js";
import { actorHref, documentHref } from "../links.js";
import type { ActorMember, AnalysisActor, DocumentEntry } from "../types.js";

/**
 * Corrections to cross-document resolution: rename, merge with another actor, split some documents'
 * mentions off into a new actor. Each is stored in the database's audit log and applied to every
 * later analysis; afterwards the page follows the actor to its (possibly new) id.
 */

async function followMember(member: ActorMember): Promise<void> {
  const { actors } = await getJson<{ actors: AnalysisActor[] }>("actors", { member: `${member.documentId}/${member.actorId}`, limit: 1 }, true);
  const holder = actors[0];
  location.hash = holder ? actorHref(holder.id) : "#/actors";
  // Same hash after a merge into this page's actor: render again to show the change.
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}

function form(label: string, ...controls: Node[]): { element: HTMLFormElement; status: HTMLElement } {
  const status = h("span", { class: "form-status", attrs: { role: "status" } });
  const element = h("form", { class: "edit-form" }, h("strong", {}, label), ...controls, status);
  return { element, status };
}

function submitting(element: HTMLFormElement, status: HTMLElement, run: () => Promise<void>): void {
  element.addEventListener("submit", (event) => {
    event.preventDefault();
    replaceChildren(status, "Saving…");
    run().catch((error: unknown) => replaceChildren(status, error instanceof Error ? error.message : String(error)));
  });
}

function renameForm(actor: AnalysisActor): HTMLElement {
  const name = h("input", { type: "text", value: actor.name, attrs: { "aria-label": "new name", required: "" } });
  const { element, status } = form("Rename", name, h("button", { type: "submit" }, "Rename"));
  submitting(element, status, async () => {
    await postJson("edits", { action: "rename", actors: [actor.id], name: name.value });
    await followMember(actor.members[0]!);
  });
  return element;
}

function mergeForm(actor: AnalysisActor, candidates: AnalysisActor[]): HTMLElement {
  const listId = "merge-candidates";
  const others = candidates.filter((a) => a.id !== actor.id && a.type === actor.type);
  const input = h("input", { type: "text", placeholder: "another actor's name", attrs: { list: listId, "aria-label": "actor to merge with" } });
  const options = h("datalist", { id: listId }, others.map((a) => h("option", { value: a.name }, a.affiliation ?? "")));
  const { element, status } = form("Merge with", input, options, h("button", { type: "submit" }, "Merge"));
  submitting(element, status, async () => {
    const other = others.find((a) => a.name === input.value);
    if (!other) throw new Error("choose an actor from the list");
    await postJson("edits", { action: "merge", actors: [actor.id, other.id] });
    await followMember(actor.members[0]!);
  });
  return element;
}

function splitForm(actor: AnalysisActor, documents: Map<string, DocumentEntry>): HTMLElement {
  const boxes = actor.members.map((member) => {
    const box = h("input", { type: "checkbox" });
    const doc = documents.get(member.documentId);
    return {
      member, box,
      row: h("label", { class: "member" }, box, ` “${member.name}” in `,
        h("a", { href: documentHref(member.documentId) }, doc ? sourceLabel(doc) : member.documentId)),
    };
  });
  const name = h("input", { type: "text", placeholder: "name of the new actor (optional)", attrs: { "aria-label": "name of the new actor" } });
  const { element, status } = form("Split off", h("div", { class: "members" }, boxes.map((b) => b.row)), name,
    h("button", { type: "submit" }, "Split the selected mentions into a new actor"));
  submitting(element, status, async () => {
    const members = boxes.filter((b) => b.box.checked).map((b) => b.member);
    if (!members.length) throw new Error("select the documents whose mentions are someone else");
    if (members.length === actor.members.length) throw new Error("leave at least one document with this actor");
    await postJson("edits", {
      action: "split", members: members.map(({ documentId, actorId }) => ({ documentId, actorId })),
      ...(name.value.trim() ? { name: name.value.trim() } : {}),
    });
    await followMember(members[0]!);
  });
  return element;
}

/** Actors an actor may be merged with: the most frequent of its type (the list route's largest page). */
export const MERGE_CANDIDATES = 500;

/** `candidates`: actors of the same type to merge with; `documents`: labels for the actor's documents. */
export function editTools(actor: AnalysisActor, candidates: AnalysisActor[], documents: Map<string, DocumentEntry>): HTMLElement {
  return section("Correct this actor",
    h("p", { class: "hint" }, "Corrections are kept in the database's audit log and re-applied after every ingest."),
    renameForm(actor), mergeForm(actor, candidates), actor.members.length > 1 ? splitForm(actor, documents) : null);
}
