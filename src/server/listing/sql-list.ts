import type Database from "better-sqlite3";
import { rangeParams } from "../params.js";
import { facetValue, listQuery, MAX_FACET_VALUES, type FacetCount, type ListPage, type Order } from "./list-query.js";

/**
 * A list read from SQLite a page at a time: the count, the page and the facet counts are each one
 * query, so a request costs the page, not the table.
 */

export interface SqlFacet {
  /** the SQL expression whose values are counted */
  value: string;
  /** a join the counting needs (when the value is in another table, several per row) */
  join?: string;
  /** the WHERE clause for ?NAME=value, with the value as @value; defaults to `value = @value` */
  filter?: string;
  /** a closed set of values; anything else is a 400 */
  allowed?: readonly string[];
}

export interface SqlListSpec {
  /** FROM and JOINs, one row per listed item */
  from: string;
  /** the columns the page needs */
  select: string;
  /** a unique expression per row, for counting rows when a facet join repeats them */
  rowKey: string;
  /** the publication date column the date window applies to */
  dateColumn: string;
  /** the text ?q= searches in (every word must occur, case-insensitively) */
  textColumn?: string;
  /** fixed or route-specific clauses with their named parameters */
  where?: { sql: string; params?: Record<string, unknown> }[];
  facets: Record<string, SqlFacet>;
  /** sort name -> SQL expression (rows without a value sort last) */
  sorts: Record<string, string>;
  defaultSort: string;
  defaultOrder?: Order;
  /** a stable order among equal sort values */
  tiebreak: string;
}

interface Clause {
  sql: string;
  params: Record<string, unknown>;
  /** the facet this clause filters on, left out of that facet's own counts */
  facet?: string;
}

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class SqlLists {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  list<Row>(url: URL, spec: SqlListSpec): ListPage<Row> {
    const query = listQuery(url, Object.keys(spec.sorts), { sort: spec.defaultSort, order: spec.defaultOrder });
    const clauses = this.clauses(url, spec, query.words);
    const where = (except?: string) => {
      const kept = clauses.filter((c) => c.facet === undefined || c.facet !== except);
      return {
        sql: kept.length ? `WHERE ${kept.map((c) => `(${c.sql})`).join(" AND ")}` : "",
        params: Object.assign({}, ...kept.map((c) => c.params)) as Record<string, unknown>,
      };
    };
    const all = where();
    const total = this.prepare(`SELECT count(*) FROM ${spec.from} ${all.sql}`).pluck().get(all.params) as number;
    const sortBy = spec.sorts[query.sort]!;
    const direction = query.order === "desc" ? "DESC" : "ASC";
    const items = this.prepare(
      `SELECT ${spec.select} FROM ${spec.from} ${all.sql}
       ORDER BY (${sortBy}) IS NULL, ${sortBy} ${direction}, ${spec.tiebreak} LIMIT @limit OFFSET @offset`)
      .all({ ...all.params, limit: query.limit, offset: query.offset }) as Row[];
    const facets: Record<string, FacetCount[]> = {};
    for (const [name, facet] of Object.entries(spec.facets)) {
      const others = where(name);
      const filter = others.sql ? `${others.sql} AND (${facet.value}) IS NOT NULL` : `WHERE (${facet.value}) IS NOT NULL`;
      const counted = facet.join ? `count(DISTINCT ${spec.rowKey})` : "count(*)";
      facets[name] = this.prepare(
        `SELECT ${facet.value} AS value, ${counted} AS count FROM ${spec.from} ${facet.join ?? ""} ${filter}
         GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${MAX_FACET_VALUES}`).all(others.params) as FacetCount[];
    }
    return { total, offset: query.offset, limit: query.limit, sort: query.sort, order: query.order, facets, items };
  }

  private clauses(url: URL, spec: SqlListSpec, words: string[]): Clause[] {
    const clauses: Clause[] = (spec.where ?? []).map((w) => ({ sql: w.sql, params: w.params ?? {} }));
    const range = rangeParams(url);
    if (range.since) clauses.push({ sql: `${spec.dateColumn} >= @since`, params: { since: range.since } });
    if (range.until) clauses.push({ sql: `${spec.dateColumn} <= @until`, params: { until: range.until } });
    if (spec.textColumn) {
      words.forEach((word, i) => clauses.push({
        sql: `${spec.textColumn} LIKE @word${i} ESCAPE '\\'`, params: { [`word${i}`]: likePattern(word) },
      }));
    }
    for (const [name, facet] of Object.entries(spec.facets)) {
      const value = facetValue(url, name, facet.allowed);
      if (value === undefined) continue;
      const param = `facet_${name}`;
      const sql = (facet.filter ?? `${facet.value} = @value`).replaceAll("@value", `@${param}`);
      clauses.push({ sql, params: { [param]: value }, facet: name });
    }
    return clauses;
  }
}
