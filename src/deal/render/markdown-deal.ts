import { areaPhrase } from "../ledger/schedule.js";
import { aidLabel } from "../aid-label.js";
import { releaseLabel } from "../release-label.js";
import { mdTable, mdText } from "../../report/markdown/text.js";
import type { Deal, DealAid, DealEvidence, DealExchange, DealExtension, DealNote, DealPhase, DealRelease, DealWithdrawal } from "../schema.js";
import { mdProvenance } from "./evidence.js";

/** Deals for people: the list (`parley deals`) and one deal term by term (`parley deals show --format md`). */

const who = (by: string | null) => by ?? "side not stated";
const sideNames = (deal: Deal) => (deal.kind === "proposal" && deal.proposers.length ? deal.proposers : deal.parties).map((p) => p.name).join(", ");
const dealDay = (deal: Deal) => deal.dates.signed?.value ?? deal.dates.proposed?.value ?? deal.reports[0]?.date ?? "undated";

export function dealListMarkdown(deals: readonly Deal[]): string {
  if (!deals.length) return "_No proposal or agreement found in the record._\n";
  const rows = deals.map((d) => [
    d.id, d.kind, d.status.value, dealDay(d), mdText(sideNames(d) || "—"),
    d.ceasefire.days ? `${d.ceasefire.days.value} days` : d.ceasefire.permanent ? "permanent" : "—",
    d.phaseCount ? String(d.phaseCount.value) : d.phases.length ? String(d.phases.length) : "—",
    String(d.reports.length),
  ]);
  return [`# Deals (${deals.length})`, "", ...mdTable(["id", "kind", "status", "date", "by", "ceasefire", "phases", "reports"], rows), ""].join("\n");
}

/** Releases one sentence lists for one side ("women, children, elderly and wounded") as one line. */
function releaseLines(list: readonly DealRelease[]): string[] {
  const groups = new Map<string, DealRelease[]>();
  for (const r of list) {
    const e = r.evidence[0];
    const key = `${r.by}|${r.source}|${e ? `${e.documentId}:${e.start}` : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((rs) =>
    `- ${mdText(who(rs[0]!.by))} releases ${rs.map(releaseLabel).join(", ")} — ${mdProvenance(rs[0]!)}`);
}
const withdrawalLine = (w: DealWithdrawal) =>
  `- ${mdText(who(w.by))} pulls ${w.forces ? `${mdText(w.forces)} ` : ""}back${w.distanceKm !== null ? ` ${w.distanceKm} km` : ""} ${mdText(areaPhrase(w.area))}${w.withinDays ? ` within ${w.withinDays} days` : ""} — ${mdProvenance(w)}`;
const aidLine = (a: DealAid) =>
  `- aid: ${aidLabel(a, mdText)} — ${mdProvenance(a)}`;
const noteLine = (label: string) => (n: DealNote) => `- ${label}: ${mdText(n.text)} — ${mdProvenance(n)}`;
const exchangeSide = (s: DealExchange["give"]) => `${s.count ?? ""} ${s.what}${s.by ? ` released by ${s.by}` : ""}`.trim();
const exchangeLine = (x: DealExchange) =>
  `- exchange: ${mdText(exchangeSide(x.give))} for ${mdText(exchangeSide(x.get))}${x.ratio !== null ? ` (ratio 1:${x.ratio})` : ""} — ${mdProvenance(x)}`;
const extensionLine = (x: DealExtension) =>
  `- extension: ${x.conditional ? "may be extended" : "extended"} by ${x.days} day${x.days === 1 ? "" : "s"}${x.per ? ` for every ${releaseLabel(x.per)} released` : ""} — ${mdProvenance(x)}`;

function phaseLines(p: DealPhase): string[] {
  const length = p.days ? ` — ${p.days.value} days ${mdProvenance(p.days)}` : " — length not stated";
  const body = [
    ...releaseLines(p.releases), ...p.withdrawals.map(withdrawalLine), ...p.aid.map(aidLine),
    ...p.conditionsToNext.map(noteLine("to move on")), ...p.provisions.map(noteLine("also")),
  ];
  return ["", `### Phase ${p.number}${length}`, ...(body.length ? body : ["_No terms stated for this phase._"])];
}

const SHOWN_SOURCES = 4;

/** The outlets (and days) of the reports behind some evidence: who says so. */
function sourcesOf(deal: Deal, evidence: readonly DealEvidence[]): string {
  const ids = new Set(evidence.map((e) => e.documentId));
  const named = deal.reports.filter((r) => ids.has(r.documentId)).map((r) => `${r.outlet ?? "unknown outlet"}, ${r.date ?? "undated"}`);
  const distinct = [...new Set(named)];
  const shown = distinct.slice(0, SHOWN_SOURCES).join("; ") || "no report named";
  return distinct.length > SHOWN_SOURCES ? `${shown} and ${distinct.length - SHOWN_SOURCES} more` : shown;
}

export function dealMarkdown(deal: Deal): string {
  const lines = [`# ${mdText(deal.title)}`, "", `- id: ${deal.id} (${deal.kind})`, `- status: ${deal.status.value} — ${mdProvenance(deal.status)}`];
  if (deal.counters) lines.push(`- answers: ${deal.counters}`);
  if (deal.proposers.length) lines.push(`- proposed by: ${deal.proposers.map((p) => mdText(p.name)).join(", ")}`);
  if (deal.parties.length) lines.push(`- parties: ${deal.parties.map((p) => mdText(p.name)).join(", ")}`);
  if (deal.mediators.length) lines.push(`- mediators: ${deal.mediators.map((m) => `${mdText(m.name)} (${m.role})`).join(", ")}`);
  for (const [label, date] of Object.entries(deal.dates)) {
    if (!date) continue;
    lines.push(`- ${label}: ${date.value} ${mdProvenance(date)}${date.alternatives?.length ? ` (${sourcesOf(deal, date.evidence)})` : ""}`);
    for (const alt of date.alternatives ?? []) lines.push(`  - sources disagree: ${alt.value} (${sourcesOf(deal, alt.evidence)}) ${mdProvenance({ source: "record", evidence: alt.evidence })}`);
  }
  lines.push("", "## Ceasefire");
  lines.push(deal.ceasefire.days ? `- ${deal.ceasefire.days.value} days — ${mdProvenance(deal.ceasefire.days)}` : "- length not stated");
  for (const alt of deal.ceasefire.days?.alternatives ?? []) lines.push(`  - other reports: ${alt.value} days`);
  if (deal.ceasefire.permanent) lines.push(`- permanent — ${mdProvenance(deal.ceasefire.permanent)}`);
  if (deal.phases.length || deal.phaseCount) {
    lines.push("", `## Phases${deal.phaseCount ? ` (${deal.phaseCount.value}) — ${mdProvenance(deal.phaseCount)}` : ""}`);
    for (const p of deal.phases) lines.push(...phaseLines(p));
  }
  const loose = [...releaseLines(deal.releases), ...deal.exchanges.map(exchangeLine), ...deal.ceasefire.extensions.map(extensionLine), ...deal.withdrawals.map(withdrawalLine), ...deal.aid.map(aidLine), ...deal.conditions.map(noteLine("condition"))];
  if (loose.length) lines.push("", deal.phases.length ? "## Terms tied to no phase" : "## Terms", ...loose);
  lines.push("", "## Reports");
  for (const r of deal.reports) lines.push(`- ${mdText(r.outlet ?? "unknown outlet")}, ${r.date ?? "undated"}: ${r.documentId}:${r.start}–${r.end}${r.reference ? " (mentions it)" : ""}`);
  return lines.join("\n") + "\n";
}
