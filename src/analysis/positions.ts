import type { PositionRecord } from "../record/schema.js";
import type { ActorResolution } from "./actors/index.js";
import { groupBy } from "./collections.js";
import { sidesOf } from "./sides.js";
import type { Corpus } from "./corpus.js";
import { compareDates, earliest, latest } from "./dates.js";
import type { AnalysisConfig } from "./config.js";
import type { Collapsed } from "./dedupe/copies.js";
import type { PositionCell, Positions, StanceChange, StanceReport } from "./types.js";

type Settings = AnalysisConfig["positions"];

export function positionCopyKey(p: PositionRecord): string {
  return `${p.stance}|${p.issue}`;
}

/**
 * The party x issue matrix: each cell lists every stated stance in date order (with the person who
 * stated it), the latest stance, and each change of stance over time (see stanceChanges). People and
 * offices roll up to the side they speak for; those no report places stay on their own row and are
 * listed as unplaced. Positions whose holder is unknown are left out: a stance without a party would
 * be a guess.
 */
export function buildPositions(
  corpus: Corpus, positions: Array<Collapsed<PositionRecord>>, resolution: ActorResolution, settings: Settings,
): Positions {
  const opposite = oppositeStances(settings);
  const sides = sidesOf(resolution);
  const stated = positions.flatMap(({ primary, copies }) => {
    const holder = resolution.actorOf(primary.documentId, primary.item.actor);
    if (holder === null) return [];
    const party = sides.side(holder);
    const d = corpus.document(primary.documentId);
    const p = primary.item;
    const report: StanceReport = {
      documentId: d.id, start: p.start, end: p.end, stance: p.stance, date: d.date, outlet: d.outlet,
      positionId: p.id, text: p.text, places: p.places, ...(holder !== party ? { speaker: holder } : {}), copies: copies.map((c) => corpus.sourceRef(c.documentId, c.item)),
    };
    return [{ party, issue: p.issue, report }];
  });
  const cells = [...groupBy(stated, (s) => JSON.stringify([s.party, s.issue])).values()].map((group): PositionCell => {
    const evidence = group.map((s) => s.report).sort((a, b) =>
      compareDates(a.date, b.date) || corpus.compareDocuments(a.documentId, b.documentId) || a.start - b.start);
    return {
      party: group[0]!.party, issue: group[0]!.issue, stance: evidence.at(-1)!.stance,
      firstSeen: earliest(evidence.map((e) => e.date)), lastSeen: latest(evidence.map((e) => e.date)),
      evidence, changes: stanceChanges(evidence, opposite),
    };
  });
  const byCount = (values: string[], name: (v: string) => string) => {
    const counts = groupBy(values, (v) => v);
    return [...counts.keys()].sort((a, b) => counts.get(b)!.length - counts.get(a)!.length || name(a).localeCompare(name(b)));
  };
  return {
    parties: byCount(cells.map((c) => c.party), (id) => resolution.byId(id)?.name ?? id),
    issues: byCount(cells.map((c) => c.issue), (issue) => issue),
    unplaced: [...new Set(cells.map((c) => c.party))].filter((id) => sides.unplaced(id)),
    cells,
  };
}

function oppositeStances(settings: Settings): (a: string, b: string) => boolean {
  const pairs = new Set(settings.opposites.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  return (a, b) => pairs.has(`${a}|${b}`);
}

const placesKey = (r: StanceReport) => [...r.places].map((p) => p.toLowerCase()).sort().join("|");

/**
 * A change: a stance opposite to the last comparable stance (same places, the same or an opposite
 * stance) stated on an earlier day. One change per day and stance.
 */
function stanceChanges(evidence: StanceReport[], opposite: (a: string, b: string) => boolean): StanceChange[] {
  const changes: StanceChange[] = [];
  const seen = new Set<string>();
  const dated = evidence.filter((e) => e.date !== null);
  dated.forEach((report, i) => {
    const reference = dated.slice(0, i).reverse().find((q) => q.date! < report.date! && placesKey(q) === placesKey(report)
      && (q.stance === report.stance || opposite(q.stance, report.stance)));
    const key = `${report.date}|${report.stance}|${placesKey(report)}`;
    if (!reference || reference.stance === report.stance || seen.has(key)) return;
    seen.add(key);
    changes.push({ from: reference.stance, to: report.stance, date: report.date, before: reference, after: report });
  });
  return changes;
}
