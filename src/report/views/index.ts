import type { ReportContext } from "../context.js";
import { actorsView, type ActorsView } from "./actors.js";
import { conflictViews, seriesViews, type ConflictView, type SeriesView } from "./figures.js";
import { momentumView, type MomentumView } from "./momentum.js";
import { overviewView, type OverviewView } from "./overview.js";
import { positionsView, type PositionsView } from "./positions.js";
import { timelineView, type EventView } from "./timeline.js";

export type { ActorView, ActorsView, RoleView } from "./actors.js";
export type { ConflictView, PointView, SeriesView } from "./figures.js";
export type { AssessmentView, MomentumDayView, MomentumView } from "./momentum.js";
export type { OverviewView } from "./overview.js";
export type { CellView, ChangeView, PositionsView, Stance, StatementView } from "./positions.js";
export type { EventView } from "./timeline.js";

/** Everything a report shows, in display order and with names resolved; renderers only format it. */
export interface ReportView {
  overview: OverviewView;
  actors: ActorsView;
  series: SeriesView[];
  conflicts: ConflictView[];
  timeline: EventView[];
  positions: PositionsView;
  momentum: MomentumView;
}

export function reportView(context: ReportContext): ReportView {
  return {
    overview: overviewView(context),
    actors: actorsView(context),
    series: seriesViews(context),
    conflicts: conflictViews(context),
    timeline: timelineView(context),
    positions: positionsView(context),
    momentum: momentumView(context),
  };
}
