import type { DocumentReport } from "../store/store.js";
import { collapseCopies } from "./dedupe/copies.js";
import type { DuplicateIndex } from "./dedupe/duplicates.js";
import type { Corpus } from "./corpus.js";
import { foldText } from "./text.js";
import type { AnalysisActor, Counts } from "./types.js";

/**
 * The one definition of what Parley counts, said wherever a count is printed (the CLI summary, the
 * report, the dashboard's /api/summary), so that they never disagree.
 */
export const COUNT_DEFINITIONS: Counts["definitions"] = {
  documents: "reprints counted once, every outlet kept as a source",
  actors: "resolved across documents",
  quotes: "direct quotes, a reprinted quote counted once, fragments aside",
};

/**
 * Places are context; unnamed sources ("a senior official") and collectives named by a common noun
 * ("the unions") are never merged across reports (two may be different people or bodies): none of
 * them is counted as a resolved actor. Unnamed ones are counted apart.
 */
export function isCountedActor(actor: Pick<AnalysisActor, "type">): boolean {
  return actor.type !== "place" && !isUnnamed(actor);
}

function isUnnamed(actor: Pick<AnalysisActor, "type">): boolean {
  return actor.type === "unnamed" || actor.type === "collective";
}

const quoteKey = (quote: { text: string }) => foldText(quote.text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * `copies` are the word-for-word reprints the store kept as reports of a stored document (same text, so
 * same id): each is one more report and its outlet one more source, never one more document.
 */
export function countCorpus(
  corpus: Corpus, index: DuplicateIndex, reprints: ReadonlyMap<string, string>, actors: readonly AnalysisActor[],
  copies: readonly DocumentReport[] = [],
): Counts {
  const analysed = new Set(corpus.records.map((r) => r.document.id));
  const copiesHere = copies.filter((copy) => analysed.has(copy.documentId));
  const outlets = new Set([...corpus.records.map((r) => r.document.outlet), ...copiesHere.map((copy) => copy.outlet)]
    .filter((o): o is string => o !== null));
  const quotes = collapseCopies(corpus.items((r) => r.quotes.filter((q) => !q.fragment)), index, quoteKey)
    .filter(({ primary }) => !reprintedQuote(corpus, reprints, primary.documentId, quoteKey(primary.item)));
  return {
    documents: corpus.records.filter((r) => !reprints.has(r.document.id)).length,
    reports: corpus.records.length + copiesHere.length,
    outlets: outlets.size,
    actors: actors.filter(isCountedActor).length,
    // "a senior official", "the unions" are never merged: the one of a reprint is its original's, not one more
    unnamed: actors.filter((a) => isUnnamed(a) && a.members.some((m) => !reprints.has(m.documentId))).length,
    quotes: quotes.length,
    definitions: COUNT_DEFINITIONS,
  };
}

/**
 * A quote of a reprint that its original also prints (short paragraphs are never compared as copies,
 * so "Nobody expects miracles," he said. is found here rather than by the duplicate index).
 */
function reprintedQuote(corpus: Corpus, reprints: ReadonlyMap<string, string>, documentId: string, key: string): boolean {
  const original = reprints.get(documentId);
  return original !== undefined && corpus.record(original).quotes.some((q) => !q.fragment && quoteKey(q) === key);
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "12 documents (reprints counted once, ...; 14 reports from 6 outlets), 37 actors (resolved across documents), ..." */
export function countsLine(counts: Counts): string {
  const reports = `${plural(counts.reports, "report")} from ${plural(counts.outlets, "outlet")}`;
  return [
    `${plural(counts.documents, "document")} (${counts.definitions.documents}; ${reports})`,
    `${plural(counts.actors, "actor")} (${counts.definitions.actors}${counts.unnamed ? `; ${counts.unnamed} unnamed sources and collectives apart` : ""})`,
    `${plural(counts.quotes, "quote")} (${counts.definitions.quotes})`,
  ].join(", ") + ".";
}
