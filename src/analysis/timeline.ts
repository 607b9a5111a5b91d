import type { EventRecord } from "../record/schema.js";
import type { ActorResolution } from "./actors/index.js";
import { pushTo } from "./collections.js";
import type { Corpus } from "./corpus.js";
import { compareDates, earliest } from "./dates.js";
import type { Collapsed } from "./dedupe/copies.js";
import { Partition } from "./partition.js";
import { nameKey } from "./text.js";
import type { TimelineEvent } from "./types.js";

interface Report {
  key: string;
  entry: Collapsed<EventRecord>;
  actors: Set<string>;
}

/** The key under which copies of one event in a duplicated paragraph are the same event. */
export function eventCopyKey(e: EventRecord): string {
  return `${e.type}|${e.modality === "negated"}`;
}

/**
 * Events merged across outlets: reports of the same type (and negation) whose resolved actors overlap
 * and that share a date, or a place without contradicting dates, are one event with all their sources.
 * Ordered by event date (the document date when the event has none), then document date.
 */
export function buildTimeline(corpus: Corpus, events: Array<Collapsed<EventRecord>>, resolution: ActorResolution): TimelineEvent[] {
  const reports = events.map((entry, i): Report => {
    const { documentId, item } = entry.primary;
    const actors = [...item.actors, ...item.recipients].map((a) => resolution.actorOf(documentId, a));
    return { key: String(i), entry, actors: new Set(actors.filter((a): a is string => a !== null)) };
  });
  const partition = new Partition();
  const dates = new Map<number, Set<string>>();
  for (const r of reports) {
    const g = partition.add(r.key);
    dates.set(g, new Set(r.entry.primary.item.date ? [r.entry.primary.item.date] : []));
  }
  for (const bucket of candidateBuckets(reports)) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) joinIfSame(bucket[i]!, bucket[j]!, partition, dates);
    }
  }
  const byKey = new Map(reports.map((r) => [r.key, r]));
  const merged = partition.entries().map(([, keys]) => toTimelineEvent(corpus, keys.map((k) => byKey.get(k)!), resolution));
  merged.sort((a, b) => compareDates(a.date ?? a.documentDate, b.date ?? b.documentDate)
    || compareDates(a.documentDate, b.documentDate) || corpus.compareDocuments(a.documentId, b.documentId) || a.start - b.start);
  return merged.map((e, i) => ({ ...e, id: `ev-${i + 1}` }));
}

/** Reports that could be one event: same type and negation, and the same date or the same place. */
function candidateBuckets(reports: Report[]): Report[][] {
  const buckets = new Map<string, Report[]>();
  for (const r of reports) {
    const e = r.entry.primary.item;
    if (!r.actors.size) continue;
    if (e.date) pushTo(buckets, `${eventCopyKey(e)}|date:${e.date}`, r);
    if (e.place) pushTo(buckets, `${eventCopyKey(e)}|place:${nameKey(e.place)}`, r);
  }
  return [...buckets.values()].filter((b) => b.length > 1);
}

function joinIfSame(a: Report, b: Report, partition: Partition, dates: Map<number, Set<string>>): void {
  if (![...a.actors].some((x) => b.actors.has(x))) return;
  const [ga, gb] = [partition.group(a.key)!, partition.group(b.key)!];
  if (ga === gb) return;
  const joined = new Set([...dates.get(ga)!, ...dates.get(gb)!]);
  if (joined.size > 1) return;
  dates.set(partition.join(a.key, b.key), joined);
}

function toTimelineEvent(corpus: Corpus, group: Report[], resolution: ActorResolution): TimelineEvent {
  const sorted = [...group].sort((a, b) =>
    corpus.compareDocuments(a.entry.primary.documentId, b.entry.primary.documentId) || a.entry.primary.item.start - b.entry.primary.item.start);
  const { documentId, item } = sorted[0]!.entry.primary;
  const items = sorted.map((r) => r.entry.primary);
  const resolved = (pick: (e: EventRecord) => string[]) => [...new Set(items.flatMap((l) =>
    pick(l.item).map((a) => resolution.actorOf(l.documentId, a)).filter((a): a is string => a !== null)))];
  const sources = sorted.flatMap((r) => [r.entry.primary, ...r.entry.copies])
    .map((l) => ({ ...corpus.sourceRef(l.documentId, l.item), eventId: l.item.id }));
  return {
    id: "", documentId, start: item.start, end: item.end, type: item.type, trigger: item.trigger,
    date: items.find((l) => l.item.date)?.item.date ?? null,
    documentDate: earliest(sources.map((s) => s.date)),
    place: items.find((l) => l.item.place)?.item.place ?? null,
    actors: resolved((e) => e.actors), recipients: resolved((e) => e.recipients),
    modality: item.modality, polarity: item.polarity, sources,
  };
}
