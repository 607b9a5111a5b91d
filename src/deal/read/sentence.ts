import type { ParleyRecord } from "../../record/schema.js";
import type { PartyDirectory } from "../parties.js";
import type { Sentence } from "../text/document.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import { readAid } from "./aid.js";
import { clausesOf, clauseText, negatedAt, type Clause } from "./clauses.js";
import { spanOf, type ClauseContext } from "./clause-context.js";
import type { TermDraft } from "./drafts.js";
import { ceasefireDuration, durations } from "./durations.js";
import { effectiveDay } from "./effective.js";
import { readExchange } from "./exchange.js";
import { readExtension } from "./extension.js";
import { readMediators } from "./mediators.js";
import { phaseOfDuration, phasesIn, type PhaseMention } from "./phases.js";
import { readReleases } from "./releases.js";
import { readWithdrawal } from "./withdrawals.js";

export interface ReadContext {
  record: ParleyRecord;
  directory: PartyDirectory;
}

/** The phase a passage is talking about, carried from clause to clause and sentence to sentence within a paragraph. */
export interface PhaseState {
  phase: number | null;
}

/** The phase a condition is for: "to move from phase one to phase two" and "to get to phase two" are conditions of phase one. */
function conditionPhase(words: readonly Word[], named: readonly PhaseMention[], current: number | null): number | null {
  if (named.length >= 2) return named[0]!.number;
  const only = named[0];
  if (!only) return current;
  const cue = vocabulary().nextPhaseCues.scan(words, Math.max(0, only.from - 3), only.from)[0];
  return cue && only.number > 1 ? only.number - 1 : only.number;
}

/** Terms of one clause; `phase` is the phase its terms belong to. */
function readClause(ctx: ReadContext, cc: ClauseContext, named: PhaseMention[], counts: ReturnType<typeof phasesIn>["counts"], phase: number | null, current: number | null): TermDraft[] {
  const v = vocabulary();
  const { words, clause } = cc;
  const out: TermDraft[] = [];
  const lengths = new Set<number>();
  for (const d of durations(words, clause.from, clause.to)) {
    const m = phaseOfDuration(words, d, named);
    if (m) {
      out.push({ kind: "phaseDays", value: d.days, phase: m.number, span: spanOf(words, Math.min(d.from, m.from), Math.max(d.to, m.to)) });
      lengths.add(d.from);
    }
  }
  const extension = readExtension(cc, durations(words, clause.from, clause.to).filter((d) => !lengths.has(d.from)));
  if (extension) out.push({ kind: "extension", value: extension.value, phase: null, span: extension.span });
  const free = durations(words, clause.from, clause.to).filter((d) => !lengths.has(d.from) && d.from !== extension?.duration.from);
  const ceasefire = ceasefireDuration(words, free, clause.from, clause.to);
  if (ceasefire) out.push({ kind: "ceasefireDays", value: ceasefire.days, phase: null, span: spanOf(words, ceasefire.from, ceasefire.to) });
  for (const c of counts) out.push({ kind: "phaseCount", value: c.count, phase: null, span: spanOf(words, c.from, c.to) });
  for (const p of v.permanent.scan(words, clause.from, clause.to)) {
    if (!negatedAt(words, clause, p.from)) out.push({ kind: "permanent", value: true, phase: null, span: spanOf(words, p.from, p.to) });
  }
  // "one day for every 10 hostages released" sets the price of an extension: no release is due
  const releases = extension?.value.per ? [] : readReleases(cc);
  for (const r of releases) out.push({ kind: "release", value: r.value, phase, span: r.span });
  const sideOf = (category: string) => {
    const found = releases.find((r) => r.value.category === category)?.value;
    return { by: found?.by ?? null, ...(found?.counterpartOf ? { counterpartOf: found.counterpartOf } : {}) };
  };
  const exchange = extension?.value.per ? undefined : readExchange(cc, sideOf);
  if (exchange) out.push({ kind: "exchange", ...exchange, phase });
  const withdrawal = readWithdrawal(cc);
  if (withdrawal) out.push({ kind: "withdrawal", ...withdrawal, phase });
  const aid = readAid(cc);
  if (aid) out.push({ kind: "aid", ...aid, phase });
  const typed = out.some((t) => t.kind !== "ceasefireDays" && t.kind !== "phaseCount" && t.kind !== "permanent");
  // an extension's "for every 10 hostages" or "if" is its own price, not a condition of the phase
  const span = spanOf(words, clause.from, clause.to);
  const text = clauseText(cc.text, words, clause);
  if (v.conditionCues.has(words, clause.from, clause.to) && !extension) out.push({ kind: "condition", value: text, phase: conditionPhase(words, named, current), span });
  else if (named.length && !typed) out.push({ kind: "provision", value: text, phase: named[0]!.number, span });
  out.push(...effectiveDate(ctx, words, clause, cc.text));
  return out;
}

/** "It takes effect at midnight on Friday": the day, relative to the publication date. */
function effectiveDate(ctx: ReadContext, words: readonly Word[], clause: Clause, text: string): TermDraft[] {
  const published = ctx.record.document.date;
  const found = published ? effectiveDay(text, words, clause.from, clause.to, published) : undefined;
  return found ? [{ kind: "effective", value: found.date, phase: null, span: found.span }] : [];
}

/** Every term a sentence states in words [from, until); updates the phase the passage is talking about. */
export function readSentence(ctx: ReadContext, sentence: Sentence, from: number, state: PhaseState, until = sentence.words.length): TermDraft[] {
  const { words } = sentence;
  const text = ctx.record.document.text;
  const all = ctx.directory.mentions(ctx.record, sentence);
  // "the Kestrian mediators" name who mediates, never who releases or pulls back
  const mediatorNames = vocabulary().mediatorCues.scan(words).filter((c) => c.value.reach === 0);
  const mentions = all.filter((m) => !mediatorNames.some((c) => c.from >= m.from && c.from <= m.to));
  const whole = phasesIn(words, from, until, state.phase !== null);
  const inPhaseTalk = state.phase !== null || whole.mentions.length > 0 || whole.counts.length > 0;
  const out: TermDraft[] = [];
  for (const clause of clausesOf(words, from, until)) {
    const { mentions: named, counts } = phasesIn(words, clause.from, clause.to, inPhaseTalk);
    const phase = named[0]?.number ?? state.phase;
    const cc = { text, words, mentions, clause };
    out.push(...readClause(ctx, cc, named, counts, phase, state.phase));
    for (const m of readMediators(words, all, clause)) out.push({ kind: "mediator", ...m, phase: null });
    state.phase = named[named.length - 1]?.number ?? state.phase;
  }
  return out;
}
