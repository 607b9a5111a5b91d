import type { ParleyRecord } from "../../record/schema.js";
import type { ServerData } from "../data.js";
import { excerptOf } from "../evidence.js";
import { HttpError, notFound } from "../http-error.js";
import { rangeParams } from "../params.js";
import type { Router } from "../router.js";

/** How many candidates an ambiguous id prefix lists. */
const SHOWN_CANDIDATES = 5;

const LAYERS = ["actors", "quotes", "figures", "events", "positions"] as const;

/** Wire stories often have no headline; their first sentence names them in lists instead. */
const LEAD_LENGTH = 160;

function leadOf(text: string): string {
  const first = excerptOf(text, { start: 0, end: 0 }).context.text.trim();
  if (first.length <= LEAD_LENGTH) return first;
  const cut = first.lastIndexOf(" ", LEAD_LENGTH);
  return first.slice(0, cut > 0 ? cut : LEAD_LENGTH) + " …";
}

function documentEntry(record: ParleyRecord) {
  const { text, ...document } = record.document;
  const counts = Object.fromEntries(LAYERS.map((layer) => [layer, record[layer].length]));
  return { ...document, lead: leadOf(text), length: text.length, counts };
}

/** The one document an id or unique id prefix designates (as `parley show` accepts). */
export async function resolveDocument(data: ServerData, idOrPrefix: string): Promise<ParleyRecord> {
  const exact = await data.record(idOrPrefix);
  if (exact) return exact;
  const ids = await data.store.findDocumentIds(idOrPrefix, SHOWN_CANDIDATES + 1);
  if (ids.length === 1) return (await data.record(ids[0]!))!;
  if (!ids.length) throw notFound(`no document with id '${idOrPrefix}'`);
  throw new HttpError(400, `ambiguous id prefix '${idOrPrefix}': matches ${ids.slice(0, SHOWN_CANDIDATES).join(", ")}`
    + (ids.length > SHOWN_CANDIDATES ? ", ..." : ""));
}

export function documentRoutes(router: Router, data: ServerData): void {
  router.get("/api/documents", async ({ url }) => {
    return { documents: (await data.records(rangeParams(url))).map(documentEntry) };
  });

  router.get("/api/documents/:id", async ({ params }) => resolveDocument(data, params.id!));

  router.get("/api/summary", async ({ url }) => {
    const range = rangeParams(url);
    const [records, { counts }] = await Promise.all([data.records(range), data.analysis(range)]);
    const dates = records.map((r) => r.document.date).filter((d): d is string => d !== null).sort();
    const outlets = new Map<string, number>();
    for (const r of records) if (r.document.outlet) outlets.set(r.document.outlet, (outlets.get(r.document.outlet) ?? 0) + 1);
    return {
      // documents, actors and quotes are the analysis' one count (src/analysis/counts.ts), as the CLI and report print them
      counts: {
        ...Object.fromEntries(LAYERS.map((layer) => [layer, records.reduce((n, r) => n + r[layer].length, 0)])),
        documents: counts.documents, reports: counts.reports, actors: counts.actors, unnamed: counts.unnamed, quotes: counts.quotes,
      },
      definitions: counts.definitions,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      outlets: [...outlets].map(([outlet, documents]) => ({ outlet, documents }))
        .sort((a, b) => b.documents - a.documents || a.outlet.localeCompare(b.outlet)),
    };
  });
}
