import { basename } from "node:path";
import { looseKey } from "../../ingest/normalise.js";
import { analyseRecords, type Analysis, type AnalysisActor } from "../../analysis/index.js";
import { countsLine, isCountedActor } from "../../analysis/counts.js";
import type { DocumentRecord, ParleyRecord, QuoteRecord } from "../../record/schema.js";

/**
 * The summary `parley demo` prints: what was read, who appears (with roles and the side they speak
 * for), and who said what. Counts and actors are the analysis' own (src/analysis/counts.ts): the
 * same numbers the report and the dashboard print, with what each counts said in the line.
 */
export function demoSummary(records: ParleyRecord[], analysis: Analysis = analyseRecords(records)): string {
  const lines = [
    "# Parley demo",
    "",
    countsLine(analysis.counts),
    "",
    "## Documents",
    ...sortedDocuments(records).map((d) => `- ${documentLabel(d)} (${d.id})`),
    ...actorSection(analysis.actors),
    ...quoteSection(records, speakerNames(analysis)),
  ];
  return lines.join("\n");
}

const UNATTRIBUTED = "Unattributed";

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

const byDateThenTitle = (a: DocumentRecord, b: DocumentRecord) =>
  (a.date ?? "9999").localeCompare(b.date ?? "9999") || (a.title ?? "").localeCompare(b.title ?? "");

function sortedDocuments(records: ParleyRecord[]): DocumentRecord[] {
  return records.map((r) => r.document).sort(byDateThenTitle);
}

function documentLabel(d: DocumentRecord): string {
  return [d.date ?? "undated", d.outlet ?? "unknown outlet", d.title ?? (d.path ? basename(d.path) : d.id)].join(" · ");
}

/** Lists a value once: "NLF's commander" and "NLF’s Commander" count as the same. */
function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(looseKey(value)) && seen.add(looseKey(value)));
}

/** The resolved actor's name for each record actor (document id + actor id). */
function speakerNames(analysis: Analysis): Map<string, string> {
  const names = new Map<string, string>();
  for (const actor of analysis.actors) for (const m of actor.members) names.set(`${m.documentId}\u0000${m.actorId}`, actor.name);
  return names;
}

function actorSection(actors: AnalysisActor[]): string[] {
  const places = actors.filter((a) => a.type === "place").map((a) => a.name).sort();
  const counted = actors.filter(isCountedActor)
    .sort((a, b) => b.documentCount - a.documentCount || a.name.localeCompare(b.name));
  if (!counted.length && !places.length) return [];
  const lines = ["", "## Actors"];
  for (const a of counted) {
    const roles = distinct(a.roles.map((r) => r.role));
    // An organisation "speaking for" itself says nothing about sides.
    const side = a.affiliation === a.name ? null : a.affiliation;
    const details = [
      roles.length ? `roles: ${roles.join("; ")}` : "",
      side ? `side: ${side}` : "",
      plural(a.documentCount, "document"),
    ].filter(Boolean);
    lines.push(`- **${a.name}** (${a.type}) — ${details.join(" — ")}`);
  }
  if (places.length) lines.push(`- Places: ${places.join(", ")}`);
  return lines;
}

interface AttributedQuote {
  quote: QuoteRecord;
  document: DocumentRecord;
}

function quotesBySpeaker(records: ParleyRecord[], names: Map<string, string>): Map<string, AttributedQuote[]> {
  const groups = new Map<string, AttributedQuote[]>();
  for (const record of records) {
    for (const quote of record.quotes) {
      const speaker = record.actors.find((a) => a.id === quote.speaker);
      const name = speaker ? names.get(`${record.document.id}\u0000${speaker.id}`) ?? speaker.name : UNATTRIBUTED;
      groups.set(name, [...(groups.get(name) ?? []), { quote, document: record.document }]);
    }
  }
  return groups;
}

/** Every quote as each report printed it, reprints included: the count above counts a reprinted one once. */
function quoteSection(records: ParleyRecord[], names: Map<string, string>): string[] {
  const groups = [...quotesBySpeaker(records, names)].sort(([nameA, a], [nameB, b]) =>
    Number(nameA === UNATTRIBUTED) - Number(nameB === UNATTRIBUTED) || b.length - a.length || nameA.localeCompare(nameB));
  if (!groups.length) return [];
  const lines = ["", "## Quotes by speaker"];
  for (const [speaker, quotes] of groups) {
    lines.push("", `### ${speaker} (${quotes.length})`);
    for (const { quote, document } of quotes) {
      const where = `${document.date ?? "undated"}, ${document.outlet ?? "unknown outlet"}`;
      lines.push(`- “${quote.text}”${quote.fragment ? " (fragment)" : ""} — ${where}`);
    }
  }
  return lines;
}
