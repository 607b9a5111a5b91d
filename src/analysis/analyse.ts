import type { ParleyRecord } from "../record/schema.js";
import type { ActorEdit, DocumentReport } from "../store/store.js";
import { resolveActors, type ActorResolution } from "./actors/index.js";
import { loadAnalysisConfig, type AnalysisConfig } from "./config.js";
import { Corpus } from "./corpus.js";
import { countCorpus } from "./counts.js";
import { collapseCopies } from "./dedupe/copies.js";
import { findDuplicates } from "./dedupe/duplicates.js";
import { findConflicts } from "./figures/conflicts.js";
import { figureCopyKey } from "./figures/reports.js";
import { buildSeries } from "./figures/series.js";
import { buildMomentum } from "./momentum.js";
import { buildPositions, positionCopyKey } from "./positions.js";
import { findReprints } from "./reprints.js";
import { sidesOf } from "./sides.js";
import { buildTimeline, eventCopyKey } from "./timeline.js";
import type { Analysis, AnalysisOptions } from "./types.js";

export interface AnalyseInput extends AnalysisOptions {
  /** analysts' edits, oldest first */
  edits?: ActorEdit[];
  /** word-for-word reprints the store kept as more reports of a stored document */
  copies?: DocumentReport[];
  config?: AnalysisConfig;
}

/** "2025-02-30" matches the pattern but is not a day of the calendar. */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** since/until must be calendar dates; the message names the option, for a one-line error. */
function checkDates({ since, until }: AnalysisOptions): void {
  for (const [option, value] of [["since", since], ["until", until]] as const) {
    const valid = value === undefined || isCalendarDate(value);
    if (!valid) throw new Error(`--${option} ${value}: not a date (YYYY-MM-DD)`);
  }
}

/** Documents published within [since, until]; with either bound set, undated documents are left out. */
export function withinDates(records: ParleyRecord[], { since, until }: AnalysisOptions): ParleyRecord[] {
  checkDates({ since, until });
  if (!since && !until) return records;
  return records.filter(({ document: { date } }) =>
    date !== null && (!since || date >= since) && (!until || date <= until));
}

/**
 * The analysis of stored records, a pure function. Actors are resolved over all records (so a bare
 * surname is judged against every full name in the store); everything else covers the documents
 * within the dates.
 */
export function analyseRecords(records: ParleyRecord[], input: AnalyseInput = {}): Analysis {
  const config = input.config ?? loadAnalysisConfig();
  const corpus = new Corpus(withinDates(records, input));
  const analysed = new Set(corpus.records.map((r) => r.document.id));
  const resolution: ActorResolution = resolveActors(new Corpus(records), analysed, input.edits ?? [], config.actors);
  const sides = sidesOf(resolution);
  // every analysis reads one placement: the side each person or office speaks for, or none
  for (const actor of resolution.actors) actor.party = sides.unplaced(actor.id) ? null : sides.side(actor.id);
  const index = findDuplicates(corpus, config.duplicates);
  const figures = collapseCopies(corpus.items((r) => r.figures), index, figureCopyKey);
  const events = collapseCopies(corpus.items((r) => r.events), index, eventCopyKey);
  const positions = collapseCopies(corpus.items((r) => r.positions), index, positionCopyKey);
  const reprints = findReprints(corpus, index, { ...config.counts, minWords: config.duplicates.minWords });
  const series = buildSeries(corpus, figures, config.figures, config.identity);
  return {
    since: input.since ?? null,
    until: input.until ?? null,
    counts: countCorpus(corpus, index, reprints, resolution.actors, input.copies),
    documents: corpus.entries().map((d) => ({ ...d, reprintOf: reprints.get(d.id) ?? null })),
    actors: resolution.actors,
    series,
    conflicts: findConflicts(series, config.figures),
    timeline: buildTimeline(corpus, events, resolution),
    positions: buildPositions(corpus, positions, resolution, config.positions),
    momentum: buildMomentum(corpus, events, resolution, config.momentum, sides),
    duplicates: index.duplicates,
  };
}
