import { EventTypeSchema, type ParleyRecord } from "../../record/schema.js";
import { exportResponse } from "../../export/http.js";
import type { ServerData } from "../data.js";
import { excerptOf } from "../evidence.js";
import { enumParam, pageParams, rangeParams, stringParam } from "../params.js";
import type { Router } from "../router.js";

/** Per-document items (as extracted, before any cross-document merging), listed across the corpus. */

type Layer = "events" | "figures" | "quotes";
type Item<L extends Layer> = ParleyRecord[L][number];
type NameOf = (actorId: string | null) => string | null;

interface ItemRoute<L extends Layer> {
  layer: L;
  /** a predicate from the layer's own query parameters */
  filter: (url: URL) => (item: Item<L>) => boolean;
  /** actor names for the item's actor ids (ids are local to their record) */
  names: (item: Item<L>, nameOf: NameOf) => Record<string, unknown>;
}

function listItems<L extends Layer>(router: Router, data: ServerData, route: ItemRoute<L>): void {
  router.get(`/api/${route.layer}`, async ({ url }) => {
    const exported = exportResponse(url, route.layer, data.store);
    if (exported) return exported;
    const range = rangeParams(url);
    const docId = stringParam(url, "doc");
    const { limit, offset } = pageParams(url);
    const keep = route.filter(url);
    const found: { record: ParleyRecord; item: Item<L> }[] = [];
    for (const record of await data.records(range)) {
      if (docId && record.document.id !== docId) continue;
      for (const item of record[route.layer] as Item<L>[]) if (keep(item)) found.push({ record, item });
    }
    const items = found.slice(offset, offset + limit).map(({ record, item }) => {
      const { id, title, outlet, date, text } = record.document;
      const names = new Map(record.actors.map((a) => [a.id, a.name]));
      const nameOf: NameOf = (actorId) => (actorId === null ? null : names.get(actorId) ?? null);
      return {
        documentId: id, document: { title, outlet, date }, ...item, ...route.names(item, nameOf),
        excerpt: excerptOf(text, item),
      };
    });
    return { total: found.length, offset, [route.layer]: items };
  });
}

export function itemRoutes(router: Router, data: ServerData): void {
  listItems(router, data, {
    layer: "events",
    filter: (url) => {
      const type = enumParam(url, "type", EventTypeSchema.options);
      return (event) => !type || event.type === type;
    },
    names: (event, nameOf) => ({
      actorNames: event.actors.map(nameOf), recipientNames: event.recipients.map(nameOf),
    }),
  });
  listItems(router, data, {
    layer: "figures",
    filter: (url) => {
      const measure = stringParam(url, "measure");
      return (figure) => !measure || figure.measure === measure;
    },
    names: () => ({}),
  });
  listItems(router, data, {
    layer: "quotes",
    filter: (url) => {
      const withFragments = stringParam(url, "fragments") === "true";
      return (quote) => withFragments || !quote.fragment;
    },
    names: (quote, nameOf) => ({ speakerName: nameOf(quote.speaker) }),
  });
}
