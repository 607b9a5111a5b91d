import { getJson } from "./api.js";
import { apiLink, empty, h, type Child } from "./dom.js";
import { formatNumber } from "./format.js";
import { routeHref, type Route } from "./links.js";
import { dateWindow } from "./window.js";

/**
 * Every list in the dashboard: filters (facet values with their counts, words to find), sortable
 * columns, pages, and a CSV download of the same query. All of it is in the page's URL, so a link or a
 * reload reproduces the view and back/forward step through the analyst's choices.
 */

export type Order = "asc" | "desc";

export interface FacetCount {
  value: string;
  count: number;
}

export interface ListResponse<T> {
  total: number;
  offset: number;
  limit: number;
  sort: string;
  order: Order;
  facets: Record<string, FacetCount[]>;
  items: T[];
}

export interface Column<T> {
  label: string;
  /** the API's sort name; sortable when given */
  sort?: string;
  cell: (item: T) => Child;
  class?: string;
}

export interface ListSpec<T> {
  /** the API list route, e.g. "quotes" */
  api: string;
  /** the key of the page's items in the response */
  key: string;
  /** what the items are, for counts ("quotes") */
  noun: string;
  /** a prefix for this list's URL parameters, when a page shows more than one list */
  prefix?: string;
  facets: { name: string; label: string }[];
  /** sort choices for lists that are not tables ([API sort name, label]) */
  sorts?: [string, string][];
  defaultSort: string;
  defaultOrder: Order;
  limit?: number;
  /** placeholder of the words box (?q=); no box without it */
  search?: string;
  /** fixed API parameters of this list */
  params?: Record<string, string>;
  /** whether the date window applies */
  windowed: boolean;
  /** a table's columns, or `body` for any other layout */
  columns?: Column<T>[];
  body?: (items: T[]) => Child | Promise<Child>;
  empty: string;
}

const DEFAULT_PAGE = 50;

/** The list's own parameters as they are named in the page's URL. */
function urlState(route: Route, spec: ListSpec<unknown>) {
  const get = (name: string) => route.params.get(`${spec.prefix ?? ""}${name}`) ?? "";
  const offset = Math.max(0, Number.parseInt(get("offset"), 10) || 0);
  return {
    get,
    q: get("q"),
    sort: get("sort") || spec.defaultSort,
    order: (get("order") || spec.defaultOrder) as Order,
    offset,
    facets: Object.fromEntries(spec.facets.map((f) => [f.name, get(f.name)])),
  };
}

/** The page's URL with some of this list's parameters changed (empty removes); filters start at page one. */
function hrefWith(route: Route, spec: ListSpec<unknown>, changes: Record<string, string>): string {
  const params = new URLSearchParams(route.params);
  const name = (key: string) => `${spec.prefix ?? ""}${key}`;
  if (!("offset" in changes)) params.delete(name("offset"));
  for (const [key, value] of Object.entries(changes)) {
    if (value) params.set(name(key), value);
    else params.delete(name(key));
  }
  return routeHref(route.path, params);
}

function apiParams(spec: ListSpec<unknown>, state: ReturnType<typeof urlState>): Record<string, string> {
  const params: Record<string, string> = { ...spec.params };
  if (spec.windowed) Object.assign(params, Object.fromEntries(Object.entries(dateWindow()).filter(([, v]) => v)));
  for (const [name, value] of Object.entries(state.facets)) if (value) params[name] = value;
  if (state.q) params.q = state.q;
  params.sort = state.sort;
  params.order = state.order;
  return params;
}

function facetSelect(route: Route, spec: ListSpec<unknown>, facet: { name: string; label: string }, counts: FacetCount[], chosen: string): HTMLElement {
  const values = counts.some((c) => c.value === chosen) || !chosen ? counts : [{ value: chosen, count: 0 }, ...counts];
  const select = h("select", { attrs: { "aria-label": facet.label, "data-facet": facet.name } },
    h("option", { value: "" }, `${facet.label}: all`),
    values.map((c) => h("option", { value: c.value }, `${c.value} (${formatNumber(c.count)})`)));
  select.value = chosen;
  select.addEventListener("change", () => (location.hash = hrefWith(route, spec, { [facet.name]: select.value })));
  return h("label", { class: "facet" }, select);
}

function wordsBox(route: Route, spec: ListSpec<unknown>, q: string): HTMLElement {
  const input = h("input", { type: "search", value: q, placeholder: spec.search!, attrs: { "aria-label": spec.search! } });
  const form = h("form", { class: "words", attrs: { role: "search" } }, input, h("button", { type: "submit" }, "Find"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = hrefWith(route, spec, { q: input.value.trim() });
  });
  return form;
}

function sortSelect(route: Route, spec: ListSpec<unknown>, sort: string, order: Order): HTMLElement {
  const select = h("select", { attrs: { "aria-label": "sort by" } },
    spec.sorts!.flatMap(([name, label]) => [
      h("option", { value: `${name}:desc` }, `${label}, descending`), h("option", { value: `${name}:asc` }, `${label}, ascending`)]));
  select.value = `${sort}:${order}`;
  select.addEventListener("change", () => {
    const [name, direction] = select.value.split(":") as [string, string];
    location.hash = hrefWith(route, spec, { sort: name, order: direction });
  });
  return h("label", { class: "facet" }, select);
}

function sortHeader<T>(route: Route, spec: ListSpec<T>, column: Column<T>, sort: string, order: Order): HTMLElement {
  if (!column.sort) return h("th", { class: column.class }, column.label);
  const active = column.sort === sort;
  const next: Order = active && order === "asc" ? "desc" : active ? "asc" : "asc";
  const link = h("a", {
    href: hrefWith(route, spec as ListSpec<unknown>, { sort: column.sort, order: next }),
    class: active ? "sort active" : "sort", title: `sort by ${column.label.toLowerCase()}`,
  }, column.label, active ? (order === "asc" ? " ▲" : " ▼") : null);
  return h("th", { class: column.class, attrs: { "aria-sort": active ? (order === "asc" ? "ascending" : "descending") : "none" } }, link);
}

function pager(route: Route, spec: ListSpec<unknown>, response: ListResponse<unknown>): HTMLElement {
  const { total, offset, limit } = response;
  const shown = response.items.length;
  const link = (label: string, to: number, rel: string) =>
    h("a", { href: hrefWith(route, spec, { offset: to ? String(to) : "" }), class: `page-link ${rel}`, attrs: { rel } }, label);
  return h("nav", { class: "pager", attrs: { "aria-label": `pages of ${spec.noun}` } },
    h("span", { class: "page-status" }, total ? `${formatNumber(offset + 1)}–${formatNumber(offset + shown)} of ${formatNumber(total)} ${spec.noun}` : `no ${spec.noun}`),
    offset > 0 ? link("← Previous", Math.max(0, offset - limit), "prev") : null,
    offset + shown < total ? link("Next →", offset + limit, "next") : null);
}

/** A list with its controls, as the URL describes it. */
export async function listSection<T>(route: Route, spec: ListSpec<T>): Promise<{ element: HTMLElement; response: ListResponse<T> }> {
  const state = urlState(route, spec as ListSpec<unknown>);
  const query = apiParams(spec as ListSpec<unknown>, state);
  const body = await getJson<Record<string, unknown>>(spec.api, { ...query, limit: spec.limit ?? DEFAULT_PAGE, offset: state.offset });
  const response = { ...(body as unknown as ListResponse<T>), items: body[spec.key] as T[] };
  const generic = spec as ListSpec<unknown>;
  const controls = h("div", { class: "filters list-controls" },
    spec.search ? wordsBox(route, generic, state.q) : null,
    spec.facets.map((f) => facetSelect(route, generic, f, response.facets[f.name] ?? [], state.facets[f.name] ?? "")),
    spec.sorts ? sortSelect(route, generic, response.sort, response.order) : null,
    apiLink(`/api/${spec.api}?${new URLSearchParams({ ...query, format: "csv" })}`, "Download CSV", "download"));
  let content: Child;
  if (!response.items.length) content = empty(spec.empty);
  else if (spec.columns) {
    content = h("div", { class: "table-box" }, h("table", { class: `table list-${spec.key}` },
      h("thead", {}, h("tr", {}, spec.columns.map((c) => sortHeader(route, spec, c, response.sort, response.order)))),
      h("tbody", {}, response.items.map((item) => h("tr", {}, spec.columns!.map((c) => h("td", { class: c.class }, c.cell(item))))))));
  } else content = await spec.body!(response.items);
  return {
    element: h("div", { class: "list", attrs: { "data-list": spec.key } }, controls, content, pager(route, generic, response as ListResponse<unknown>)),
    response,
  };
}
