import { compareDeals, DealBook, LedgerError } from "../../deal/index.js";
import type { Deal } from "../../deal/schema.js";
import { exportResponse } from "../../export/http.js";
import type { Corpus, ServerData } from "../data.js";
import { withEvidenceText } from "../enrich.js";
import { badRequest, HttpError, notFound } from "../http-error.js";
import { listArray, type ArrayListSpec } from "../listing/array-list.js";
import { listBody } from "../listing/list-query.js";
import { stringParam } from "../params.js";
import type { Router } from "../router.js";

/**
 * The deal model over the whole store (deals are not cut by a date window: a proposal made before the
 * window still frames what happens in it): the proposals and agreements, one deal, two deals side by
 * side, and an agreement's implementation ledger. Evidence objects gain an `excerpt` (see enrich.ts).
 */
const dealDate = (deal: Deal) => deal.dates.signed?.value ?? deal.dates.proposed?.value ?? deal.dates.effective?.value;

/** Deals in the order they were made, faceted by kind, status and party. */
const DEALS: ArrayListSpec<Deal> = {
  facets: {
    kind: (d) => d.kind, status: (d) => d.status.value,
    party: (d) => [...d.proposers, ...d.parties].map((p) => p.name),
  },
  sorts: { date: dealDate, title: (d) => d.title, kind: (d) => d.kind, status: (d) => d.status.value },
  defaultSort: "date",
  text: (d) => d.title,
};

export function dealRoutes(router: Router, data: ServerData): void {
  const books = new WeakMap<Corpus, Promise<DealBook>>();
  const current = async () => {
    const corpus = await data.corpus();
    let book = books.get(corpus);
    if (!book) {
      book = data.analysis({}).then((analysis) => new DealBook(corpus.records, analysis.actors));
      book.catch(() => books.delete(corpus));
      books.set(corpus, book);
    }
    return { book: await book, corpus };
  };
  const find = (book: DealBook, id: string) => {
    try {
      return book.find(id);
    } catch (error) {
      throw notFound((error as Error).message);
    }
  };

  router.get("/api/deals", async ({ url }) => {
    const exported = exportResponse(url, "deals", data.store);
    if (exported) return exported;
    const { book, corpus } = await current();
    const page = listArray(url, book.deals, DEALS);
    return listBody("deals", { ...page, items: withEvidenceText(page.items, corpus) });
  });

  router.get("/api/deals/:id", async ({ params }) => {
    const { book, corpus } = await current();
    return { deal: withEvidenceText(find(book, params.id!), corpus) };
  });

  router.get("/api/compare", async ({ url }) => {
    const [a, b] = [stringParam(url, "a"), stringParam(url, "b")];
    if (!a || !b) throw badRequest("compare needs two deal ids: ?a=ID&b=ID");
    const { book, corpus } = await current();
    return { comparison: withEvidenceText(compareDeals(find(book, a), find(book, b)), corpus) };
  });

  router.get("/api/ledger", async ({ url }) => {
    const { book, corpus } = await current();
    const id = stringParam(url, "deal");
    const deal = id ? find(book, id) : book.latestAgreed();
    if (!deal) throw notFound("no agreed deal in the record; name one with ?deal=ID");
    try {
      return { ledger: withEvidenceText(book.ledger(deal), corpus) };
    } catch (error) {
      if (error instanceof LedgerError) throw new HttpError(422, error.message);
      throw error;
    }
  });
}
