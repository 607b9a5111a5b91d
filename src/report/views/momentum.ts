import type { MomentumContribution } from "../../analysis/types.js";
import type { CitedExcerpt, ReportContext } from "../context.js";
import { dateSpan } from "../labels.js";

export interface AssessmentView {
  speaker: string | null;
  side: string | null;
  polarity: string;
  score: number;
  weight: number;
  evidence: CitedExcerpt;
}

export interface MomentumDayView {
  date: string;
  /** the day's weighted mean score; null on days without assessments */
  raw: number | null;
  index: number;
  assessments: AssessmentView[];
}

/** One side's assessments, the people who made them inside. */
export interface MomentumPartyView {
  party: string;
  speakers: string[];
  positive: number;
  negative: number;
  mixed: number;
  seen: string;
  /** a person no report places with a side: their own row */
  unplaced: boolean;
}

export interface MomentumView {
  smoothing: number;
  days: MomentumDayView[];
  parties: MomentumPartyView[];
}

function assessmentView(context: ReportContext, contribution: MomentumContribution): AssessmentView {
  return {
    speaker: contribution.speaker && context.actorName(contribution.speaker),
    side: contribution.side,
    polarity: contribution.polarity,
    score: contribution.score,
    weight: contribution.weight,
    evidence: context.cite(contribution),
  };
}

/** "senior official" five times (five unnamed sources, never merged) reads "senior official (5)". */
function namesOnce(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${name} (${n})` : name));
}

export function momentumView(context: ReportContext): MomentumView {
  const { smoothing, points, parties = [], unplaced = [] } = context.analysis.momentum;
  return {
    smoothing,
    parties: parties.map((p) => ({
      party: context.actorName(p.party), speakers: namesOnce(p.speakers.filter((s) => s !== p.party).map((s) => context.actorName(s))),
      positive: p.positive, negative: p.negative, mixed: p.mixed, seen: dateSpan(p.firstSeen, p.lastSeen), unplaced: unplaced.includes(p.party),
    })),
    days: points.map((point) => ({
      date: point.date,
      raw: point.raw,
      index: point.index,
      assessments: point.contributions.map((contribution) => assessmentView(context, contribution)),
    })),
  };
}
