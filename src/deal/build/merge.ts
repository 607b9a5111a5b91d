import type { ParleyRecord } from "../../record/schema.js";
import { BOTH } from "../parties.js";
import type { DraftOf, Side, TermDraft, TermKind } from "../read/drafts.js";
import type { Deal, DealAid, DealExtension, DealEvidence, DealMediator, DealNote, DealParty, DealPhase, DealRelease, DealWithdrawal, DealExchange, ScalarTerm } from "../schema.js";
import { nameKey } from "../text/slug.js";
import { evidenceOf, joinEvidence } from "./evidence.js";
import { reportDate, type ReportGroup } from "./group.js";
import type { PartyRef, Report } from "./reports.js";

/** A term as read, with the record it was read from. */
type Located<K extends TermKind> = DraftOf<K> & { record: ParleyRecord };

export const sideName = (side: Side): string | null => (side === null ? null : side === BOTH ? BOTH : side.name);

function drafts<K extends TermKind>(reports: readonly Report[], kind: K): Array<Located<K>> {
  return reports.flatMap((r) => r.terms.filter((t): t is DraftOf<K> => t.kind === kind).map((t) => ({ ...t, record: r.record })));
}

const located = (d: { record: ParleyRecord; span: { start: number; end: number } }) => evidenceOf(d.record, d.span);

/** The first value read, with every report of it as evidence; other values become alternatives. */
export function scalarOf<T>(found: ReadonlyArray<{ value: T; evidence: DealEvidence }>): ScalarTerm<T> | null {
  const first = found[0];
  if (!first) return null;
  const byValue = new Map<string, { value: T; evidence: DealEvidence[] }>();
  for (const f of found) {
    const key = JSON.stringify(f.value);
    const entry = byValue.get(key) ?? { value: f.value, evidence: [] };
    entry.evidence = joinEvidence(entry.evidence, [f.evidence]);
    byValue.set(key, entry);
  }
  const [main, ...others] = [...byValue.values()];
  return { value: main!.value, source: "record", evidence: main!.evidence, alternatives: others };
}

const countFrom = (reports: readonly Report[], kind: "ceasefireDays" | "phaseCount") =>
  scalarOf(drafts(reports, kind).map((d) => ({ value: d.value, evidence: located(d) })));

/** Items with the same key are one term with all their evidence; the first non-null count wins. */
function mergeItems<T extends { evidence: DealEvidence[] }>(items: T[], key: (item: T) => string, fill: (into: T, from: T) => void = () => {}): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const held = byKey.get(k);
    if (!held) byKey.set(k, { ...item });
    else {
      held.evidence = joinEvidence(held.evidence, item.evidence);
      fill(held, item);
    }
  }
  return [...byKey.values()];
}

const releaseKey = (r: DealRelease) => `${r.by ?? ""}|${r.category}|${r.count ?? ""}|${JSON.stringify(r.includes)}`;
const withdrawalKey = (w: DealWithdrawal) => `${w.by ?? ""}|${nameKey(w.area ?? "")}`;
const aidKey = (a: DealAid) => `${a.what}|${nameKey(a.destination ?? "")}|${a.amount ?? ""}`;
const noteKey = (n: DealNote) => n.text;

/** The one party of the deal that is not `side`: who releases what `side` gets in an exchange. */
function counterpart(side: Side | undefined, parties: readonly DealParty[]): string | null {
  if (!side || side === BOTH) return null;
  const others = parties.filter((p) => (p.actorId ?? nameKey(p.name)) !== (side.actorId ?? nameKey(side.name)));
  return others.length === 1 && others.length < parties.length ? others[0]!.name : null;
}

const releaser = (value: { by: Side; counterpartOf?: Side }, parties: readonly DealParty[]) =>
  sideName(value.by) ?? counterpart(value.counterpartOf, parties);

function releasesOf(list: Array<Located<"release">>, parties: readonly DealParty[]): DealRelease[] {
  const items = list.map((d) => ({
    by: releaser(d.value, parties), category: d.value.category, count: d.value.count, includes: d.value.includes,
    source: "record" as const, evidence: [located(d)],
  }));
  // a count-less mention of a release that another report counts is the same release
  const counted = items.filter((r) => r.count !== null);
  const kept = items.filter((r) => r.count !== null || !counted.some((c) => c.category === r.category && c.by === r.by));
  return mergeItems(kept, releaseKey);
}

const withdrawalsOf = (list: Array<Located<"withdrawal">>): DealWithdrawal[] => mergeItems(
  list.map((d) => ({ ...d.value, by: sideName(d.value.by), source: "record" as const, evidence: [located(d)] })),
  withdrawalKey,
  (into, from) => {
    into.distanceKm ??= from.distanceKm;
    into.withinDays ??= from.withinDays;
    into.forces ??= from.forces;
  });

const aidOf = (list: Array<Located<"aid">>): DealAid[] =>
  mergeItems(list.map((d) => ({ ...d.value, source: "record" as const, evidence: [located(d)] })), aidKey);

const extensionsOf = (list: Array<Located<"extension">>): DealExtension[] => mergeItems(
  list.map((d) => ({ ...d.value, source: "record" as const, evidence: [located(d)] })),
  (x) => JSON.stringify([x.days, x.per, x.conditional]));

const notesOf = (list: Array<Located<"condition" | "provision">>): DealNote[] =>
  mergeItems(list.map((d) => ({ text: d.value, source: "record" as const, evidence: [located(d)] })), noteKey);

const exchangeSide = ({ counterpartOf: _, ...s }: DraftOf<"exchange">["value"]["give"], parties: readonly DealParty[]) =>
  ({ ...s, by: releaser({ by: s.by, counterpartOf: _ }, parties) });

const exchangesOf = (list: Array<Located<"exchange">>, parties: readonly DealParty[]): DealExchange[] => mergeItems(
  list.map((d) => ({
    give: exchangeSide(d.value.give, parties), get: exchangeSide(d.value.get, parties),
    ratio: d.value.ratio, source: "record" as const, evidence: [located(d)],
  })),
  (x) => `${x.give.what}|${x.get.what}|${x.ratio ?? ""}`);

function partiesOf(reports: readonly Report[], pick: (r: Report) => PartyRef[]): DealParty[] {
  return mergeItems(
    reports.flatMap((r) => pick(r).map((p) => ({ name: p.party.name, actorId: p.party.actorId, source: "record" as const, evidence: [evidenceOf(r.record, p.span)] }))),
    (p) => p.actorId ?? nameKey(p.name));
}

function mediatorsOf(reports: readonly Report[], parties: readonly DealParty[]): DealMediator[] {
  const sides = new Set(parties.map((p) => p.actorId ?? nameKey(p.name)));
  return mergeItems(
    drafts(reports, "mediator").map((d) => ({ name: d.value.party.name, actorId: d.value.party.actorId, role: d.value.role, source: "record" as const, evidence: [located(d)] })),
    (m) => m.actorId ?? nameKey(m.name),
  ).filter((m) => !sides.has(m.actorId ?? nameKey(m.name)));
}

/** The phase a draft belongs to: "the final phase" is the last one when the number of phases is known. */
const phaseNumber = (phase: number | null, count: number | null) => (phase === -1 ? count : phase);

function phasesOf(reports: readonly Report[], count: number | null, ceasefireDays: number | null, parties: readonly DealParty[]): DealPhase[] {
  const inPhase = <K extends TermKind>(kind: K, n: number) =>
    drafts(reports, kind).filter((d) => phaseNumber(d.phase, count) === n);
  const numbers = new Set<number>();
  for (const t of reports.flatMap((r) => r.terms)) {
    const n = phaseNumber(t.phase, count);
    if (n !== null && n > 0 && (count === null || n <= count)) numbers.add(n);
  }
  for (let n = 1; n <= (count ?? 0); n++) numbers.add(n);
  const phases = [...numbers].sort((a, b) => a - b).map((n): DealPhase => ({
    number: n,
    days: scalarOf(inPhase("phaseDays", n).map((d) => ({ value: d.value, evidence: located(d) }))),
    releases: releasesOf(inPhase("release", n), parties),
    withdrawals: withdrawalsOf(inPhase("withdrawal", n)),
    aid: aidOf(inPhase("aid", n)),
    conditionsToNext: notesOf(inPhase("condition", n)),
    provisions: notesOf(inPhase("provision", n)),
  }));
  return withDefaultDays(phases, ceasefireDays);
}

/**
 * Phases the texts give no length: the ceasefire days left over, shared equally (source: default), when
 * every phase is listed and the share is a whole number of days.
 */
function withDefaultDays(phases: DealPhase[], ceasefireDays: number | null): DealPhase[] {
  const missing = phases.filter((p) => !p.days);
  if (!ceasefireDays || !missing.length) return phases;
  const known = phases.reduce((sum, p) => sum + (p.days?.value ?? 0), 0);
  const share = (ceasefireDays - known) / missing.length;
  if (!Number.isInteger(share) || share <= 0) return phases;
  return phases.map((p) => (p.days ? p : { ...p, days: { value: share, source: "default", evidence: [], alternatives: [] } }));
}

/** A release that also appears in a phase (same category, compatible side) is not listed again outside the phases. */
function notInPhases(releases: DealRelease[], phases: readonly DealPhase[]): DealRelease[] {
  const fits = (a: string | null, b: string | null) => a === null || b === null || a === b;
  return releases.filter((r) => !phases.some((p) => p.releases.some((q) => q.category === r.category && fits(q.by, r.by))));
}

/**
 * The signing date: the dates reports give it, every other date a source gives listed as an
 * alternative (a disagreement between sources). A report that gives no date of its own only says when
 * it was published: a reprint a day later is no second signing date, so those count only when no
 * report dates the signing, and then the earliest publication stands for it.
 */
function signedOf(reports: readonly Report[]): Deal["dates"]["signed"] {
  const signing = reports.filter((r) => r.signed);
  const dated = signing.filter((r) => r.date).map((r) => ({ value: r.date!.value, evidence: evidenceOf(r.record, r.signed!) }));
  if (dated.length) return scalarOf(dated);
  const published = signing.filter((r) => r.record.document.date)
    .sort((a, b) => a.record.document.date!.localeCompare(b.record.document.date!));
  const earliest = published[0]?.record.document.date;
  return scalarOf(published.filter((r) => r.record.document.date === earliest)
    .map((r) => ({ value: earliest!, evidence: evidenceOf(r.record, r.signed!) })));
}

function datesOf(reports: readonly Report[], kind: Report["kind"]): Deal["dates"] {
  const own = reports.filter((r) => r.date).map((r) => ({ value: r.date!.value, evidence: evidenceOf(r.record, r.date!.span) }));
  const first = reports[0]!;
  const published = reportDate(first);
  const fallback = published ? { value: published, source: "default" as const, evidence: [evidenceOf(first.record, first.start)], alternatives: [] } : null;
  return {
    proposed: kind === "proposal" ? scalarOf(own) ?? fallback : null,
    signed: signedOf(reports),
    effective: scalarOf(drafts(reports, "effective").map((d) => ({ value: d.value, evidence: located(d) }))),
  };
}

/** Everything a group of reports says about one deal, term by term; id, title and status are set later. */
export function mergeReports(group: ReportGroup): Omit<Deal, "id" | "title" | "status" | "counters"> & { answers: boolean } {
  const { reports } = group;
  const kind = reports[0]!.kind;
  const ceasefireDays = countFrom(reports, "ceasefireDays");
  const phaseCount = countFrom(reports, "phaseCount");
  const parties = partiesOf(reports, (r) => r.parties);
  const phases = phasesOf(reports, phaseCount?.value ?? null, ceasefireDays?.value ?? null, parties);
  return {
    kind,
    answers: reports.some((r) => r.counterMarker !== null),
    proposers: kind === "proposal" ? partiesOf(reports, (r) => r.proposers) : [],
    parties,
    mediators: mediatorsOf(reports, parties),
    dates: datesOf(reports, kind),
    ceasefire: {
      days: ceasefireDays,
      permanent: scalarOf(drafts(reports, "permanent").map((d) => ({ value: true, evidence: located(d) }))),
      extensions: extensionsOf(drafts(reports, "extension")),
    },
    phaseCount,
    phases,
    releases: notInPhases(releasesOf(drafts(reports, "release").filter((d) => phaseNumber(d.phase, phaseCount?.value ?? null) === null), parties), phases),
    exchanges: exchangesOf(drafts(reports, "exchange"), parties),
    withdrawals: withdrawalsOf(drafts(reports, "withdrawal").filter((d) => d.phase === null)),
    aid: aidOf(drafts(reports, "aid").filter((d) => d.phase === null)),
    conditions: notesOf(drafts(reports, "condition").filter((d) => d.phase === null)),
    reports: [
      ...reports.map((r) => reportEntry(r, false)),
      ...group.references.map((r) => reportEntry(r, true)),
    ],
  };
}

function reportEntry(r: Report, reference: boolean): Deal["reports"][number] {
  const { id, outlet, date } = r.record.document;
  return { documentId: id, eventId: r.events[0]?.id ?? null, outlet, date, start: r.start.start, end: r.start.end, reference };
}

/** A deal as merged, before its id, title and status are settled. */
export type MergedDeal = Omit<ReturnType<typeof mergeReports>, "answers">;
export type { TermDraft };
