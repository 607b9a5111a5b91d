import { aidLabel } from "../aid-label.js";
import { joinEvidence } from "../build/evidence.js";
import type { Deal, DealAid, DealEvidence, DealRelease, DealWithdrawal, TermSource } from "../schema.js";
import { addDays } from "../text/dates.js";
import { releaseLabel } from "../release-label.js";
import { wordsOf } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import type { DueItem, LedgerPhase } from "./types.js";

/** A deal that cannot be laid out on a calendar. */
export class LedgerError extends Error {}

/** The first day of the deal: its effective date, else its signing date (source: default). */
export function effectiveOf(deal: Deal): { date: string; source: TermSource; evidence: DealEvidence[] } {
  const effective = deal.dates.effective;
  if (effective) return { date: effective.value, source: effective.source, evidence: effective.evidence };
  const signed = deal.dates.signed;
  if (signed) return { date: signed.value, source: "default", evidence: signed.evidence };
  throw new LedgerError(`${deal.id}: no effective or signing date; add dates.effective to the deal file`);
}

/** Phases one after another from the first day; after a phase of unknown length the calendar is unknown. */
export function phaseWindows(deal: Deal, first: string): LedgerPhase[] {
  let from: string | null = first;
  return [...deal.phases].sort((a, b) => a.number - b.number).map((p) => {
    const days = p.days?.value ?? null;
    const to: string | null = from && days ? addDays(from, days - 1) : null;
    const window: LedgerPhase = { number: p.number, from, to, days, daysSource: p.days?.source ?? null };
    from = to ? addDays(to, 1) : null;
    return window;
  });
}

const releaseWhat = (list: readonly DealRelease[]) => {
  const counted = list.filter((r) => r.count !== null);
  const names = list.map(releaseLabel);
  return { what: names.join(", "), count: counted.length === list.length ? counted.reduce((n, r) => n + r.count!, 0) : counted.length === 1 ? counted[0]!.count : null };
};

/** Releases owed by one side in one window: one due item. */
function releaseItems(list: readonly DealRelease[], phase: number | null, from: string | null, to: string | null, toSource: DueItem["dueBySource"]): Array<Omit<DueItem, "id">> {
  const bySide = new Map<string, DealRelease[]>();
  for (const r of list) bySide.set(r.by ?? "", [...(bySide.get(r.by ?? "") ?? []), r]);
  return [...bySide].map(([by, releases]) => ({
    kind: "release", phase, by: by || null, ...releaseWhat(releases), categories: [...new Set(releases.flatMap((r) => [r.category, ...r.includes.map((i) => i.category)]))],
    dueFrom: from, dueBy: to, dueBySource: to ? toSource : null,
    status: "pending", delivered: null, observations: [], evidence: joinEvidence(...releases.map((r) => r.evidence)),
  }));
}

/** "from southern Lebanon", "north of the Litani River": an area that states its own direction takes no "from". */
export function areaPhrase(area: string | null): string {
  if (!area) return "from an area not named";
  return vocabulary().withdrawalDirections.at(wordsOf(area), 0) ? area : `from ${area}`;
}

const withdrawalItem = (w: DealWithdrawal, phase: number | null, from: string | null, to: string | null, toSource: DueItem["dueBySource"]): Omit<DueItem, "id"> => ({
  kind: "withdrawal", phase, by: w.by, what: `${w.forces ? `${w.forces} ` : ""}${w.distanceKm !== null ? `${w.distanceKm} km ` : ""}back ${areaPhrase(w.area)}`,
  categories: [], ...(w.area ? { area: w.area } : {}), count: null, dueFrom: from, dueBy: to, dueBySource: to ? toSource : null,
  status: "pending", delivered: null, observations: [], evidence: w.evidence,
});

const aidItem = (a: DealAid, phase: number | null, from: string | null, to: string | null, toSource: DueItem["dueBySource"]): Omit<DueItem, "id"> => ({
  kind: "aid", phase, by: null,
  what: aidLabel(a),
  categories: [], count: a.amount, dueFrom: from, dueBy: to, dueBySource: to ? toSource : null,
  status: "pending", delivered: null, observations: [], evidence: a.evidence,
});

function ceasefireWhat(deal: Deal): string {
  const base = deal.ceasefire.days ? `${deal.ceasefire.days.value}-day ceasefire` : "permanent ceasefire";
  const agreed = deal.ceasefire.extensions.filter((x) => !x.conditional && x.per === null);
  return agreed.length ? `${base}, extended by ${agreed.map((x) => `${x.days} day${x.days === 1 ? "" : "s"}`).join(" and ")}` : base;
}

/**
 * What the deal makes due and when: the ceasefire over its days; each phase's releases (one item per
 * side), withdrawals and aid by the end of the phase; terms tied to no phase by the end of the ceasefire
 * (releases) or by no stated day (withdrawals, aid) until a report gives one.
 */
export function dueItems(deal: Deal, first: string, phases: readonly LedgerPhase[], ceasefireEnd: string | null): DueItem[] {
  const items: Array<Omit<DueItem, "id">> = [];
  if (deal.ceasefire.days || deal.ceasefire.permanent?.value) {
    const terms = [deal.ceasefire.days, deal.ceasefire.permanent, ...deal.ceasefire.extensions.filter((x) => !x.conditional)].filter((t) => t !== null);
    items.push({
      kind: "ceasefire", phase: null, by: null, what: ceasefireWhat(deal),
      categories: [], count: null, dueFrom: first, dueBy: ceasefireEnd, dueBySource: ceasefireEnd ? "ceasefire" : null,
      status: "in force", delivered: null, observations: [], evidence: joinEvidence(...terms.map((t) => t.evidence)),
    });
  }
  for (const p of [...deal.phases].sort((a, b) => a.number - b.number)) {
    const w = phases.find((x) => x.number === p.number);
    const [from, to] = [w?.from ?? null, w?.to ?? null];
    items.push(...releaseItems(p.releases, p.number, from, to, "phase"));
    items.push(...p.withdrawals.map((x) => withdrawalItem(x, p.number, from, to, "phase")));
    items.push(...p.aid.map((x) => aidItem(x, p.number, from, to, "phase")));
  }
  items.push(...releaseItems(deal.releases, null, first, ceasefireEnd, "ceasefire"));
  // "withdraw ... within 60 days": due by the 60th day in force
  items.push(...deal.withdrawals.map((x) => withdrawalItem(x, null, first, x.withinDays ? addDays(first, x.withinDays - 1) : null, "deal")));
  items.push(...deal.aid.map((x) => aidItem(x, null, first, null, null)));
  return items.map((item, i) => ({ ...item, id: `due-${i + 1}` }));
}
