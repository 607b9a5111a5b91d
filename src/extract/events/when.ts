import { dayOf, mayContainDate, parseIsoDate } from "../dates/index.js";
import type { Clause } from "./clauses.js";
import type { SentenceView, TokenRange } from "./sentence.js";

export interface EventTime {
  date: string | null;
  /** the date lies after the document date ("tomorrow", "next week") */
  ahead: boolean;
}

/** A date right after "since", "until", "before"... marks the edge of a span, not the day of the event. */
function isSpanEdge(view: SentenceView, firstToken: number): boolean {
  const blockers = view.lex.participants.dateBlockers;
  for (let i = firstToken - 1; i >= Math.max(view.first, firstToken - 2); i--) {
    if (blockers.has(view.lower(i))) return true;
    if (view.lower(i) !== "on" && view.lower(i) !== "the") return false;
  }
  return false;
}

/** Tokens between a verb of saying and its date ("said on Tuesday", "told reporters Wednesday"). */
const SAID_REACH = 3;

/** Is the date at token `first` the date of a statement ("Blinken said Tuesday")? */
function datesStatement(view: SentenceView, first: number): boolean {
  const speech = view.lex.participants.speechVerbWords;
  for (let i = Math.max(view.first, first - SAID_REACH); i < first; i++) if (speech.has(view.lower(i))) return true;
  return false;
}

/** A cheap test before the date parse: a date word in the clause, or a verb of saying with one in the sentence. */
function mightBeDated(view: SentenceView, clause: Clause): boolean {
  if (mayContainDate(view.doc.text.slice(view.doc.tokens[clause.first]!.start, view.doc.tokens[clause.end - 1]!.end))) return true;
  const speech = view.lex.participants.speechVerbWords;
  for (let i = view.first; i < view.end; i++) if (speech.has(view.lower(i))) return mayContainDate(view.doc.slice(view.doc.sentences[view.index]!));
  return false;
}

/**
 * The day of an event: the date expression nearest its trigger in its clause, else the date of the
 * statement that reports it ("Blinken said Tuesday that the talks had reached a final stage"). Dates
 * in other clauses belong to other events ("... but enough to start trading on July 1"). When the
 * expression names a week, month or year ("last week"), the day is unknown: null. Future events read
 * "Tuesday" as the next Tuesday, others as the last one.
 */
export function timeOf(view: SentenceView, trigger: TokenRange, clause: Clause, future: boolean): EventTime {
  if (!mightBeDated(view, clause)) return { date: null, ahead: false };
  const candidates = view.dates
    .map((d) => ({ d, first: view.doc.tokenAt(d.start) }))
    .filter(({ first }) => !isSpanEdge(view, first));
  const inClause = candidates.filter(({ first }) => first >= clause.first && first < clause.end);
  const pool = inClause.length > 0 ? inClause : candidates.filter(({ first }) => datesStatement(view, first));
  if (pool.length === 0) return { date: null, ahead: false };
  const distance = (first: number) => (first >= trigger.end ? first - trigger.end : trigger.first - first);
  const nearest = pool.reduce((a, b) => (distance(b.first) < distance(a.first) ? b : a));
  const date = dayOf(nearest.d, future ? "future" : "past");
  const reference = parseIsoDate(view.doc.source.date);
  const past = parseIsoDate(nearest.d.past);
  return { date, ahead: !!reference && !!past && past > reference };
}
