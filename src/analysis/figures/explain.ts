import type { Identified } from "./series.js";

const quote = (forms: string[]) => forms.map((f) => `'${f}'`).join(", ");
const words = (measure: string) => measure.replace(/_/g, " ");

/** "grouped because ...": the reasons a series holds its figures together, one sentence each. */
export function explainSeries(members: Identified[], joins: Map<Identified, string>): string[] {
  const reasons: string[] = [];
  const first = (members.find((m) => m.identity.place) ?? members[0]!).identity;
  const measures = [...new Set(members.map((m) => m.figure.primary.item.measure))];
  if (measures.length > 1) {
    reasons.push(`grouped because ${quote(measures.map(words))} count the same people (${words(first.quantity)})`);
  }
  const event = first.scope === "incident" ? members.find((m) => m.event)?.event : undefined;
  const joined = members.filter((m) => joins.has(m));
  if (joined.length) {
    const forms = [...new Set(joined.map((m) => m.figure.primary.item.context ?? "no context"))];
    reasons.push(`figures naming no place (${quote(forms)}) count the one place this quantity is reported for: ${joins.get(joined[0]!)}`);
  }
  if (event) {
    const forms = [...new Set(members.flatMap((m) => (m.identity.event && !m.identity.eventFromLead ? [m.identity.event.text] : [])))];
    const how = event.reasons.length ? ` (${event.reasons.join("; ")})` : "";
    reasons.push(forms.length > 1
      ? `grouped because ${quote(forms)} are one event: ${event.label}${how}`
      : `grouped because the figures belong to one event: ${event.label}${how}`);
    const fromLead = [...new Set(members.filter((m) => m.identity.eventFromLead).map((m) => m.identity.event!.text))];
    const byPlace = [...new Set(members.filter((m) => !m.identity.event).map((m) => m.identity.place!))];
    if (byPlace.length) reasons.push(`figures naming only a place (${quote(byPlace)}) count the one incident known there`);
    if (fromLead.length) reasons.push(`figures naming no incident of their own count the one their report leads with (${quote(fromLead)})`);
  } else if (first.place) {
    reasons.push(`grouped because the figures are about one place: ${first.place}`);
  }
  if (first.scope === "cumulative") reasons.push("running totals over the whole conflict ('since ...'), kept apart from any one incident's toll");
  if (first.population) reasons.push(`counting ${first.population} only, apart from counts of everyone`);
  if (first.part) {
    const cues = [...new Set(members.map((m) => m.identity.part!.cue))];
    reasons.push(`parts of a larger total (${quote(cues)}), kept off the total's line`);
  }
  const contexts = [...new Set(members.flatMap((m) => (m.figure.primary.item.context ? [m.figure.primary.item.context] : [])))];
  if (!event && contexts.length > 1) reasons.push(`grouped because the contexts ${quote(contexts)} word one thing alike`);
  return reasons;
}
