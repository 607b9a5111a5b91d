import type { EventRecord, ParleyRecord } from "../../record/schema.js";
import type { PartyDirectory } from "../parties.js";
import { readSentence } from "../read/sentence.js";
import { documentText } from "../text/document.js";
import { nameKey } from "../text/slug.js";
import { vocabulary } from "../vocabulary.js";
import { evidenceOf } from "./evidence.js";
import type { Deal } from "../schema.js";

/** `answers`: a report calls it a counter-proposal. */
type Unsettled = Omit<Deal, "status" | "counters"> & { status?: Deal["status"]; counters?: string | null; answers: boolean };

const partyKeys = (deal: Pick<Deal, "proposers" | "parties">, pick: "proposers" | "parties") =>
  new Set(deal[pick].map((p) => p.actorId ?? nameKey(p.name)));

const dayOf = (deal: Unsettled) => deal.dates.proposed?.value ?? deal.dates.signed?.value ?? deal.reports[0]?.date ?? null;

interface Rejection {
  record: ParleyRecord;
  event: EventRecord;
  date: string;
}

/** REJECT events that could be about a deal: stated (not negated, not hypothetical), dated, naming a deal. */
function rejections(records: readonly ParleyRecord[]): Rejection[] {
  const v = vocabulary();
  return records.flatMap((record) => record.events.flatMap((event) => {
    const date = event.date ?? record.document.date;
    if (event.type !== "REJECT" || !v.observedModalities.has(event.modality) || !date) return [];
    const sentence = documentText(record).sentenceAt(event.start);
    return sentence && v.dealNouns.has(sentence.words) ? [{ record, event, date }] : [];
  }));
}

/**
 * Whether a rejection is about this proposal: on or after it, aimed at its proposer (a recipient or a
 * party named in the sentence other than the rejecting side), and stating no other ceasefire length.
 */
function rejects(r: Rejection, deal: Unsettled, directory: PartyDirectory): boolean {
  const day = dayOf(deal);
  if (!day || r.date < day) return false;
  const proposers = partyKeys(deal, "proposers");
  const keyOf = (id: string) => {
    const p = directory.partyOf(r.record.document.id, id);
    return p ? p.actorId ?? nameKey(p.name) : undefined;
  };
  if (r.event.actors.some((id) => proposers.has(keyOf(id) ?? ""))) return false;
  const sentence = documentText(r.record).sentenceAt(r.event.start)!;
  const named = directory.mentions(r.record, sentence).flatMap((m) => (m.party === "both" ? [] : [m.party.actorId ?? nameKey(m.party.name)]));
  const aimed = [...r.event.recipients.map(keyOf), ...named].some((k) => k !== undefined && proposers.has(k));
  if (!aimed) return false;
  const days = readSentence({ record: r.record, directory }, sentence, 0, { phase: null }).find((t) => t.kind === "ceasefireDays");
  return !days || !deal.ceasefire.days || days.value === deal.ceasefire.days.value;
}

const statusTerm = (value: Deal["status"]["value"], evidence: Deal["status"]["evidence"]): Deal["status"] =>
  ({ value, source: "record", evidence, alternatives: [] });

/**
 * Status and answers between deals: an agreement is agreed; a proposal is rejected when a REJECT names
 * it, countered when a later proposal by another side answers it, else proposed. A proposal `counters`
 * the latest earlier proposal by another side.
 */
export function settle(deals: Unsettled[], records: readonly ParleyRecord[], directory: PartyDirectory): Deal[] {
  const found = rejections(records);
  const proposals = deals.filter((d) => d.kind === "proposal").sort((a, b) => (dayOf(a) ?? "").localeCompare(dayOf(b) ?? ""));
  for (const deal of deals) {
    // an agreement rests on its signing when a text reports one
    const signing = deal.dates.signed?.evidence[0];
    const first = deal.reports.find((r) => !signing || r.documentId === signing.documentId) ?? deal.reports[0]!;
    deal.counters = null;
    deal.status = statusTerm(deal.kind === "agreement" ? "agreed" : "proposed",
      [{ documentId: first.documentId, start: first.start, end: first.end, text: textOf(records, first) }]);
  }
  proposals.forEach((deal, i) => {
    const mine = partyKeys(deal, "proposers");
    const addressed = partyKeys(deal, "parties");
    // an answer: called a counter-proposal, or made to the side that proposed before
    const answered = proposals.slice(0, i).reverse().find((earlier) => {
      const theirs = [...partyKeys(earlier, "proposers")];
      return theirs.length > 0 && mine.size > 0 && !theirs.some((k) => mine.has(k)) && (dayOf(earlier) ?? "") <= (dayOf(deal) ?? "")
        && (deal.answers || theirs.some((k) => addressed.has(k)));
    });
    if (!answered) return;
    deal.counters = answered.id;
    if (answered.status?.value === "proposed") answered.status = statusTerm("countered", deal.status!.evidence);
  });
  for (const deal of proposals) {
    const rejection = found.find((r) => rejects(r, deal, directory));
    if (rejection) deal.status = statusTerm("rejected", [evidenceOf(rejection.record, rejection.event)]);
  }
  return deals.map(({ answers: _answers, ...d }) => ({ ...d, status: d.status!, counters: d.counters ?? null }));
}

function textOf(records: readonly ParleyRecord[], report: Deal["reports"][number]): string {
  return records.find((r) => r.document.id === report.documentId)?.document.text.slice(report.start, report.end) ?? "";
}
