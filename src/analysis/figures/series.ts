import type { FigureRecord } from "../../record/schema.js";
import { groupBy } from "../collections.js";
import type { AnalysisConfig } from "../config.js";
import type { Corpus } from "../corpus.js";
import type { Collapsed } from "../dedupe/copies.js";
import { mostCommon, slug } from "../text.js";
import type { Series } from "../types.js";
import { groupContexts } from "./contexts.js";
import { clusterEvents, type EventCluster } from "./event-clusters.js";
import { identifyFigures, type FigureIdentity } from "./identity.js";
import type { IdentityData } from "./identity-data.js";
import { explainSeries } from "./explain.js";
import { compareReports, figureReport } from "./reports.js";

export interface Identified {
  figure: Collapsed<FigureRecord>;
  identity: FigureIdentity;
  event: EventCluster | null;
  /** where the figure belongs when no incident does: its place, else its context as grouped */
  where: string | null;
}

/** Each figure with its identity, the incidents resolved across documents. */
function identifyAll(corpus: Corpus, figures: Array<Collapsed<FigureRecord>>, settings: AnalysisConfig["figures"], data: IdentityData): Identified[] {
  const identities = new Map<FigureRecord, FigureIdentity>();
  for (const record of corpus.records) {
    const ofRecord = identifyFigures(record, data);
    for (const f of record.figures) identities.set(f, ofRecord.get(f.id)!);
  }
  const found = figures.map((figure) => ({ figure, identity: identities.get(figure.primary.item)! }));
  const cluster = clusterEvents(found.flatMap((f) => (f.identity.event ? [f.identity.event] : [])), data.eventWindowDays);
  const contextKey = groupContexts(figures.map((f) => f.primary.item.context), settings);
  const events = found.flatMap((f) => (f.identity.event ? [cluster(f.identity.event)] : []));
  return found.map(({ figure, identity }) => ({
    figure, identity,
    event: identity.event ? cluster(identity.event) : onlyEventAt(identity, events),
    where: identity.place ?? contextKey(figure.primary.item.context),
  }));
}

/** An incident's toll naming only a place ("in Brenna") belongs to the one incident known there, if only one is. */
function onlyEventAt(identity: FigureIdentity, events: EventCluster[]): EventCluster | null {
  if (identity.scope !== "incident" || !identity.place) return null;
  const there = [...new Set(events.filter((e) => e.place === identity.place))];
  return there.length === 1 ? there[0]! : null;
}

/** What a figure is of: its incident for a toll; its place (else its context as grouped) for a standing count. */
function ofWhat({ identity, event, where }: Identified): string | null {
  if (identity.scope === "cumulative") return null;
  // a standing count ("hostages held") is of the people held, wherever the event that took them is named
  return identity.scope === "incident" ? event?.id ?? where : identity.place ?? (event ? null : where);
}

/** What is counted and of which group, regardless of where: the line a figure without a place may join. */
const quantityKey = ({ identity }: Identified) =>
  JSON.stringify([identity.quantity, identity.scope, identity.population, identity.part ? "part" : "total"]);

/** The identity a series groups on: what is counted, of which group, in which incident or place; never the wording. */
function seriesKey(f: Identified, joins: Map<Identified, string>): string {
  return JSON.stringify([quantityKey(f), joins.get(f) ?? ofWhat(f)]);
}

/**
 * A standing count naming no place ("about 130 hostages are still held") is of the one place its
 * quantity is counted for, when the corpus counts it for one place only ("held in Gaza").
 */
function placesToJoin(found: Identified[]): Map<Identified, string> {
  const joins = new Map<Identified, string>();
  const byQuantity = groupBy(found.filter((f) => f.identity.scope === "standing"), quantityKey);
  for (const members of byQuantity.values()) {
    const places = [...new Set(members.flatMap((m) => (m.identity.place ? [m.identity.place] : [])))];
    if (places.length !== 1) continue;
    for (const m of members) if (ofWhat(m) === null) joins.set(m, places[0]!);
  }
  return joins;
}

/**
 * Figures grouped by identity across documents, each series ordered by asOf. Figures of duplicated
 * paragraphs arrive collapsed, so a wire paragraph printed five times is one point.
 */
export function buildSeries(
  corpus: Corpus, figures: Array<Collapsed<FigureRecord>>, settings: AnalysisConfig["figures"], data: IdentityData,
): Series[] {
  const found = identifyAll(corpus, figures, settings, data);
  const joins = placesToJoin(found);
  const groups = groupBy(found, (f) => seriesKey(f, joins));
  const compare = compareReports(corpus);
  const ids = new Set<string>();
  return [...groups.values()]
    .map((members): Series => {
      const located = members.find((m) => m.identity.place) ?? members[0]!;
      const { identity } = located;
      const event = identity.scope === "incident" ? located.event : null;
      const forms = members.map((m) => m.figure.primary.item.context).filter((c): c is string => c !== null);
      const measures = [...new Set(members.map((m) => m.figure.primary.item.measure))];
      const measure = measures.length === 1 ? measures[0]! : identity.quantity;
      const of = identity.scope === "cumulative" ? "all" : event?.label ?? ofWhat(located) ?? joins.get(located) ?? null;
      let id = [measure, of === null ? "-" : slug(of), identity.population, identity.part ? "part" : null]
        .filter(Boolean).join(":");
      while (ids.has(id)) id += "+";
      ids.add(id);
      return {
        id, measure, quantity: identity.quantity, measures, scope: identity.scope, population: identity.population,
        event: event?.label ?? null, part: identity.part !== null,
        context: event?.label ?? identity.place ?? mostCommon(forms) ?? null,
        contextForms: [...new Set(forms)],
        eventDate: event?.date ?? null,
        grouping: explainSeries(members, joins),
        points: members.map((m) => figureReport(corpus, m.figure)).sort(compare),
      };
    })
    .sort((a, b) => a.measure.localeCompare(b.measure) || b.points.length - a.points.length || a.id.localeCompare(b.id));
}
