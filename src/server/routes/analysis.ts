import type { AnalysisActor, Conflict, DuplicateGroup, Series, TimelineEvent } from "../../analysis/types.js";
import { exportResponse } from "../../export/http.js";
import type { Corpus, ServerData } from "../data.js";
import { withEvidenceText } from "../enrich.js";
import { listArray, type ArrayListSpec } from "../listing/array-list.js";
import { listBody } from "../listing/list-query.js";
import { rangeParams, stringParam } from "../params.js";
import type { Router } from "../router.js";

/**
 * The cross-document analyses, each under its own path, for the window ?since=&until= (publication
 * dates). Evidence objects gain an `excerpt` (see enrich.ts); otherwise the JSON is the Analysis type's,
 * the same as `parley report --format json`. The list sections (timeline, series, conflicts, duplicate
 * groups, actors) are paged, sorted and faceted like every list (see listing/list-query.ts); only the
 * page gets its evidence text.
 */

/** Whole sections: the positions matrix and the momentum curve are drawn from all of their parts. */
const WHOLE_SECTIONS = ["positions", "momentum"] as const;

const outletsOf = (sources: readonly { outlet: string | null }[]) => sources.map((s) => s.outlet);

const TIMELINE: ArrayListSpec<TimelineEvent> = {
  facets: {
    type: (e) => e.type, modality: (e) => e.modality, outlet: (e) => outletsOf(e.sources), actor: (e) => [...e.actors, ...e.recipients],
  },
  // "order" is the timeline's own order (by date, then as reported): order=desc gives the latest first.
  sorts: { order: (_e, index) => index, date: (e) => e.date ?? e.documentDate, type: (e) => e.type, sources: (e) => e.sources.length },
  defaultSort: "order",
  text: (e) => `${e.trigger} ${e.place ?? ""}`,
};

const seriesTitle = (s: { measure: string; context: string | null }) => `${s.measure} ${s.context ?? ""}`;

const SERIES: ArrayListSpec<Series> = {
  facets: { measure: (s) => s.measure, scope: (s) => s.scope, outlet: (s) => outletsOf(s.points) },
  sorts: {
    points: (s) => s.points.length, measure: (s) => s.measure,
    latest: (s) => s.points[s.points.length - 1]?.asOf ?? s.points[s.points.length - 1]?.date,
  },
  defaultSort: "points",
  defaultOrder: "desc",
  text: seriesTitle,
};

const CONFLICTS: ArrayListSpec<Conflict> = {
  facets: { measure: (c) => c.measure, outlet: (c) => outletsOf(c.values) },
  sorts: { from: (c) => c.from, to: (c) => c.to, measure: (c) => c.measure, values: (c) => c.values.length },
  defaultSort: "from",
  text: seriesTitle,
};

const DUPLICATE_GROUPS: ArrayListSpec<DuplicateGroup> = {
  facets: { outlet: (g) => outletsOf(g.copies) },
  sorts: { copies: (g) => g.copies.length, similarity: (g) => g.similarity, date: (g) => g.copies[0]?.date },
  defaultSort: "copies",
  defaultOrder: "desc",
};

type ActorEntry = Omit<AnalysisActor, "mentions"> & { mentionCount: number; quoteCount: number };

const latestRole = (actor: ActorEntry) => actor.roles[actor.roles.length - 1]?.role;

const ACTORS: ArrayListSpec<ActorEntry> = {
  facets: { type: (a) => a.type, side: (a) => a.affiliation, role: latestRole },
  sorts: {
    documents: (a) => a.documentCount, quotes: (a) => a.quoteCount, name: (a) => a.name, type: (a) => a.type,
    side: (a) => a.affiliation, role: latestRole, firstSeen: (a) => a.firstSeen, lastSeen: (a) => a.lastSeen,
  },
  defaultSort: "documents",
  defaultOrder: "desc",
  text: (a) => [a.name, ...a.aliases, a.affiliation ?? "", ...a.roles.map((r) => r.role)].join(" "),
};

/** The actor list leaves out the mention spans (hundreds per actor); /api/actors/:id has them. */
function actorEntry(actor: AnalysisActor, quoteCount: number): ActorEntry {
  const { mentions, ...rest } = actor;
  return { ...rest, mentionCount: mentions.length, quoteCount };
}

/** ?ids=a,b,c: just these actors (a view naming the actors of the events it shows). */
function requestedIds(url: URL): Set<string> | undefined {
  const ids = stringParam(url, "ids");
  return ids === undefined ? undefined : new Set(ids.split(",").map((id) => id.trim()).filter(Boolean));
}

/** ?member=DOCUMENT_ID/ACTOR_ID: the actor a record actor belongs to (where an edit moved it). */
function memberFilter(url: URL): ((actor: AnalysisActor) => boolean) | undefined {
  const member = stringParam(url, "member");
  if (member === undefined) return undefined;
  const cut = member.indexOf("/");
  const [documentId, actorId] = [member.slice(0, cut), member.slice(cut + 1)];
  return (actor) => actor.members.some((m) => m.documentId === documentId && m.actorId === actorId);
}

export function analysisRoutes(router: Router, data: ServerData): void {
  const analysisFor = async (url: URL) => {
    const range = rangeParams(url);
    return { range, analysis: await data.analysis(range), corpus: await data.corpus() };
  };
  const windowOf = (range: { since?: string; until?: string }) => ({ since: range.since ?? null, until: range.until ?? null });

  router.get("/api/analysis", async ({ url }) => {
    const { analysis, corpus } = await analysisFor(url);
    return withEvidenceText(analysis, corpus);
  });

  for (const section of WHOLE_SECTIONS) {
    router.get(`/api/${section}`, async ({ url }) => {
      const exported = section === "positions" ? exportResponse(url, "positions", data.store) : undefined;
      if (exported) return exported;
      const { range, analysis, corpus } = await analysisFor(url);
      return { ...windowOf(range), [section]: withEvidenceText(analysis[section], corpus) };
    });
  }

  const pagedSection = <T>(section: "timeline" | "series" | "conflicts", spec: ArrayListSpec<T>) =>
    router.get(`/api/${section}`, async ({ url }) => {
      const { range, analysis, corpus } = await analysisFor(url);
      const page = listArray(url, analysis[section] as unknown as T[], spec);
      return listBody(section, { ...page, items: withEvidenceText(page.items, corpus) }, windowOf(range));
    });
  pagedSection("timeline", TIMELINE);
  pagedSection("series", SERIES);
  pagedSection("conflicts", CONFLICTS);

  router.get("/api/duplicates", async ({ url }) => {
    const { range, analysis, corpus } = await analysisFor(url);
    const { groups, ...settings } = analysis.duplicates;
    const page = listArray(url, groups, DUPLICATE_GROUPS);
    return { ...windowOf(range), duplicates: { ...settings, ...listBody("groups", { ...page, items: withEvidenceText(page.items, corpus) }) } };
  });

  router.get("/api/actors", async ({ url }) => {
    const exported = exportResponse(url, "actors", data.store);
    if (exported) return exported;
    const { range, analysis, corpus } = await analysisFor(url);
    const quoteCounts = countQuotes(analysis.actors, corpus);
    const ids = requestedIds(url);
    const member = memberFilter(url);
    const actors = analysis.actors.filter((actor) => (!ids || ids.has(actor.id)) && (!member || member(actor)))
      .map((actor) => actorEntry(actor, quoteCounts.get(actor.id) ?? 0));
    return listBody("actors", listArray(url, actors, ACTORS), windowOf(range));
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
