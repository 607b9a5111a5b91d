import type { EventRecord } from "../record/schema.js";
import type { ActorResolution } from "./actors/index.js";
import { groupBy } from "./collections.js";
import type { AnalysisConfig } from "./config.js";
import type { Corpus } from "./corpus.js";
import { addDays } from "./dates.js";
import type { Collapsed } from "./dedupe/copies.js";
import { sidesOf, type SideOf } from "./sides.js";
import type { Momentum, MomentumContribution, MomentumParty, MomentumPoint } from "./types.js";

type Settings = AnalysisConfig["momentum"];
type Unweighted = Omit<MomentumContribution, "weight"> & { day: string };

const SIDE_BODIES = new Set(["state", "group", "organization"]);

/** The side a speaker speaks for: its affiliation, or itself when it is a state, group or organisation. */
function sideOf(resolution: ActorResolution, speaker: string | null): string | null {
  const actor = speaker === null ? undefined : resolution.byId(speaker);
  if (!actor) return null;
  return actor.affiliation ?? (SIDE_BODIES.has(actor.type) ? actor.name : null);
}

function contributions(
  corpus: Corpus, events: Array<Collapsed<EventRecord>>, resolution: ActorResolution, settings: Settings, sides: SideOf,
): Unweighted[] {
  return events.flatMap(({ primary: { documentId, item: e } }) => {
    if (e.type !== "ASSESS" || e.polarity === null || settings.excludedModalities.includes(e.modality)) return [];
    const day = e.date ?? corpus.date(documentId);
    if (day === null) return [];
    const speaker = resolution.actorOf(documentId, e.actors[0] ?? null);
    return [{
      day, documentId, start: e.start, end: e.end, eventId: e.id, speaker, side: sideOf(resolution, speaker),
      party: speaker === null || sides.unplaced(speaker) ? null : sides.side(speaker),
      polarity: e.polarity, score: settings.scores[e.polarity],
    }];
  });
}

/**
 * The daily index of the talks' state (docs/momentum.md): each day's ASSESS events are weighted so
 * that every side counts equally and a side's assessments share its weight; raw is the weighted mean
 * score, and the index is raw smoothed exponentially, kept unchanged on days without assessments.
 */
export function buildMomentum(
  corpus: Corpus, events: Array<Collapsed<EventRecord>>, resolution: ActorResolution, settings: Settings, sides: SideOf = sidesOf(resolution),
): Momentum {
  const all = contributions(corpus, events, resolution, settings, sides);
  const byDay = groupBy(all, (c) => c.day);
  const days = [...byDay.keys()].sort();
  const points: MomentumPoint[] = [];
  let index: number | null = null;
  for (let day = days[0]; day !== undefined && day <= days.at(-1)!; day = addDays(day, 1)) {
    const weighted = weigh(byDay.get(day) ?? []);
    const raw = weighted.length ? weighted.reduce((sum, c) => sum + c.weight * c.score, 0) : null;
    if (raw !== null) index = index === null ? raw : settings.smoothing * raw + (1 - settings.smoothing) * index;
    points.push({ date: day, raw, index: index!, contributions: weighted });
  }
  return { smoothing: settings.smoothing, points, ...partiesOf(all, sides) };
}

/**
 * The assessments read per side (a party-level row, the people who spoke inside it); speakers no
 * report places are listed as unplaced and keep their own row, never guessed into a side.
 */
function partiesOf(all: Unweighted[], sides: SideOf): Pick<Momentum, "parties" | "unplaced"> {
  const rows = groupBy(all.filter((c) => c.speaker !== null), (c) => c.party ?? c.speaker!);
  const parties = [...rows].map(([party, said]): MomentumParty => {
    const days = said.map((c) => c.day).sort();
    const count = (polarity: string) => said.filter((c) => c.polarity === polarity).length;
    return {
      party, speakers: [...new Set(said.map((c) => c.speaker!))].sort(),
      positive: count("positive"), negative: count("negative"), mixed: count("mixed"),
      firstSeen: days[0]!, lastSeen: days.at(-1)!,
    };
  }).sort((a, b) => b.positive + b.negative + b.mixed - (a.positive + a.negative + a.mixed) || a.party.localeCompare(b.party));
  const unplaced = [...new Set(all.flatMap((c) => (c.speaker !== null && sides.unplaced(c.speaker) ? [c.speaker] : [])))].sort();
  return { parties, unplaced };
}

function weigh(day: Unweighted[]): MomentumContribution[] {
  const sides = groupBy(day, (c) => c.side);
  return day.map(({ day: _day, ...c }) => ({ ...c, weight: 1 / (sides.size * sides.get(c.side)!.length) }));
}
