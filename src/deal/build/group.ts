import { daysBetween } from "../text/dates.js";
import { vocabulary } from "../vocabulary.js";
import { compatibleParties, type Report } from "./reports.js";

/** Reports of one deal: the first states it; references only name it. */
export interface ReportGroup {
  reports: Report[];
  references: Report[];
}

/** The date a report stands for: the event's own date, else the publication date. */
export const reportDate = (r: Report): string | null => r.date?.value ?? r.record.document.date;

const firstValue = (r: Report, kind: "ceasefireDays" | "phaseCount") => r.terms.find((t) => t.kind === kind)?.value;

/** Neither report states a different ceasefire length or number of phases. */
function compatibleTerms(a: Report, b: Report): boolean {
  return (["ceasefireDays", "phaseCount"] as const).every((kind) => {
    const x = firstValue(a, kind);
    const y = firstValue(b, kind);
    return x === undefined || y === undefined || x === y;
  });
}

/**
 * Whether report `r` is one more account of the deal `group` started: same kind, compatible parties and
 * terms, and the same day (a proposal: its own date, or none and a later publication), or for an
 * agreement a day within the window (agreed in principle, then signed).
 */
function sameDeal(group: ReportGroup, r: Report): boolean {
  const first = group.reports[0]!;
  if (first.kind !== r.kind || !compatibleParties(first.proposers, r.proposers) || !group.reports.every((g) => compatibleTerms(g, r))) return false;
  const a = reportDate(first);
  const b = reportDate(r);
  if (!a || !b) return a === b;
  if (r.kind === "agreement") return Math.abs(daysBetween(a, b)) <= vocabulary().agreementWindowDays;
  if (r.date && first.date) return r.date.value === first.date.value;
  return !r.date && b >= a && first.proposers.length > 0 && r.proposers.length > 0;
}

const byDate = (a: Report, b: Report) => (reportDate(a) ?? "9999").localeCompare(reportDate(b) ?? "9999");

/** Reports grouped into deals, in date order; a reference joins the latest fitting deal before it, or nothing. */
export function groupReports(reports: readonly Report[]): ReportGroup[] {
  const groups: ReportGroup[] = [];
  for (const r of reports.filter((x) => !x.reference).sort(byDate)) {
    const group = groups.filter((g) => sameDeal(g, r)).pop();
    if (group) group.reports.push(r);
    else groups.push({ reports: [r], references: [] });
  }
  for (const ref of reports.filter((x) => x.reference)) {
    const published = ref.record.document.date;
    const fitting = groups.filter((g) => g.reports[0]!.kind === ref.kind && g.reports.every((r) => compatibleTerms(r, ref))
      && compatibleParties(g.reports[0]!.proposers, ref.proposers) && published !== null && (reportDate(g.reports[0]!) ?? "9999") <= published);
    fitting.sort((a, b) => byDate(a.reports[0]!, b.reports[0]!));
    fitting.pop()?.references.push(ref);
  }
  return groups;
}
