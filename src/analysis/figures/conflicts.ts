import type { AnalysisConfig } from "../config.js";
import { addDays } from "../dates.js";
import { nameKey } from "../text.js";
import type { Conflict, FigureReport, Series } from "../types.js";

type Settings = Pick<AnalysisConfig["figures"], "conflictWindowDays" | "maxRatio" | "settledAfterDays">;

/** Who vouches for a figure: its attributed source, else the outlet that states it. */
function sourceIdentity(p: FigureReport): string {
  return p.source !== null ? `source:${nameKey(p.source)}` : `outlet:${nameKey(p.outlet ?? p.documentId)}`;
}

function representative(p: FigureReport): number | null {
  if (p.value !== null) return p.value;
  return p.low !== null && p.high !== null ? (p.low + p.high) / 2 : null;
}

/** A vague amount ("dozens", "between 30 and 50") does not contradict a number inside it. */
function withinRange(range: FigureReport, p: FigureReport): boolean {
  if (range.value !== null || range.low === null || range.high === null) return false;
  const x = representative(p);
  return x !== null && range.low <= x && x <= range.high;
}

/** Different numbers from different sources, close enough in size to be counts of the same thing. */
function disagree(a: FigureReport, b: FigureReport, maxRatio: number): boolean {
  if (a.value === b.value && a.low === b.low && a.high === b.high) return false;
  if (sourceIdentity(a) === sourceIdentity(b)) return false;
  if (withinRange(a, b) || withinRange(b, a)) return false;
  const [x, y] = [representative(a)!, representative(b)!];
  const [small, large] = x < y ? [x, y] : [y, x];
  return small > 0 && large / small <= maxRatio;
}

/**
 * Within each series, windows of figures whose asOf lies within conflictWindowDays of the window's
 * first figure, and the settled tolls of a past incident; the figures of a window that some other
 * source contradicts are listed side by side.
 */
export function findConflicts(series: Series[], settings: Settings): Conflict[] {
  const conflicts: Conflict[] = [];
  const add = (s: Series, window: FigureReport[]) => {
    const values = window.filter((p) => window.some((q) => disagree(p, q, settings.maxRatio)));
    if (values.length < 2) return;
    const from = values[0]!.asOf!;
    conflicts.push({
      id: `${s.id}@${from}`, measure: s.measure, context: s.context, from, to: values.at(-1)!.asOf!, values,
      series: s.id, grouping: s.grouping,
    });
  };
  for (const s of series) {
    const points = s.points.filter((p) => p.asOf !== null && representative(p) !== null);
    const settledFrom = s.eventDate ? addDays(s.eventDate, settings.settledAfterDays) : null;
    const fresh = points.filter((p) => settledFrom === null || p.asOf! <= settledFrom);
    for (let i = 0; i < fresh.length;) {
      const last = addDays(fresh[i]!.asOf!, settings.conflictWindowDays);
      let j = i;
      while (j < fresh.length && fresh[j]!.asOf! <= last) j++;
      add(s, fresh.slice(i, j));
      i = j;
    }
    // a settled toll is each source's latest word on it: a source's own update is a step, not a conflict
    const settled = points.filter((p) => !fresh.includes(p));
    add(s, settled.filter((p) => !settled.some((q) => q.asOf! > p.asOf! && sourceIdentity(q) === sourceIdentity(p))));
  }
  return conflicts;
}
