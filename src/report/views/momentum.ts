import type { MomentumContribution } from "../../analysis/types.js";
import type { CitedExcerpt, ReportContext } from "../context.js";

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

export interface MomentumView {
  smoothing: number;
  days: MomentumDayView[];
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

export function momentumView(context: ReportContext): MomentumView {
  const { smoothing, points } = context.analysis.momentum;
  return {
    smoothing,
    days: points.map((point) => ({
      date: point.date,
      raw: point.raw,
      index: point.index,
      assessments: point.contributions.map((contribution) => assessmentView(context, contribution)),
    })),
  };
}
