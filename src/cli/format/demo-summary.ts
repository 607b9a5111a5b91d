import { basename } from "node:path";
import { looseKey } from "../../ingest/normalise.js";
import type { ActorRecord, DocumentRecord, ParleyRecord, QuoteRecord } from "../../record/schema.js";

/**
 * The summary `parley demo` prints: what was read, who appears (with roles and the side they speak
 * for), and who said what. Actors are merged across documents only when type and name match exactly:
 * a surname alone could be someone else, and a wrong merge is worse than a duplicate line.
 */
export function demoSummary(records: ParleyRecord[]): string {
  const actors = mergeActors(records);
  const people = actors.filter((a) => a.type !== "place");
  const quoteCount = records.reduce((n, r) => n + r.quotes.length, 0);
  const lines = [
    "# Parley demo",
    "",
    `${plural(records.length, "document")}, ${plural(people.length, "actor")}, ${plural(quoteCount, "quote")}.`,
    "",
    "## Documents",
    ...sortedDocuments(records).map((d) => `- ${documentLabel(d)} (${d.id})`),
    ...actorSection(actors),
    ...quoteSection(records),
  ];
  return lines.join("\n");
}

interface MergedActor {
  name: string;
  type: ActorRecord["type"];
  roles: string[];
  sides: string[];
  documents: number;
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

/** Adds values not yet listed; "NLF's commander" and "NLF’s Commander" count as the same. */
function addNew(list: string[], values: Array<string | null>): void {
  const listed = new Set(list.map(looseKey));
  for (const value of values) {
    if (!value || listed.has(looseKey(value))) continue;
    list.push(value);
    listed.add(looseKey(value));
  }
}

function actorKey(actor: Pick<ActorRecord, "type" | "name">): string {
  return `${actor.type}\u0000${actor.name}`;
}

function mergeActors(records: ParleyRecord[]): MergedActor[] {
  const merged = new Map<string, MergedActor>();
  for (const record of records) {
    const seenInDocument = new Set<string>();
    for (const actor of record.actors) {
      const key = actorKey(actor);
      const entry = merged.get(key) ?? { name: actor.name, type: actor.type, roles: [], sides: [], documents: 0 };
      addNew(entry.roles, actor.roles);
      // An organisation "speaking for" itself says nothing about sides.
      addNew(entry.sides, [actor.affiliation === actor.name ? null : actor.affiliation]);
      if (!seenInDocument.has(key)) entry.documents++;
      seenInDocument.add(key);
      merged.set(key, entry);
    }
  }
  return [...merged.values()].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
}

function actorSection(actors: MergedActor[]): string[] {
  const places = actors.filter((a) => a.type === "place").map((a) => a.name).sort();
  const others = actors.filter((a) => a.type !== "place");
  if (!others.length && !places.length) return [];
  const lines = ["", "## Actors"];
  for (const a of others) {
    const details = [
      a.roles.length ? `roles: ${a.roles.join("; ")}` : "",
      a.sides.length ? `side: ${a.sides.join(", ")}` : "",
      plural(a.documents, "document"),
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

function quotesBySpeaker(records: ParleyRecord[]): Map<string, AttributedQuote[]> {
  const groups = new Map<string, AttributedQuote[]>();
  for (const record of records) {
    for (const quote of record.quotes) {
      const speaker = record.actors.find((a) => a.id === quote.speaker);
      const name = speaker ? speaker.name : UNATTRIBUTED;
      groups.set(name, [...(groups.get(name) ?? []), { quote, document: record.document }]);
    }
  }
  return groups;
}

function quoteSection(records: ParleyRecord[]): string[] {
  const groups = [...quotesBySpeaker(records)].sort(([nameA, a], [nameB, b]) =>
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
