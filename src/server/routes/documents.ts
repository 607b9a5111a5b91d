import type { ParleyRecord } from "../../record/schema.js";
import { exportResponse } from "../../export/http.js";
import type { ServerData } from "../data.js";
import { excerptOf } from "../evidence.js";
import { HttpError, notFound } from "../http-error.js";
import { listBody } from "../listing/list-query.js";
import type { SqlListSpec } from "../listing/sql-list.js";
import { rangeParams, stringParam } from "../params.js";
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

/** A document row as the list query reads it: the opening of the text only, for the lead. */
interface DocumentRow {
  id: string;
  path: string | null;
  url: string | null;
  title: string | null;
  date: string | null;
  outlet: string | null;
  authors: string;
  dateline: string | null;
  format: string;
  head: string;
  length: number;
  actors: number;
  quotes: number;
  figures: number;
  events: number;
  positions: number;
}

/** Enough of the text for its first sentence (the lead is cut at LEAD_LENGTH anyway). */
const HEAD_CHARS = 2000;

const countOf = (layer: string) => `(SELECT count(*) FROM ${layer} x WHERE x.doc_id = d.id)`;

/** ?ids=a,b: just these documents (a view labelling the documents it links to). */
function idClause(url: URL): SqlListSpec["where"] {
  const ids = stringParam(url, "ids");
  if (ids === undefined) return [];
  return [{ sql: "d.id IN (SELECT value FROM json_each(@ids))", params: { ids: JSON.stringify(ids.split(",").map((id) => id.trim())) } }];
}

const documentList = (url: URL): SqlListSpec => ({
  where: idClause(url),
  from: "documents d",
  select: `d.id, d.path, d.url, d.title, d.date, d.outlet, d.authors, d.dateline, d.format,
    substr(d.text, 1, ${HEAD_CHARS}) AS head, length(d.text) AS length,
    ${LAYERS.map((layer) => `${countOf(layer)} AS ${layer}`).join(", ")}`,
  rowKey: "d.id",
  dateColumn: "d.date",
  textColumn: "d.title",
  facets: { outlet: { value: "d.outlet" } },
  sorts: {
    date: "d.date", outlet: "d.outlet", title: "d.title", length: "length(d.text)",
    ...Object.fromEntries(LAYERS.map((layer) => [layer, countOf(layer)])),
  },
  defaultSort: "date",
  tiebreak: "d.title, d.id",
});

function documentEntry(row: DocumentRow) {
  const { head, authors, ...document } = row;
  const counts = Object.fromEntries(LAYERS.map((layer) => [layer, row[layer]]));
  for (const layer of LAYERS) delete (document as Partial<DocumentRow>)[layer];
  return { ...document, authors: JSON.parse(authors) as string[], lead: leadOf(head), counts };
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
    const exported = exportResponse(url, "documents", data.store);
    if (exported) return exported;
    const page = data.lists.list<DocumentRow>(url, documentList(url));
    return listBody("documents", { ...page, items: page.items.map(documentEntry) });
  });

  router.get("/api/documents/:id", async ({ params }) => resolveDocument(data, params.id!));

  router.get("/api/summary", async ({ url }) => {
    const range = rangeParams(url);
    // Counted by SQLite within the window; an undated document is outside any window (NULL compares false).
    const window = "(@since IS NULL OR d.date >= @since) AND (@until IS NULL OR d.date <= @until)";
    const params = { since: range.since ?? null, until: range.until ?? null };
    const documents = data.db.prepare(
      `SELECT count(*) AS documents, min(d.date) AS firstDate, max(d.date) AS lastDate FROM documents d WHERE ${window}`)
      .get(params) as { documents: number; firstDate: string | null; lastDate: string | null };
    const layerCount = (layer: string) => data.db.prepare(
      `SELECT count(*) FROM ${layer} x JOIN documents d ON d.id = x.doc_id WHERE ${window}`).pluck().get(params) as number;
    // every outlet that published a stored text, word-for-word reprints included (document_reports)
    const outlets = data.db.prepare(
      `SELECT d.outlet AS outlet, count(*) AS documents
       FROM (SELECT outlet, date FROM documents UNION ALL SELECT outlet, date FROM document_reports) d
       WHERE ${window} AND d.outlet IS NOT NULL
       GROUP BY d.outlet ORDER BY documents DESC, outlet`).all(params) as { outlet: string; documents: number }[];
    const { counts } = await data.analysis(range);
    return {
      // documents, actors and quotes are the analysis' one count (src/analysis/counts.ts), as the CLI and report
      // print them (reprints once); the other layers are rows as extracted
      counts: {
        ...Object.fromEntries(LAYERS.map((layer) => [layer, layerCount(layer)])),
        documents: counts.documents, reports: counts.reports, actors: counts.actors, unnamed: counts.unnamed, quotes: counts.quotes,
      },
      definitions: counts.definitions,
      firstDate: documents.firstDate,
      lastDate: documents.lastDate,
      outlets,
    };
  });
}
