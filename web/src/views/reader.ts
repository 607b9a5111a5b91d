import { getJson } from "../api.js";
import { badge } from "../components.js";
import { empty, externalLink, h, replaceChildren } from "../dom.js";
import { formatDate, sourceLabel } from "../format.js";
import { documentHref, type Route } from "../links.js";
import type { ParleyRecord, Span } from "../types.js";
import type { Rendered } from "../view.js";
import { LAYER_NAMES, LAYERS, marksOf, pieces, type Layer, type Mark } from "./marks.js";

/**
 * The document reader: the stored text with every extracted item marked by its span, and the span
 * named in the address (#/doc/ID?start=&end=) highlighted and scrolled into view.
 */

let cached: ParleyRecord | undefined;

async function loadRecord(id: string): Promise<ParleyRecord> {
  if (cached?.document.id !== id) cached = await getJson<ParleyRecord>(`documents/${encodeURIComponent(id)}`);
  return cached;
}

function targetOf(route: Route, text: string): Span | undefined {
  const start = Number(route.params.get("start"));
  const end = Number(route.params.get("end"));
  if (!route.params.has("start") || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  return start >= 0 && start < end && end <= text.length ? { start, end } : undefined;
}

function renderText(text: string, marks: Mark[], target: Span | undefined, marksOfPiece: WeakMap<Element, Mark[]>): HTMLElement {
  const container = h("div", { class: "doc-text" });
  const render = (range: Span): Node[] => pieces(marks, range).map(({ span, covering }) => {
    const slice = text.slice(span.start, span.end);
    if (!covering.length) return document.createTextNode(slice);
    const layers = [...new Set(covering.map((m) => m.layer))];
    // Focusable with Tab and opened with Enter or Space, like the click that shows its items.
    const piece = h("span", {
      class: ["seg", ...layers.map((l) => `layer-${l}`)].join(" "), title: covering.map((m) => m.label).join("\n"),
      attrs: { tabindex: "0", role: "button", "aria-label": `${slice.trim()}: ${covering.map((m) => m.label).join("; ")}` },
    }, slice);
    marksOfPiece.set(piece, covering);
    return piece;
  });
  if (!target) {
    container.append(...render({ start: 0, end: text.length }));
    return container;
  }
  container.append(
    ...render({ start: 0, end: target.start }),
    h("mark", { class: "highlight", id: "target" }, render(target)),
    ...render({ start: target.end, end: text.length }));
  return container;
}

function itemList(record: ParleyRecord, layer: Layer, marks: Mark[]): HTMLElement {
  const items = marks.filter((m) => m.layer === layer);
  const seen = new Set<string>();
  // Actor mentions repeat the same label; one entry per actor, linking to its first mention.
  const unique = layer === "actor" ? items.filter((m) => !seen.has(m.label) && seen.add(m.label)) : items;
  return h("details", { class: `items items-${layer}` },
    h("summary", {}, `${LAYER_NAMES[layer]} (${layer === "actor" ? record.actors.length : items.length})`),
    unique.length ? h("ol", {}, unique.sort((a, b) => a.start - b.start).map((m) => h("li", {},
      h("a", { href: documentHref(record.document.id, m) }, m.label),
      h("div", { class: "item-text" }, `“${record.document.text.slice(m.start, m.end)}”`)))) : empty("none"));
}

function layerToggles(text: HTMLElement, marks: Mark[]): HTMLElement {
  return h("div", { class: "toggles" }, LAYERS.map((layer) => {
    const box = h("input", { type: "checkbox", attrs: { checked: "" } });
    box.addEventListener("change", () => text.classList.toggle(`hide-${layer}`, !box.checked));
    return h("label", { class: `toggle swatch-${layer}` }, box, ` ${LAYER_NAMES[layer]} `,
      h("span", { class: "muted" }, String(marks.filter((m) => m.layer === layer).length)));
  }));
}

export async function readerView(route: Route): Promise<Rendered> {
  const record = await loadRecord(route.path[1] ?? "");
  const { document: doc } = record;
  const marks = marksOf(record);
  const target = targetOf(route, doc.text);
  const marksOfPiece = new WeakMap<Element, Mark[]>();
  const text = renderText(doc.text, marks, target, marksOfPiece);
  const selected = h("div", { class: "selected-items", attrs: { "aria-live": "polite" } },
    h("p", { class: "hint" }, "Click marked text (or Tab to it and press Enter) to see what was extracted there."));
  const show = (event: Event): boolean => {
    const piece = (event.target as Element).closest(".seg");
    const covering = piece ? marksOfPiece.get(piece) : undefined;
    if (!covering) return false;
    replaceChildren(selected, h("ul", { class: "plain" }, covering.map((m) => h("li", {},
      badge(LAYER_NAMES[m.layer].replace(/s$/, ""), `layer-badge-${m.layer}`), " ",
      h("a", { href: documentHref(doc.id, m), title: "highlight this item" }, m.label)))));
    return true;
  };
  text.addEventListener("click", show);
  text.addEventListener("keydown", (event) => {
    if ((event.key === "Enter" || event.key === " ") && show(event)) event.preventDefault();
  });
  const meta = [doc.outlet, formatDate(doc.date), doc.authors.length ? `by ${doc.authors.join(", ")}` : null, doc.dateline]
    .filter(Boolean).join(" · ");
  const element = h("div", { class: "reader" },
    h("div", { class: "reader-main" },
      h("p", { class: "crumbs" }, h("a", { href: "#/documents" }, "Documents"), " / ", doc.outlet ?? "document"),
      h("h1", {}, doc.title ?? sourceLabel(doc)),
      h("p", { class: "doc-meta" }, meta, doc.format !== "text" ? [" ", badge(doc.format)] : null),
      doc.url ? h("p", { class: "doc-meta" }, externalLink(doc.url)) : doc.path ? h("p", { class: "doc-meta muted small" }, doc.path) : null,
      target ? h("p", { class: "target-note" }, "Highlighted passage below. ", h("a", { href: documentHref(doc.id) }, "Clear")) : null,
      text),
    h("aside", { class: "reader-side" },
      h("h2", {}, "Marked in the text"), layerToggles(text, marks),
      h("h2", {}, "Selected"), selected,
      h("h2", {}, "Extracted items"), LAYERS.map((layer) => itemList(record, layer, marks))));
  return { element };
}
