import { mdTable, mdText } from "../../report/markdown/text.js";
import type { DueItem, Ledger, Observation } from "../ledger/types.js";
import { mdEvidenceRef } from "./evidence.js";

const window = (from: string | null, to: string | null) => (from ? `${from} – ${to ?? "?"}` : "not known");

function progress(item: DueItem, ledger: Ledger): string {
  const seen = item.observations.map((id) => ledger.observations.find((o) => o.id === id)!);
  const parts: string[] = [];
  if (item.delivered !== null) parts.push(item.count !== null ? `${item.delivered} of ${item.count} released` : `${item.delivered} released`);
  const refs = (kind: Observation["kind"], label: string) => {
    const list = seen.filter((o) => o.kind === kind);
    if (list.length) parts.push(`${label} ${list.map((o) => `${o.date} (${o.id})`).join(", ")}`);
  };
  refs("release", "released");
  refs("withdrawal", "withdrawn");
  refs("aid", "aid");
  refs("violation", "violation");
  refs("delay", "delayed");
  refs("held", "holding");
  refs("deadline", "deadline restated");
  return parts.join("; ") || "nothing reported";
}

function observationRow(o: Observation): string[] {
  const due = o.dueDate ? ` (due ${o.dueDate})` : "";
  const dated = o.dateSource === "event" || o.dateSource === "text" ? o.date : `${o.date} (${o.dateSource})`;
  return [o.id, dated, String(o.day), o.phase === null ? "—" : String(o.phase), o.kind, mdText(o.summary) + due, o.evidence.map(mdEvidenceRef).join("<br>")];
}

/** The ledger for people: the schedule with each item's status, then what happened, day by day, with evidence. */
export function ledgerMarkdown(ledger: Ledger): string {
  const { effective, ceasefire } = ledger;
  const lines = [
    `# Implementation ledger: ${mdText(ledger.deal.title)}`, "",
    `- deal: ${ledger.deal.id} (${ledger.deal.status})`,
    `- in force from ${effective.date}${effective.source !== "record" ? ` (${effective.source})` : ""}${effective.evidence[0] ? ` — ${mdEvidenceRef(effective.evidence[0])}` : ""}`,
    ...effective.alternatives.map((a) => `  - another report gives ${a.date}: ${a.evidence.map(mdEvidenceRef).join("; ")}`),
    `- ceasefire: ${window(ceasefire.from, ceasefire.to)}${ceasefire.days ? ` (${ceasefire.days} days)` : ""}${ceasefire.permanent ? ", permanent" : ""}`,
    `- as of ${ledger.asOf ?? "no dated report"}: the latest publication read`,
    "", "## Phases", "",
    ...mdTable(["phase", "window", "days"], ledger.phases.map((p) => [String(p.number), window(p.from, p.to), p.days === null ? "not stated" : `${p.days}${p.daysSource === "default" ? " (default: the ceasefire days left, shared equally)" : ""}`])),
    "", "## Schedule", "",
    ...mdTable(["item", "phase", "due", "by", "what", "status", "what happened"], ledger.due.map((d) => [
      d.id, d.phase === null ? "—" : String(d.phase),
      `${window(d.dueFrom, d.dueBy)}${d.dueBySource === "text" ? " (deadline from a report)" : d.dueBySource === "deal" ? " (deadline in the deal)" : ""}`,
      mdText(d.by ?? "—"), mdText(d.what), `**${d.status}**`, mdText(progress(d, ledger)),
    ])),
    "", "## What happened", "",
  ];
  lines.push(...(ledger.observations.length
    ? mdTable(["id", "date", "day", "phase", "kind", "what", "evidence"], ledger.observations.map(observationRow))
    : ["_Nothing reported after the deal took effect._"]));
  const violations = ledger.observations.filter((o) => o.kind === "violation" && (o.accused.length || o.figures.length));
  if (violations.length) {
    lines.push("", "## Violations: accounts");
    for (const v of violations) {
      lines.push("", `### ${v.id}, ${v.date}${v.places.length ? `, ${mdText(v.places.join(", "))}` : ""}`);
      for (const a of v.accused) {
        const who = a.by && a.by !== a.party ? (a.alleged ? `${mdText(a.by)} accuses ${mdText(a.party)}` : `blames ${mdText(a.party)}, according to ${mdText(a.by)}`) : `blames ${mdText(a.party)}`;
        lines.push(`- ${who}: ${a.evidence.map(mdEvidenceRef).join("; ")}`);
      }
      for (const f of v.figures) lines.push(`- ${f.measure} ${f.value ?? "?"}${f.source ? ` (per ${mdText(f.source)})` : ""}: ${f.evidence.map(mdEvidenceRef).join("; ")}`);
    }
  }
  lines.push("", "## Evidence of the schedule");
  for (const d of ledger.due) for (const e of d.evidence) lines.push(`- ${d.id}: ${mdEvidenceRef(e)}`);
  return lines.join("\n") + "\n";
}
