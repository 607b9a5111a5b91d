import type { Evidence } from "../types.js";

/** The deal JSON served by /api/deals, /api/compare and /api/ledger (src/deal), as far as the views use it. */

export interface Sourced {
  source: "record" | "analyst" | "default";
  evidence: Evidence[];
}

export interface Scalar<T> extends Sourced {
  value: T;
  alternatives?: Array<{ value: T; evidence: Evidence[] }>;
}

export interface DealRelease extends Sourced {
  by: string | null;
  category: string;
  count: number | null;
  /** who is among them: women and children of "50 women and children held hostage" */
  includes?: Array<{ category: string; count: number | null }>;
}

export interface DealWithdrawal extends Sourced {
  by: string | null;
  area: string | null;
  distanceKm: number | null;
  forces: string | null;
}

export interface DealAid extends Sourced {
  what: string;
  amount: number | null;
  unit: string | null;
  per: string | null;
  destination: string | null;
}

export interface DealNote extends Sourced {
  text: string;
}

export interface DealPhase {
  number: number;
  days: Scalar<number> | null;
  releases: DealRelease[];
  withdrawals: DealWithdrawal[];
  aid: DealAid[];
  conditionsToNext: DealNote[];
  provisions: DealNote[];
}

export interface DealParty extends Sourced {
  name: string;
  actorId: string | null;
  role?: string;
}

export interface DealReport extends Evidence {
  eventId: string | null;
  outlet: string | null;
  date: string | null;
  reference: boolean;
}

export interface Deal {
  id: string;
  title: string;
  kind: "proposal" | "agreement";
  status: Scalar<string>;
  counters: string | null;
  proposers: DealParty[];
  parties: DealParty[];
  mediators: DealParty[];
  dates: { proposed: Scalar<string> | null; signed: Scalar<string> | null; effective: Scalar<string> | null };
  ceasefire: { days: Scalar<number> | null; permanent: Scalar<boolean> | null };
  phaseCount: Scalar<number> | null;
  phases: DealPhase[];
  releases: DealRelease[];
  exchanges: Array<Sourced & { give: { what: string; count: number | null }; get: { what: string; count: number | null }; ratio: number | null }>;
  withdrawals: DealWithdrawal[];
  aid: DealAid[];
  conditions: DealNote[];
  reports: DealReport[];
}

export interface CompareSide {
  text: string;
  evidence: Evidence[];
  sources: string[];
}

export interface Comparison {
  a: { id: string; title: string; kind: string; status: string };
  b: { id: string; title: string; kind: string; status: string };
  rows: Array<{ term: string; a: CompareSide | null; b: CompareSide | null; relation: string; gap: string }>;
}

export interface LedgerPhase {
  number: number;
  from: string | null;
  to: string | null;
  days: number | null;
  daysSource: string | null;
}

export interface DueItem {
  id: string;
  kind: string;
  phase: number | null;
  by: string | null;
  what: string;
  count: number | null;
  dueFrom: string | null;
  dueBy: string | null;
  dueBySource: string | null;
  status: string;
  delivered: number | null;
  observations: string[];
  evidence: Evidence[];
}

export interface Observation {
  id: string;
  kind: string;
  date: string;
  dateSource: string;
  day: number;
  phase: number | null;
  summary: string;
  accused: Array<{ party: string; evidence: Evidence[] }>;
  places: string[];
  figures: Array<{ measure: string; value: number | null; source: string | null; evidence: Evidence[] }>;
  dueDate: string | null;
  evidence: Evidence[];
  matches: string[];
}

export interface Ledger {
  deal: { id: string; title: string; status: string };
  effective: { date: string; source: string; evidence: Evidence[]; alternatives: Array<{ date: string; evidence: Evidence[] }> };
  asOf: string | null;
  ceasefire: { from: string; to: string | null; days: number | null; permanent: boolean };
  phases: LedgerPhase[];
  due: DueItem[];
  observations: Observation[];
}
