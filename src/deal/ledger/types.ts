import type { DealEvidence, TermSource } from "../schema.js";

/** The implementation ledger of an agreed deal: what was due when, what happened, delays and violations. */

export type DueKind = "ceasefire" | "release" | "withdrawal" | "aid";

export type DueStatus =
  | "done" | "partial" | "started" | "pending" | "upcoming" | "overdue" | "delayed" | "in force" | "holding" | "violated" | "violation alleged";

export interface LedgerPhase {
  number: number;
  from: string | null;
  to: string | null;
  days: number | null;
  daysSource: TermSource | null;
}

export interface LedgerRelease {
  by: string | null;
  category: string;
  count: number | null;
}

/** One thing the deal makes due: its window, who owes it, and what the record shows of it. */
export interface DueItem {
  id: string;
  kind: DueKind;
  phase: number | null;
  by: string | null;
  what: string;
  categories: string[];
  /** a withdrawal's area as the deal writes it: a pull-back reported from another place is only a start */
  area?: string;
  count: number | null;
  dueFrom: string | null;
  dueBy: string | null;
  /** phase: the end of its phase; ceasefire: the end of the ceasefire; text: a deadline a report states */
  /** where the due day comes from: the phase, the ceasefire, the deal's own words ("within 60 days"), or a later report */
  dueBySource: "phase" | "ceasefire" | "deal" | "text" | null;
  status: DueStatus;
  /** people counted as released so far by the side that owes the release */
  delivered: number | null;
  observations: string[];
  evidence: DealEvidence[];
}

export type ObservationKind = "release" | "aid" | "withdrawal" | "violation" | "delay" | "deadline" | "held" | "effective";

/** One account of an incident: the side it blames, and who gives the account (null: the article in its own voice). */
export interface Accusation {
  party: string;
  /** who says so: an accusing party, a ministry or agency quoted, or null when the article states it */
  by: string | null;
  /** given by a party of the deal against another one: a claim, not an established fact */
  alleged: boolean;
  evidence: DealEvidence[];
}

export interface CasualtyFigure {
  measure: string;
  value: number | null;
  source: string | null;
  evidence: DealEvidence[];
}

/** Something a report says happened (or was postponed, or is due) after the deal took effect. */
export interface Observation {
  id: string;
  kind: ObservationKind;
  date: string;
  /** event: the record event's date; text: a date in the sentence; context: the date of the sentence before; publication: the article's date */
  dateSource: "event" | "text" | "context" | "publication";
  /** day of the deal, 1 on the effective date */
  day: number;
  phase: number | null;
  summary: string;
  releases: LedgerRelease[];
  /** for violations: the side each account blames */
  accused: Accusation[];
  /** for violations: every account comes from a party of the deal accusing another, so the violation is alleged, not established */
  alleged: boolean;
  places: string[];
  figures: CasualtyFigure[];
  /** for delays and deadlines: the day the item was or is due */
  dueDate: string | null;
  evidence: DealEvidence[];
  /** ids of the due items this observation bears on */
  matches: string[];
}

export interface Ledger {
  deal: { id: string; title: string; status: string };
  effective: { date: string; source: TermSource; evidence: DealEvidence[]; alternatives: Array<{ date: string; evidence: DealEvidence[] }> };
  /** the latest publication date read: statuses are as of this day */
  asOf: string | null;
  ceasefire: { from: string; to: string | null; days: number | null; permanent: boolean };
  phases: LedgerPhase[];
  due: DueItem[];
  observations: Observation[];
}
