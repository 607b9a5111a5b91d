import type { Analysis, StanceReport } from "../../analysis/types.js";
import type { ParleyRecord } from "../../record/schema.js";
import { bestCue } from "../cues.js";
import type { Anchor, ScenarioIssue, ValueEvidence } from "../scenario.js";

/**
 * What the record says about where an actor stands on a scenario issue. Every statement an actor made
 * on the issue counts towards its salience; a statement whose words match an anchor's cue (or the
 * issue's default anchor for its stance) also places the actor on the scale; so does a proposal or
 * agreement whose terms the issue's anchors know (a 30-day truce, a permanent ceasefire).
 */

export interface Statement {
  actor: string;
  issue: string;
  date: string | null;
  evidence: ValueEvidence;
  /** where the statement places the actor, when it does */
  placement?: { value: number; how: string };
}

const POSITIVE_STANCES = new Set(["demand", "support", "accept"]);

const anchorText = (anchor: Anchor) => `'${anchor.label}' (${anchor.at})`;

/** The anchor a stated stance points to, and why. */
export function placeStance(issue: ScenarioIssue, stance: string, text: string): { value: number; how: string } | undefined {
  const positive = POSITIVE_STANCES.has(stance);
  const candidates = issue.anchors.map((anchor) => ({ value: anchor, cues: (positive ? anchor.cues : anchor.refusalCues) ?? [] }));
  const match = bestCue(text, candidates);
  if (match) return { value: match.value.at, how: `${stance} matching '${match.cue}' → ${anchorText(match.value)}` };
  const fallback = positive ? issue.positiveDefault : issue.negativeDefault;
  const anchor = issue.anchors.find((a) => a.id === fallback);
  return anchor ? { value: anchor.at, how: `${stance}, no cue matched → the issue's default ${anchorText(anchor)}` } : undefined;
}

/** A ceasefire length placed between the anchors that stand for lengths in days. */
export function placeDays(issue: ScenarioIssue, days: number): { value: number; how: string } | undefined {
  const timed = issue.anchors.filter((a) => a.days !== undefined).sort((a, b) => a.days! - b.days!);
  if (!timed.length) return undefined;
  const first = timed[0]!;
  const last = timed[timed.length - 1]!;
  if (days <= first.days!) return { value: first.at, how: `${days}-day ceasefire → ${anchorText(first)}` };
  if (days >= last.days!) return { value: last.at, how: `${days}-day ceasefire → ${anchorText(last)}` };
  const exact = timed.find((a) => a.days === days);
  if (exact) return { value: exact.at, how: `${days}-day ceasefire → ${anchorText(exact)}` };
  const upper = timed.findIndex((a) => a.days! >= days);
  const high = timed[upper]!;
  const low = timed[upper - 1]!;
  const share = (days - low.days!) / (high.days! - low.days!);
  const value = Math.round((low.at + share * (high.at - low.at)) * 10) / 10;
  return { value, how: `${days}-day ceasefire → ${value}, between ${anchorText(low)} at ${low.days} days and ${anchorText(high)} at ${high.days} days` };
}

function placeTerms(issue: ScenarioIssue, terms: Record<string, unknown>): { value: number; how: string } | undefined {
  const days = terms.ceasefireDays;
  if (typeof days === "number") {
    const placed = placeDays(issue, days);
    if (placed) return placed;
  }
  const anchor = issue.anchors.find((a) => a.terms && Object.entries(a.terms).every(([key, value]) => terms[key] === value));
  return anchor ? { value: anchor.at, how: `terms ${JSON.stringify(anchor.terms)} → ${anchorText(anchor)}` } : undefined;
}

const reportEvidence = (report: StanceReport): ValueEvidence =>
  ({ documentId: report.documentId, start: report.start, end: report.end, text: report.text });

function stanceStatements(analysis: Analysis, issue: ScenarioIssue): Statement[] {
  const labels = new Set(issue.recordIssues ?? [issue.id]);
  return analysis.positions.cells.filter((cell) => labels.has(cell.issue)).flatMap((cell) => cell.evidence.map((report) => {
    const placement = placeStance(issue, report.stance, report.text);
    return { actor: cell.party, issue: issue.id, date: report.date, evidence: reportEvidence(report), ...(placement ? { placement } : {}) };
  }));
}

const PLACING_EVENTS = new Set(["PROPOSE", "AGREE"]);

/** Proposals and agreements whose terms the issue's anchors know; each proposer or party is placed. */
function termStatements(analysis: Analysis, records: readonly ParleyRecord[], issue: ScenarioIssue): Statement[] {
  const byDocument = new Map(records.map((r) => [r.document.id, r]));
  return analysis.timeline.filter((event) => PLACING_EVENTS.has(event.type) && event.actors.length && event.modality !== "negated")
    .flatMap((event) => {
      const record = byDocument.get(event.documentId);
      const terms = event.sources.map((s) => byDocument.get(s.documentId)?.events.find((e) => e.id === s.eventId)?.terms)
        .find((t): t is Record<string, unknown> => !!t);
      const placed = terms && placeTerms(issue, terms);
      if (!placed || !record) return [];
      const evidence = { documentId: event.documentId, start: event.start, end: event.end, text: record.document.text.slice(event.start, event.end) };
      return event.actors.map((actor) => ({
        actor, issue: issue.id, date: event.date ?? event.documentDate, evidence,
        placement: { value: placed.value, how: `${event.type.toLowerCase()}: ${placed.how}` },
      }));
    });
}

/** Every statement of the record on the scenario's issues; proposal terms only when the records are given. */
export function recordStatements(analysis: Analysis, issues: readonly ScenarioIssue[], records: readonly ParleyRecord[] = []): Statement[] {
  return issues.flatMap((issue) => [...stanceStatements(analysis, issue), ...termStatements(analysis, records, issue)]);
}
