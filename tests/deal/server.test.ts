import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAnalysis } from "../../src/analysis/index.js";
import { ServerData } from "../../src/server/data.js";
import { HttpError } from "../../src/server/http-error.js";
import { Router } from "../../src/server/router.js";
import { dealRoutes } from "../../src/server/routes/deals.js";
import { openReadOnly, ReadQueries } from "../../src/store/sqlite/queries.js";
import { openStore, type SqliteStore } from "../../src/store/index.js";
import { AFTER_ARTICLES, AGREEMENT_ARTICLE, PROPOSAL_ARTICLES, records } from "./fixture.js";

let dir: string;
let store: SqliteStore;
let queries: ReadQueries;
const router = new Router();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-deal-routes-"));
  const db = join(dir, "talks.db");
  store = openStore(db);
  for (const record of records([...PROPOSAL_ARTICLES, AGREEMENT_ARTICLE, ...AFTER_ARTICLES])) store.saveRecord(record);
  queries = new ReadQueries(openReadOnly(db));
  dealRoutes(router, new ServerData(store, queries, buildAnalysis));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<any> {
  const url = new URL(path, "http://localhost");
  const match = router.match("GET", url.pathname);
  if (!match || !("handler" in match)) throw new Error(`no route for ${path}`);
  return match.handler({ url, params: match.params, body: undefined, raw: undefined as never });
}

async function status(path: string): Promise<number> {
  try {
    await get(path);
    return 200;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

describe("the deal API", () => {
  it("serves the deals with the sentence of every piece of evidence", async () => {
    const { deals } = await get("/api/deals");
    expect(deals.map((d: { id: string }) => d.id)).toEqual(["ostmark-2031-03-03-20d", "highland-front-2031-03-06-60d", "ostmark-highland-front-2031-04-01-60d"]);
    const days = deals[1].ceasefire.days.evidence[0];
    expect(days.text).toBe("60-day");
    expect(days.excerpt.context.text).toMatch(/^The Highland Front on Thursday answered/);
  });

  it("serves one deal, a comparison and a ledger", async () => {
    expect((await get("/api/deals/highland-front-2031-03-06-60d")).deal.status.value).toBe("rejected");
    const { comparison } = await get("/api/compare?a=ostmark-2031-03-03-20d&b=highland-front-2031-03-06-60d");
    expect(comparison.rows[1]).toMatchObject({ term: "ceasefire length", gap: "+40 days in B" });
    const { ledger } = await get("/api/ledger");
    expect(ledger.deal.id).toBe("ostmark-highland-front-2031-04-01-60d");
    expect((await get("/api/ledger?deal=ostmark-highland-front-2031-04-01-60d")).ledger.due).toEqual(ledger.due);
  });

  it("answers unknown deals with 404, a missing parameter with 400, an undated deal with 422", async () => {
    expect(await status("/api/deals/nope")).toBe(404);
    expect(await status("/api/compare?a=ostmark-2031-03-03-20d")).toBe(400);
    expect(await status("/api/ledger?deal=nope")).toBe(404);
    expect(await status("/api/ledger?deal=ostmark-2031-03-03-20d")).toBe(422);
  });
});
