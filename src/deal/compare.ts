import { aidLabel } from "./aid-label.js";
import { releaseLabel } from "./release-label.js";
import { joinEvidence } from "./build/evidence.js";
import type { Deal, DealAid, DealEvidence, DealPhase, DealRelease, DealWithdrawal } from "./schema.js";
import { nameKey } from "./text/slug.js";

/** Two deals side by side, term by term, with the gap on each. */

export type Relation = "same" | "different" | "only in A" | "only in B" | "neither";

export interface CompareSide {
  /** the term as a reader would say it */
  text: string;
  evidence: DealEvidence[];
  /** where the value came from when not (only) the record: analyst, default */
  sources: string[];
}

export interface CompareRow {
  term: string;
  a: CompareSide | null;
  b: CompareSide | null;
  relation: Relation;
  gap: string;
}

export interface DealHead {
  id: string;
  title: string;
  kind: Deal["kind"];
  status: string;
}

export interface Comparison {
  a: DealHead;
  b: DealHead;
  rows: CompareRow[];
}

interface Sourced {
  source: string;
  evidence: DealEvidence[];
}

function sideOf(text: string | null, terms: readonly Sourced[]): CompareSide | null {
  if (text === null) return null;
  return {
    text,
    evidence: joinEvidence(...terms.map((t) => t.evidence)),
    sources: [...new Set(terms.map((t) => t.source).filter((s) => s !== "record"))],
  };
}

function relationOf(a: CompareSide | null, b: CompareSide | null): Relation {
  if (!a && !b) return "neither";
  if (!a) return "only in B";
  if (!b) return "only in A";
  return a.text === b.text ? "same" : "different";
}

function row(term: string, a: CompareSide | null, b: CompareSide | null, gap: (a: CompareSide, b: CompareSide) => string = () => ""): CompareRow {
  const relation = relationOf(a, b);
  const text = relation === "different" ? gap(a!, b!) || "differs" : relation.startsWith("only") ? relation : "";
  return { term, a, b, relation, gap: text };
}

/** Units written the same in the plural. */
const INVARIABLE = new Set(["km"]);
const signed = (n: number, unit: string) => `${n > 0 ? "+" : ""}${n} ${unit}${Math.abs(n) === 1 || INVARIABLE.has(unit) ? "" : "s"}`;

/** "B is 60 days longer": a difference of numbers, said from A to B. */
function numberGap(a: number | undefined, b: number | undefined, unit: string): string {
  if (a === undefined || b === undefined || a === b) return "";
  return `${signed(b - a, unit)} in B`;
}

const who = (by: string | null) => by ?? "unspecified side";

function releaseText(releases: readonly DealRelease[]): string | null {
  if (!releases.length) return null;
  const bySide = new Map<string, string[]>();
  for (const r of releases) {
    const list = bySide.get(who(r.by)) ?? [];
    list.push(releaseLabel(r));
    bySide.set(who(r.by), list);
  }
  return [...bySide].map(([side, list]) => `${side}: ${list.join(", ")}`).join("; ");
}

/** Categories only one deal releases, and counts or sides that differ. */
function releaseGap(a: readonly DealRelease[], b: readonly DealRelease[]): string {
  const cats = (list: readonly DealRelease[]) => new Map(list.map((r) => [r.category, r]));
  const [ca, cb] = [cats(a), cats(b)];
  const parts: string[] = [];
  const onlyA = [...ca.keys()].filter((c) => !cb.has(c));
  const onlyB = [...cb.keys()].filter((c) => !ca.has(c));
  if (onlyA.length) parts.push(`only in A: ${onlyA.join(", ")}`);
  if (onlyB.length) parts.push(`only in B: ${onlyB.join(", ")}`);
  const sideChanges = new Map<string, string[]>();
  for (const [category, ra] of ca) {
    const rb = cb.get(category);
    if (!rb) continue;
    if (ra.count !== rb.count && ra.count !== null && rb.count !== null) parts.push(`${category}: ${ra.count} in A, ${rb.count} in B (${signed(rb.count - ra.count, "person")})`);
    else if (ra.count !== rb.count) parts.push(`${category}: counted only in ${ra.count !== null ? "A" : "B"}`);
    const change = `released by ${who(ra.by)} in A, ${who(rb.by)} in B`;
    if (ra.by !== rb.by) sideChanges.set(change, [...(sideChanges.get(change) ?? []), category]);
  }
  for (const [change, categories] of sideChanges) parts.push(`${categories.join(", ")}: ${change}`);
  return parts.join("; ");
}

const areaKey = (w: DealWithdrawal) => nameKey(w.area ?? "");

/** "corridor" and "Vask corridor" are one area: one key's words hold the other's. */
function sameArea(a: DealWithdrawal, b: DealWithdrawal): boolean {
  const [x, y] = [areaKey(a).split("-"), areaKey(b).split("-")];
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

const withdrawalText = (w: DealWithdrawal) =>
  `${who(w.by)}${w.forces ? ` (${w.forces})` : ""} ${w.distanceKm !== null ? `${w.distanceKm} km ` : ""}from ${w.area ?? "an area not named"}${w.withinDays ? ` within ${w.withinDays} days` : ""}`;

function withdrawalRows(a: readonly DealWithdrawal[], b: readonly DealWithdrawal[]): CompareRow[] {
  const rows: CompareRow[] = [];
  const used = new Set<DealWithdrawal>();
  for (const wa of a) {
    const wb = b.find((x) => !used.has(x) && sameArea(wa, x));
    if (wb) used.add(wb);
    rows.push(row(`withdrawal from ${wa.area ?? wb?.area ?? "an area not named"}`, sideOf(withdrawalText(wa), [wa]), wb ? sideOf(withdrawalText(wb), [wb]) : null,
      () => [numberGap(wa.distanceKm ?? undefined, wb?.distanceKm ?? undefined, "km"), wa.by !== wb?.by ? `by ${who(wa.by)} in A, ${who(wb?.by ?? null)} in B` : ""].filter(Boolean).join("; ")));
  }
  for (const wb of b.filter((x) => !used.has(x))) rows.push(row(`withdrawal from ${wb.area ?? "an area not named"}`, null, sideOf(withdrawalText(wb), [wb])));
  return rows;
}

const aidText = (list: readonly DealAid[]) => (list.length
  ? list.map((x) => aidLabel(x)).join("; ")
  : null);

const phaseOf = (deal: Deal, n: number): DealPhase | undefined => deal.phases.find((p) => p.number === n);
const allReleases = (deal: Deal) => [...deal.releases, ...deal.phases.flatMap((p) => p.releases)];
const allWithdrawals = (deal: Deal) => [...deal.withdrawals, ...deal.phases.flatMap((p) => p.withdrawals)];
const allAid = (deal: Deal) => [...deal.aid, ...deal.phases.flatMap((p) => p.aid)];

function phaseCountText(deal: Deal): CompareSide | null {
  if (deal.phaseCount) return sideOf(`${deal.phaseCount.value} phases`, [deal.phaseCount]);
  if (deal.phases.length) return sideOf(`${deal.phases.length} phases named`, []);
  return allReleases(deal).length ? sideOf("no phases (a one-off exchange)", []) : null;
}

/** How many phases, a one-off exchange counting as one. */
const phasesOrOne = (deal: Deal) => deal.phaseCount?.value ?? (deal.phases.length || 1);

function phaseRows(a: Deal, b: Deal): CompareRow[] {
  const numbers = [...new Set([...a.phases, ...b.phases].map((p) => p.number))].sort((x, y) => x - y);
  return numbers.flatMap((n) => {
    const [pa, pb] = [phaseOf(a, n), phaseOf(b, n)];
    const length = (p: DealPhase | undefined) => (p?.days ? sideOf(`${p.days.value} days`, [p.days]) : null);
    const releases = (p: DealPhase | undefined) => (p ? sideOf(releaseText(p.releases), p.releases) : null);
    return [
      row(`phase ${n}: length`, length(pa), length(pb), () => numberGap(pa?.days?.value, pb?.days?.value, "day")),
      row(`phase ${n}: releases`, releases(pa), releases(pb), () => releaseGap(pa?.releases ?? [], pb?.releases ?? [])),
    ].filter((r) => r.relation !== "neither");
  });
}

function exchangeText(deal: Deal): CompareSide | null {
  if (!deal.exchanges.length) return null;
  const text = deal.exchanges.map((x) => `${x.give.count ?? ""} ${x.give.what} for ${x.get.count ?? ""} ${x.get.what}`.replace(/\s+/g, " ").trim()
    + (x.ratio !== null ? ` (1:${x.ratio})` : "")).join("; ");
  return sideOf(text, deal.exchanges);
}

const names = (list: ReadonlyArray<{ name: string }>) => list.map((p) => p.name).join(", ");

export function compareDeals(a: Deal, b: Deal): Comparison {
  const head = (d: Deal): DealHead => ({ id: d.id, title: d.title, kind: d.kind, status: d.status.value });
  const days = (d: Deal) => (d.ceasefire.days ? sideOf(`${d.ceasefire.days.value} days`, [d.ceasefire.days]) : null);
  const permanent = (d: Deal) => (d.ceasefire.permanent ? sideOf(d.ceasefire.permanent.value ? "permanent" : "not permanent", [d.ceasefire.permanent]) : null);
  const sides = (d: Deal) => {
    const list = d.kind === "proposal" && d.proposers.length ? d.proposers : d.parties;
    return list.length ? sideOf(names(list), list) : null;
  };
  const rows: CompareRow[] = [
    row(a.kind === "proposal" && b.kind === "proposal" ? "proposed by" : "parties", sides(a), sides(b)),
    row("ceasefire length", days(a), days(b), () => numberGap(a.ceasefire.days?.value, b.ceasefire.days?.value, "day")),
    row("permanent ceasefire", permanent(a), permanent(b)),
    row("phases", phaseCountText(a), phaseCountText(b), () => numberGap(phasesOrOne(a), phasesOrOne(b), "phase")),
    ...phaseRows(a, b),
    row("releases (all phases)", sideOf(releaseText(allReleases(a)), allReleases(a)), sideOf(releaseText(allReleases(b)), allReleases(b)),
      () => releaseGap(allReleases(a), allReleases(b))),
    row("exchange ratio", exchangeText(a), exchangeText(b)),
    ...withdrawalRows(allWithdrawals(a), allWithdrawals(b)),
    row("aid", sideOf(aidText(allAid(a)), allAid(a)), sideOf(aidText(allAid(b)), allAid(b))),
    row("conditions to move on", conditionsOf(a), conditionsOf(b)),
    row("mediators and monitors", a.mediators.length ? sideOf(names(a.mediators), a.mediators) : null, b.mediators.length ? sideOf(names(b.mediators), b.mediators) : null),
  ];
  return { a: head(a), b: head(b), rows: rows.filter((r) => r.relation !== "neither") };
}

function conditionsOf(deal: Deal): CompareSide | null {
  const notes = [...deal.conditions, ...deal.phases.flatMap((p) => p.conditionsToNext)];
  return notes.length ? sideOf(notes.map((n) => n.text).join(" / "), notes) : null;
}
