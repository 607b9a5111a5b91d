import type { Deal } from "../schema.js";
import type { MergedDeal } from "./merge.js";

/** Ids and titles people can read: "nlf-2025-03-11-90d", "NLF counter-proposal of 2025-03-11: 90-day ceasefire in 3 phases". */

const MAX_PARTIES_IN_ID = 2;

function ceasefireLabel(deal: MergedDeal): string {
  const days = deal.ceasefire.days?.value;
  const phases = deal.phaseCount?.value;
  const base = days ? `${days}-day ceasefire` : deal.ceasefire.permanent ? "permanent ceasefire" : phases ? "ceasefire" : "no ceasefire length stated";
  const phased = phases ? `${base} in ${phases} phases` : base;
  return phases && !days && !deal.ceasefire.permanent ? `${phased} (length not stated)` : phased;
}

const dealDay = (deal: MergedDeal) => deal.dates.signed?.value ?? deal.dates.proposed?.value ?? deal.reports[0]?.date ?? null;

export function dealIdBase(deal: MergedDeal, slugOf: (name: string) => string): string {
  const sides = (deal.kind === "proposal" ? deal.proposers : deal.parties).slice(0, MAX_PARTIES_IN_ID).map((p) => slugOf(p.name));
  const days = deal.ceasefire.days ? `${deal.ceasefire.days.value}d` : deal.ceasefire.permanent ? "permanent" : "";
  return [...(sides.length ? sides : ["unknown"]), dealDay(deal) ?? "undated", days].filter(Boolean).join("-");
}

/** Unique ids: a second deal with the same base gets "-2", and so on. */
export function uniqueIds(bases: string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export function dealTitle(deal: MergedDeal & Pick<Deal, "counters">, shortName: (name: string) => string): string {
  const day = dealDay(deal) ?? "undated";
  const label = ceasefireLabel(deal);
  if (deal.kind === "agreement") {
    const names = deal.parties.map((p) => shortName(p.name)).join(" and ");
    return `Agreement${names ? ` between ${names}` : ""}, ${deal.dates.signed ? "signed" : "reported"} ${day}: ${label}`;
  }
  const who = deal.proposers.map((p) => shortName(p.name)).join(" and ") || "Unknown side";
  return `${who} ${deal.counters ? "counter-proposal" : "proposal"} of ${day}: ${label}`;
}
