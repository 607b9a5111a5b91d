import type { ServerResponse } from "node:http";
import { HttpError } from "../server/http-error.js";
import { rangeParams, stringParam } from "../server/params.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { DEAL_COLUMNS } from "./deal-rows.js";
import { ExportError, exportRequest, writeExport, type ExportRequest, type ExportTable } from "./index.js";
import { TABLE_SPECS, WHERE_COLUMNS } from "./rows.js";

/**
 * Parameters never read as a column's value: the view's own (paging, sorting) and the columns every
 * table shares (a `text` or `date` parameter of a list means a search or a window, not an exact value).
 */
const NOT_COLUMN_FILTERS = new Set(["format", "fragments", "limit", "offset", "sort", "order", "page", ...WHERE_COLUMNS]);

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8", plover: "application/x-ndjson; charset=utf-8" };
const EXTENSIONS = { csv: "csv", jsonl: "jsonl", plover: "plover.jsonl" };

/** A list route's answer as a file download, written row by row to the response. */
export class ExportResponse {
  constructor(private readonly request: ExportRequest, private readonly store: SqliteStore) {}

  get filename(): string {
    const { since, until } = this.request.filter;
    const window = [since, until].filter(Boolean).join("_");
    return `parley-${this.request.table}${window ? `-${window}` : ""}.${EXTENSIONS[this.request.format]}`;
  }

  async send(res: ServerResponse, headers: Record<string, string>): Promise<void> {
    res.writeHead(200, {
      ...headers,
      "Content-Type": CONTENT_TYPES[this.request.format],
      "Content-Disposition": `attachment; filename="${this.filename}"`,
    });
    if (res.req.method === "HEAD") return void res.end();
    await writeExport({ db: this.store.db, store: this.store }, this.request, res);
    res.end();
  }
}

/**
 * `?format=csv|jsonl|plover` on a list route: the same list as a download. The date window, `doc` and
 * `outlet` pick documents; any other parameter named like one of the table's columns (type, measure,
 * issue, stance, speaker, side...) picks rows. Without `format` (or with format=json) the route answers
 * as usual: undefined.
 */
export function exportResponse(url: URL, table: ExportTable, store: Store): ExportResponse | undefined {
  const format = stringParam(url, "format");
  if (format === undefined || format === "json") return undefined;
  if (!(store instanceof SqliteStore)) throw new HttpError(501, "exports need the SQLite store");
  const columns = new Set<string>(table === "deals" ? DEAL_COLUMNS : TABLE_SPECS[table].columns);
  const picked: Record<string, string> = {};
  for (const [name, value] of url.searchParams) if (!NOT_COLUMN_FILTERS.has(name) && columns.has(name) && value) picked[name] = value;
  const range = rangeParams(url);
  try {
    return new ExportResponse(exportRequest(table, format, {
      since: range.since, until: range.until, doc: stringParam(url, "doc"), outlet: stringParam(url, "outlet"), columns: picked,
      // as the quotes list: fragments only when asked for
      fragments: table === "quotes" ? stringParam(url, "fragments") === "true" : true,
    }), store);
  } catch (error) {
    if (error instanceof ExportError) throw new HttpError(400, error.message);
    throw error;
  }
}
