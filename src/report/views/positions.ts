import type { PositionCell, StanceReport } from "../../analysis/types.js";
import type { CitedExcerpt, ReportContext } from "../context.js";
import { dateSpan, humanize } from "../labels.js";
import { copiesText } from "./copies.js";

export type Stance = PositionCell["stance"];

export interface StatementView {
  stance: Stance;
  /** the person or office who stated it for the party, when not the party itself */
  speaker: string | null;
  date: string | null;
  /** places the stance is about, as extracted */
  places: string[];
  evidence: CitedExcerpt;
  /** other outlets that printed the same paragraph: "Outlet, date" */
  alsoIn: string[];
}

export interface ChangeView {
  from: Stance;
  to: Stance;
  date: string | null;
}

export interface CellView {
  /** unique within the report, for anchors */
  index: number;
  partyName: string;
  issueLabel: string;
  stance: Stance;
  seen: string;
  changes: ChangeView[];
  statements: StatementView[];
}

export interface Labelled {
  id: string;
  name: string;
  /** a person or office no report places with a side */
  unplaced?: boolean;
}

export interface PositionsView {
  /** rows and columns of the matrix: the issues several parties took a stance on, and those parties */
  parties: Labelled[];
  issues: Labelled[];
  cell(party: string, issue: string): CellView | undefined;
  /** stances on issues outside the matrix: one party's phrase as written, listed rather than given a column */
  others: CellView[];
  /** every cell, matrix first */
  cells: CellView[];
}

/**
 * Up to this many issues the matrix shows them all. Beyond, it keeps the issues at least two parties
 * spoke to: issues that are a phrase as written ("surrender half the country") would otherwise add a
 * near-empty column each.
 */
const ALL_ISSUES_UP_TO = 8;

function statementView(context: ReportContext, report: StanceReport): StatementView {
  return {
    stance: report.stance, speaker: report.speaker ? context.actorName(report.speaker) : null, date: report.date, places: report.places, evidence: context.cite(report),
    alsoIn: copiesText(context, report.copies),
  };
}

function matrixIssues(issues: string[], cells: readonly PositionCell[]): Set<string> {
  if (issues.length <= ALL_ISSUES_UP_TO) return new Set(issues);
  const parties = new Map<string, number>();
  for (const cell of cells) parties.set(cell.issue, (parties.get(cell.issue) ?? 0) + 1);
  return new Set(issues.filter((issue) => parties.get(issue)! >= 2));
}

export function positionsView(context: ReportContext): PositionsView {
  const { parties, issues, cells } = context.analysis.positions;
  const unplaced = new Set(context.analysis.positions.unplaced ?? []);
  const inMatrix = matrixIssues(issues, cells);
  // Outside the matrix, each party's stances stay together, parties in the matrix's order.
  const rank = new Map(parties.map((party, index) => [party, index]));
  const others = cells.filter((c) => !inMatrix.has(c.issue))
    .map((cell, index) => ({ cell, index }))
    .sort((a, b) => rank.get(a.cell.party)! - rank.get(b.cell.party)! || a.index - b.index)
    .map(({ cell }) => cell);
  const ordered = [...cells.filter((c) => inMatrix.has(c.issue)), ...others];
  const byKey = new Map<string, CellView>();
  const views = ordered.map((cell, index) => {
    const view: CellView = {
      index,
      partyName: context.actorName(cell.party),
      issueLabel: humanize(cell.issue),
      stance: cell.stance,
      seen: dateSpan(cell.firstSeen, cell.lastSeen),
      changes: cell.changes.map(({ from, to, date }) => ({ from, to, date })),
      statements: cell.evidence.map((report) => statementView(context, report)),
    };
    byKey.set(`${cell.party}\u0000${cell.issue}`, view);
    return view;
  });
  const matrixParties = new Set(cells.filter((c) => inMatrix.has(c.issue)).map((c) => c.party));
  return {
    parties: parties.filter((id) => matrixParties.has(id))
      .map((id) => ({ id, name: context.actorName(id), ...(unplaced.has(id) ? { unplaced: true } : {}) })),
    issues: issues.filter((id) => inMatrix.has(id)).map((id) => ({ id, name: humanize(id) })),
    cell: (party, issue) => byKey.get(`${party}\u0000${issue}`),
    others: views.slice(views.length - others.length),
    cells: views,
  };
}
