import type { PartyDirectory } from "../parties.js";
import type { ParleyRecord } from "../../record/schema.js";
import type { Deal } from "../schema.js";
import { addDays } from "../text/dates.js";
import { settleLedger } from "./match.js";
import { observe } from "./observe.js";
import { dueItems, effectiveOf, phaseWindows } from "./schedule.js";
import type { Ledger } from "./types.js";

export { LedgerError } from "./schedule.js";
export type * from "./types.js";

/**
 * The implementation ledger of a deal: from its first day, the schedule per phase (what is due when),
 * what the records report after it (releases with their counts, aid, withdrawals, violations during the
 * ceasefire, delays, deadlines), and each due item's status as of the latest publication read.
 */
export function buildLedger(deal: Deal, records: readonly ParleyRecord[], directory: PartyDirectory): Ledger {
  const effective = effectiveOf(deal);
  const first = effective.date;
  // an extension agreed (not one offered as a rule or a possibility) lengthens the ceasefire
  const extended = deal.ceasefire.extensions.filter((x) => !x.conditional && x.per === null).reduce((n, x) => n + x.days, 0);
  const days = deal.ceasefire.days ? deal.ceasefire.days.value + extended : null;
  const ceasefireEnd = days ? addDays(first, days - 1) : null;
  const phases = phaseWindows(deal, first);
  const due = dueItems(deal, first, phases, ceasefireEnd);
  const { observations, effectiveDays } = observe({ deal, first, ceasefireEnd, phases, records, directory });
  const dates = records.map((r) => r.document.date).filter((d): d is string => d !== null).sort();
  const asOf = dates[dates.length - 1] ?? null;
  settleLedger(due, observations, asOf);
  return {
    deal: { id: deal.id, title: deal.title, status: deal.status.value },
    effective: {
      ...effective,
      alternatives: [...(deal.dates.effective?.alternatives ?? []).map((a) => ({ date: a.value, evidence: a.evidence })),
        ...effectiveDays],
    },
    asOf,
    ceasefire: { from: first, to: ceasefireEnd, days, permanent: deal.ceasefire.permanent?.value ?? false },
    phases,
    due,
    observations,
  };
}
