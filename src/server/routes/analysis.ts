import type { Analysis, AnalysisActor } from "../../analysis/types.js";
import { exportResponse } from "../../export/http.js";
import type { Corpus, ServerData } from "../data.js";
import { withEvidenceText } from "../enrich.js";
import { rangeParams } from "../params.js";
import type { Router } from "../router.js";

/**
 * The cross-document analyses, each under its own path, for the window ?since=&until= (publication
 * dates). Evidence objects gain an `excerpt` (see enrich.ts); otherwise the JSON is the Analysis type's,
 * the same as `parley report --format json`.
 */

type Section = Exclude<keyof Analysis, "since" | "until">;

/** Parts served at /api/NAME under the key NAME. Actors have their own routes below. */
const SECTIONS: Section[] = ["series", "conflicts", "timeline", "positions", "momentum", "duplicates"];

/** The actor list leaves out the mention spans (hundreds per actor); /api/actors/:id has them. */
function actorEntry(actor: AnalysisActor) {
  const { mentions, ...rest } = actor;
  return { ...rest, mentionCount: mentions.length };
}

export function analysisRoutes(router: Router, data: ServerData): void {
  const analysisFor = async (url: URL) => {
    const range = rangeParams(url);
    return { range, analysis: await data.analysis(range), corpus: await data.corpus() };
  };

  router.get("/api/analysis", async ({ url }) => {
    const { analysis, corpus } = await analysisFor(url);
    return withEvidenceText(analysis, corpus);
  });

  for (const section of SECTIONS) {
    router.get(`/api/${section}`, async ({ url }) => {
      const exported = section === "positions" ? exportResponse(url, "positions", data.store) : undefined;
      if (exported) return exported;
      const { range, analysis, corpus } = await analysisFor(url);
      return { since: range.since ?? null, until: range.until ?? null, [section]: withEvidenceText(analysis[section], corpus) };
    });
  }

  router.get("/api/actors", async ({ url }) => {
    const exported = exportResponse(url, "actors", data.store);
    if (exported) return exported;
    const { range, analysis, corpus } = await analysisFor(url);
    const quoteCounts = countQuotes(analysis.actors, corpus);
    return {
      since: range.since ?? null, until: range.until ?? null,
      actors: analysis.actors.map((actor) => ({ ...actorEntry(actor), quoteCount: quoteCounts.get(actor.id) ?? 0 })),
    };
  });
}

export const memberKey = (documentId: string, actorId: string) => `${documentId}\u0000${actorId}`;

function countQuotes(actors: AnalysisActor[], corpus: Corpus): Map<string, number> {
  const owner = new Map<string, string>();
  for (const actor of actors) for (const m of actor.members) owner.set(memberKey(m.documentId, m.actorId), actor.id);
  const counts = new Map<string, number>();
  for (const record of corpus.records) {
    for (const quote of record.quotes) {
      const actorId = quote.speaker === null ? undefined : owner.get(memberKey(record.document.id, quote.speaker));
      if (actorId && !quote.fragment) counts.set(actorId, (counts.get(actorId) ?? 0) + 1);
    }
  }
  return counts;
}
