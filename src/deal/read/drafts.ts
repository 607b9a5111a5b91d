import type { BOTH, Party } from "../parties.js";
import type { MediatorRole } from "../vocabulary.js";

/** What reading a passage yields before the reports of one deal are merged: values with their spans. */

export interface Span {
  start: number;
  end: number;
}

export type Side = Party | typeof BOTH | null;

/** People among the ones released: "women and children" of "50 women and children held hostage", "four children" of "13 hostages, including four children". */
export interface Included {
  category: string;
  count: number | null;
}

export interface ReleaseValue {
  by: Side;
  category: string;
  count: number | null;
  includes: Included[];
  /** the people one side gets in an exchange are released by the other side: this one's counterpart, found among the deal's parties */
  counterpartOf?: Side;
}

/** "could be extended by one day for every 10 additional hostages released": days added, per how many released, and whether it is only a rule or a possibility. */
export interface ExtensionValue {
  days: number;
  per: Included | null;
  conditional: boolean;
}

export interface WithdrawalValue {
  by: Side;
  area: string | null;
  distanceKm: number | null;
  forces: string | null;
  /** "within 60 days": the days after the deal takes effect by which the pull-back is due */
  withinDays: number | null;
}

export interface AidValue {
  what: string;
  amount: number | null;
  unit: string | null;
  per: string | null;
  destination: string | null;
}

export interface ExchangeSide {
  by: Side;
  counterpartOf?: Side;
  what: string;
  count: number | null;
}

export interface ExchangeValue {
  give: ExchangeSide;
  get: ExchangeSide;
  /** how many of `get` for one of `give`, when the text gives both numbers or a ratio */
  ratio: number | null;
}

export type TermDraft = { phase: number | null; span: Span } & (
  | { kind: "ceasefireDays"; value: number }
  | { kind: "permanent"; value: true }
  | { kind: "phaseCount"; value: number }
  | { kind: "phaseDays"; value: number }
  | { kind: "release"; value: ReleaseValue }
  | { kind: "withdrawal"; value: WithdrawalValue }
  | { kind: "aid"; value: AidValue }
  | { kind: "exchange"; value: ExchangeValue }
  | { kind: "extension"; value: ExtensionValue }
  | { kind: "condition"; value: string }
  | { kind: "provision"; value: string }
  | { kind: "mediator"; value: { party: Party; role: MediatorRole } }
  | { kind: "effective"; value: string }
);

export type TermKind = TermDraft["kind"];
export type DraftOf<K extends TermKind> = Extract<TermDraft, { kind: K }>;
