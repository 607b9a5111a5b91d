import type { AnalysisActor } from "../../analysis/types.js";
import type { ServerData } from "../data.js";
import { withEvidenceText } from "../enrich.js";
import { excerptOf } from "../evidence.js";
import { notFound } from "../http-error.js";
import { rangeParams } from "../params.js";
import type { Router } from "../router.js";
import { memberKey } from "./analysis.js";

/** One actor's page: who they are, what they said, where they stand, and what they took part in. */
export function actorRoutes(router: Router, data: ServerData): void {
  router.get("/api/actors/:id", async ({ url, params }) => {
    const range = rangeParams(url);
    const analysis = await data.analysis(range);
    const corpus = await data.corpus();
    const actor = analysis.actors.find((a) => a.id === params.id);
    if (!actor) throw notFound(`no actor with id '${params.id}'`);
    const documentIds = new Set(actor.members.map((m) => m.documentId));
    return {
      since: range.since ?? null, until: range.until ?? null,
      actor: withEvidenceText(actor, corpus),
      quotes: await quotesOf(data, actor),
      positions: withEvidenceText(analysis.positions.cells.filter((c) => c.party === actor.id), corpus),
      timeline: withEvidenceText(
        analysis.timeline.filter((e) => e.actors.includes(actor.id) || e.recipients.includes(actor.id)), corpus),
      documents: analysis.documents.filter((d) => documentIds.has(d.id)),
    };
  });
}

async function quotesOf(data: ServerData, actor: AnalysisActor) {
  const members = new Set(actor.members.map((m) => memberKey(m.documentId, m.actorId)));
  const quotes = [];
  for (const documentId of new Set(actor.members.map((m) => m.documentId))) {
    const record = await data.record(documentId);
    if (!record) continue;
    const { title, outlet, date, text } = record.document;
    for (const quote of record.quotes) {
      if (quote.speaker === null || !members.has(memberKey(documentId, quote.speaker))) continue;
      quotes.push({ documentId, document: { title, outlet, date }, ...quote, excerpt: excerptOf(text, quote) });
    }
  }
  return quotes.sort((a, b) => (a.document.date ?? "9999").localeCompare(b.document.date ?? "9999"));
}
