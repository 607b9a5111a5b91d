import { EventTypeSchema, ModalitySchema, type ParleyRecord } from "../../record/schema.js";
import { exportResponse } from "../../export/http.js";
import type { ServerData } from "../data.js";
import { excerptOf } from "../evidence.js";
import { listBody } from "../listing/list-query.js";
import type { SqlListSpec } from "../listing/sql-list.js";
import { stringParam } from "../params.js";
import type { Router } from "../router.js";

/**
 * Per-document items (as extracted, before any cross-document merging), listed across the corpus a
 * page at a time: SQLite filters, sorts, counts and facets; only the page's documents are then read to
 * give each item its full fields, actor names and evidence text.
 */

type Layer = "events" | "figures" | "quotes";
type Item<L extends Layer> = ParleyRecord[L][number];
type NameOf = (actorId: string | null) => string | null;
type ActorOf = (actorId: string | null) => ParleyRecord["actors"][number] | undefined;

interface ItemRoute<L extends Layer> {
  layer: L;
  /** the list query; its select must give docId and itemId */
  spec: (url: URL) => SqlListSpec;
  /** actor names for the item's actor ids (ids are local to their record); `key` is the item's row of the list query */
  names: (item: Item<L>, nameOf: NameOf, actorOf: ActorOf, key: ItemKey) => Record<string, unknown>;
}

interface ItemKey {
  docId: string;
  itemId: string;
  /** quotes: the cross-document actor who said it (as resolved, or as an analyst corrected it) */
  speakerId?: string | null;
  speakerName?: string | null;
  speakerSide?: string | null;
  speakerCorrected?: number | null;
}

const DOCUMENT_JOIN = "JOIN documents d ON d.id = x.doc_id";

/**
 * Every item list sorts by publication date by default, then keeps each document's own order; the
 * item's own date (an event's, a figure's as-of) is a sort of its own.
 */

/** Clauses and facets every item list shares: one document (?doc=), its outlet. */
function shared(url: URL): Pick<SqlListSpec, "where" | "rowKey" | "dateColumn"> {
  const docId = stringParam(url, "doc");
  return {
    where: docId ? [{ sql: "x.doc_id = @doc", params: { doc: docId } }] : [],
    rowKey: "x.rowid",
    dateColumn: "d.date",
  };
}

function listItems<L extends Layer>(router: Router, data: ServerData, route: ItemRoute<L>): void {
  router.get(`/api/${route.layer}`, async ({ url }) => {
    const exported = exportResponse(url, route.layer, data.store);
    if (exported) return exported;
    const page = data.lists.list<ItemKey>(url, route.spec(url));
    const records = await data.recordsFor(page.items.map((key) => key.docId));
    const items = page.items.flatMap((key) => {
      const { docId, itemId } = key;
      const record = records.get(docId);
      const item = (record?.[route.layer] as Item<L>[] | undefined)?.find((i) => i.id === itemId);
      if (!record || !item) return [];
      const { id, title, outlet, date, text } = record.document;
      const actors = new Map(record.actors.map((a) => [a.id, a]));
      const actorOf: ActorOf = (actorId) => (actorId === null ? undefined : actors.get(actorId));
      const nameOf: NameOf = (actorId) => actorOf(actorId)?.name ?? null;
      return [{
        documentId: id, document: { title, outlet, date }, ...item, ...route.names(item, nameOf, actorOf, key),
        excerpt: excerptOf(text, item),
      }];
    });
    return listBody(route.layer, { ...page, items });
  });
}

const KEY_COLUMNS = "x.doc_id AS docId, x.id AS itemId";
const SPEAKER_NAME = "coalesce(r.name, a.name)";
const SPEAKER_SIDE = "coalesce(r.side, a.affiliation)";
const OUTLET = { value: "d.outlet" };

export function itemRoutes(router: Router, data: ServerData): void {
  listItems(router, data, {
    layer: "events",
    spec: (url) => ({
      ...shared(url),
      from: `events x ${DOCUMENT_JOIN}`,
      select: KEY_COLUMNS,
      textColumn: "x.trigger",
      facets: {
        type: { value: "x.type", allowed: EventTypeSchema.options },
        modality: { value: "x.modality", allowed: ModalitySchema.options },
        outlet: OUTLET,
      },
      sorts: { date: "d.date", happened: "coalesce(x.date, d.date)", type: "x.type", modality: "x.modality", outlet: "d.outlet" },
      defaultSort: "date",
      tiebreak: "x.doc_id, x.seq",
    }),
    names: (event, nameOf) => ({
      actorNames: event.actors.map(nameOf), recipientNames: event.recipients.map(nameOf),
    }),
  });
  listItems(router, data, {
    layer: "figures",
    spec: (url) => ({
      ...shared(url),
      from: `figures x ${DOCUMENT_JOIN}`,
      select: KEY_COLUMNS,
      textColumn: "x.measure_text",
      facets: { measure: { value: "x.measure" }, outlet: OUTLET, source: { value: "x.source" } },
      sorts: {
        date: "d.date", asOf: "coalesce(x.as_of, d.date)", measure: "x.measure", value: "coalesce(x.value, x.low, x.high)",
        outlet: "d.outlet", source: "x.source",
      },
      defaultSort: "date",
      tiebreak: "x.doc_id, x.seq",
    }),
    names: () => ({}),
  });
  listItems(router, data, {
    layer: "quotes",
    spec: (url) => {
      const base = shared(url);
      const withFragments = stringParam(url, "fragments") === "true";
      return {
        ...base,
        where: [...base.where!, ...(withFragments ? [] : [{ sql: "x.fragment = 0" }])],
        // The speaker is the cross-document actor (resolved-actor tables, kept current on ingest and
        // edit, so an analyst's correction shows); the record's own name where none was resolved.
        from: `quotes x ${DOCUMENT_JOIN} LEFT JOIN actors a ON a.doc_id = x.doc_id AND a.id = x.speaker
          LEFT JOIN quote_speakers qs ON qs.doc_id = x.doc_id AND qs.quote_id = x.id
          LEFT JOIN resolved_actors r ON r.id = qs.actor_id`,
        select: `${KEY_COLUMNS}, r.id AS speakerId, ${SPEAKER_NAME} AS speakerName, ${SPEAKER_SIDE} AS speakerSide, qs.corrected AS speakerCorrected`,
        textColumn: "x.text",
        facets: {
          speaker: { value: SPEAKER_NAME },
          side: { value: SPEAKER_SIDE },
          outlet: OUTLET,
          // A quote is about an issue when a position on it was read from the quote's words.
          issue: {
            value: "p.issue",
            join: "JOIN positions p ON p.doc_id = x.doc_id AND p.span_start < x.span_end AND p.span_end > x.span_start",
            filter: `EXISTS (SELECT 1 FROM positions p WHERE p.doc_id = x.doc_id AND p.span_start < x.span_end
              AND p.span_end > x.span_start AND p.issue = @value)`,
          },
        },
        sorts: { date: "d.date", speaker: SPEAKER_NAME, side: SPEAKER_SIDE, outlet: "d.outlet", length: "length(x.text)" },
        defaultSort: "date",
        tiebreak: "x.doc_id, x.seq",
      };
    },
    names: (quote, nameOf, actorOf, key) => ({
      speakerName: key.speakerName ?? nameOf(quote.speaker),
      speakerSide: key.speakerSide ?? actorOf(quote.speaker)?.affiliation ?? null,
      speakerActorId: key.speakerId ?? null,
      speakerCorrected: key.speakerCorrected === 1,
    }),
  });
}
