import type { EventRecord, ParleyRecord } from "../../record/schema.js";
import { evidenceOf, joinEvidence } from "../build/evidence.js";
import { sideName } from "../build/merge.js";
import type { PartyDirectory } from "../parties.js";
import { readAid } from "../read/aid.js";
import { effectiveDay } from "../read/effective.js";
import { withdrawalVerb } from "../read/withdrawals.js";
import { clausesOf } from "../read/clauses.js";
import { readSentence } from "../read/sentence.js";
import type { Deal } from "../schema.js";
import { dateIn, daysBetween, earliestYear } from "../text/dates.js";
import { documentText, type Sentence } from "../text/document.js";
import { nameKey } from "../text/slug.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import { accountsOf, killingIn } from "./incidents.js";
import type { LedgerPhase, LedgerRelease, Observation } from "./types.js";

export interface ObserveContext {
  deal: Deal;
  first: string;
  ceasefireEnd: string | null;
  phases: readonly LedgerPhase[];
  records: readonly ParleyRecord[];
  directory: PartyDirectory;
}

type Draft = Omit<Observation, "id" | "day" | "phase" | "matches">;

const partyKey = (p: { actorId: string | null; name: string }) => p.actorId ?? nameKey(p.name);

/** Negated within reach before `at`: "no serious violation". */
function negated(words: readonly Word[], at: number): boolean {
  const v = vocabulary();
  return v.ledgerNegators.has(words, Math.max(0, at - v.ledgerNegationReach), at);
}

/** A date written right after a due cue: "due on Friday", "due to be completed by May 24". */
function dueDateIn(text: string, sentence: Sentence, published: string): string | null {
  const cue = vocabulary().dueCues.scan(sentence.words)[0];
  if (!cue) return null;
  const from = sentence.words[cue.from]!.start;
  return dateIn(text.slice(from, sentence.end), published, true)?.date ?? null;
}

class RecordObserver {
  private readonly out: Draft[] = [];
  private context: string | null = null;
  private readonly text: string;
  private readonly published: string;

  /** the deal's parties, by name key: an account by one of them is a party's claim */
  private readonly partyNames: Set<string>;

  constructor(private readonly ctx: ObserveContext, private readonly record: ParleyRecord) {
    this.text = record.document.text;
    this.partyNames = new Set(ctx.deal.parties.map((p) => nameKey(p.name)));
    this.published = record.document.date!;
  }

  observations(): Draft[] {
    for (const sentence of documentText(this.record).sentences) this.sentence(sentence);
    return this.out;
  }

  private eventsIn(sentence: Sentence): EventRecord[] {
    return this.record.events.filter((e) => e.start >= sentence.start && e.start < sentence.end);
  }

  /** The event's own date, else a date in the sentence, else the date of the last observation, else the publication date. */
  private dateOf(sentence: Sentence, event?: EventRecord): Pick<Draft, "date" | "dateSource"> {
    if (event?.date) return { date: event.date, dateSource: "event" };
    const v = vocabulary();
    const found = dateIn(this.text.slice(sentence.start, sentence.end), this.published, v.futureCues.has(sentence.words));
    if (found) return { date: found.date, dateSource: "text" };
    if (this.context) return { date: this.context, dateSource: "context" };
    return { date: this.published, dateSource: "publication" };
  }

  private push(draft: Omit<Draft, "releases" | "accused" | "alleged" | "places" | "figures" | "dueDate" | "evidence"> & Partial<Draft>, sentence: Sentence): void {
    this.out.push({
      releases: [], accused: [], alleged: false, places: [], figures: [], dueDate: null, evidence: [evidenceOf(this.record, sentence)], ...draft,
    });
    if (draft.dateSource !== "publication") this.context = draft.date;
  }

  private sentence(sentence: Sentence): void {
    const v = vocabulary();
    const { words } = sentence;
    // "a teacher who was seized on the Vask road in 2023": what the sentence reports happened before the deal
    const year = earliestYear(this.text.slice(sentence.start, sentence.end));
    if (year !== undefined && year < Number(this.ctx.first.slice(0, 4))) return;
    const events = this.eventsIn(sentence).filter((e) => v.observedModalities.has(e.modality));
    // a violation first: a delay it causes is dated by it ("... late on Tuesday, prompting the government to postpone ...")
    this.violation(sentence, events);
    const delay = v.delayWords.scan(words).find((m) => !negated(words, m.from));
    const scheduled = v.scheduledKinds.scan(words)[0];
    if (delay && scheduled) {
      this.push({
        kind: "delay", date: this.context ?? this.published, dateSource: this.context ? "context" : "publication",
        summary: `${scheduled.value} postponed or delayed`, dueDate: dueDateIn(this.text, sentence, this.published),
      }, sentence);
    } else this.deadline(sentence);
    const release = events.find((e) => e.type === "RETREAT" && (e.mode === "release" || e.mode === null));
    if (release) this.release(sentence, release);
    const withdrawal = events.find((e) => e.type === "RETREAT" && e.mode === "withdraw");
    if (withdrawal) this.push({ kind: "withdrawal", ...this.dateOf(sentence, withdrawal), summary: `withdrawal reported (“${withdrawal.trigger}”)` }, sentence);
    const aid = events.find((e) => e.type === "AID");
    if (aid) this.aid(sentence, aid);
    this.held(sentence);
    this.effective(sentence);
  }

  private deadline(sentence: Sentence): void {
    const v = vocabulary();
    const dueDate = dueDateIn(this.text, sentence, this.published);
    if (!dueDate) return;
    const withdrawing = withdrawalVerb(sentence.words, 0, sentence.words.length) !== undefined;
    const releasing = v.releaseVerbs.has(sentence.words);
    if (!withdrawing && !releasing) return;
    this.push({
      kind: "deadline", date: this.published, dateSource: "publication", dueDate,
      summary: `${withdrawing ? "withdrawal" : "release"} due by ${dueDate}`,
    }, sentence);
  }

  private release(sentence: Sentence, event: EventRecord): void {
    const terms = readSentence({ record: this.record, directory: this.ctx.directory }, sentence, 0, { phase: null });
    const releases: LedgerRelease[] = terms.flatMap((t) => (t.kind === "release" ? [{ by: sideName(t.value.by), category: t.value.category, count: t.value.count, span: t.span }] : []))
      .map(({ span, ...r }) => {
        const figure = r.count === null ? this.releaseFigures(sentence).find((f) => f.start >= span.start && f.end <= span.end) : undefined;
        return figure ? { ...r, count: figure.value } : r;
      });
    // "three hostages, including two women": a figure after a subset cue counts people already counted
    const subsets = vocabulary().subsetCues.scan(sentence.words);
    const inSubset = (f: { start: number }) => subsets.some((c) => sentence.words.slice(c.to, c.to + 2).some((w) => w.start === f.start));
    for (const f of this.releaseFigures(sentence)) {
      if (!releases.some((r) => r.count === f.value) && !inSubset(f)) releases.push({ by: null, category: vocabulary().releaseMeasures.get(f.measure)!, count: f.value });
    }
    const summary = releases.length
      ? releases.map((r) => `${r.by ?? "side not stated"}: ${r.count ?? "an unstated number of"} ${r.category}`).join("; ")
      : `release reported (“${event.trigger}”)`;
    this.push({ kind: "release", ...this.dateOf(sentence, event), summary: `released: ${summary}`, releases }, sentence);
  }

  private releaseFigures(sentence: Sentence) {
    return this.record.figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end && f.value !== null && vocabulary().releaseMeasures.has(f.measure))
      .map((f) => ({ ...f, value: f.value! }));
  }

  /** Aid delivered: an AID event with a delivery verb, not blocked, not announced for later ("will be allowed into Gaza"). */
  private aid(sentence: Sentence, event: EventRecord): void {
    const v = vocabulary();
    const { words } = sentence;
    const delivered = v.aidDelivered.scan(words).find((m) => !negated(words, m.from));
    if (!delivered || v.aidBlocked.has(words) || v.futureCues.has(words)) return;
    const mentions = this.ctx.directory.mentions(this.record, sentence);
    const read = clausesOf(sentence.words).map((clause) => readAid({ text: this.text, words: sentence.words, mentions, clause })).find(Boolean);
    const what = read ? [read.value.amount, read.value.unit, read.value.what, read.value.destination ? `to ${read.value.destination}` : ""].filter(Boolean).join(" ") : event.trigger;
    this.push({ kind: "aid", ...this.dateOf(sentence, event), summary: `aid: ${what}` }, sentence);
  }

  private violation(sentence: Sentence, events: EventRecord[]): void {
    const v = vocabulary();
    const ctx = { record: this.record, sentence, directory: this.ctx.directory };
    const attack = events.find((e) => v.violationTypes.has(e.type));
    const word = v.violationWords.scan(sentence.words).find((m) => !negated(sentence.words, m.from));
    const accusation = word ? events.find((e) => v.accuseTypes.has(e.type)) : undefined;
    const killing = attack ? undefined : killingIn(ctx);
    if (!attack && !word && !killing) return;
    const when = this.dateOf(sentence, attack);
    // "strikes killed 19 people on Sunday morning before the ceasefire took effect"
    const before = v.beforeDealCues.scan(sentence.words).some((c) => v.ceasefireNouns.has(sentence.words, c.to, Math.min(sentence.words.length, c.to + 3)));
    if (before || when.date < this.ctx.first || (this.ctx.ceasefireEnd && when.date > this.ctx.ceasefireEnd)) return;
    const places = this.record.actors.filter((a) => a.type === "place" && a.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end)).map((a) => a.name);
    const figures = this.record.figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end && v.casualtyMeasures.has(f.measure))
      .map((f) => ({ measure: f.measure, value: f.value, source: f.source, evidence: [evidenceOf(this.record, f)] }));
    const accused = accountsOf(this.partyNames, ctx, attack, accusation, killing ?? (word && { at: word.from, source: null }));
    const wordText = word ? this.text.slice(sentence.words[word.from]!.start, sentence.words[word.to - 1]!.end) : "";
    const summary = attack ? `${attack.type.toLowerCase()} (“${attack.trigger}”)`
      : killing ? `attack (“${this.text.slice(sentence.words[killing.at]!.start, sentence.words[killing.to - 1]!.end)}”)` : `violation reported (“${wordText}”)`;
    this.push({ kind: "violation", ...when, summary, accused, alleged: accused.length > 0 && accused.every((a) => a.alleged), places, figures }, sentence);
  }

  private held(sentence: Sentence): void {
    const v = vocabulary();
    if (!v.heldCues.has(sentence.words) || !v.ceasefireNouns.has(sentence.words)) return;
    this.push({ kind: "held", date: this.published, dateSource: "publication", summary: "ceasefire reported holding" }, sentence);
  }

  private effective(sentence: Sentence): void {
    if (!vocabulary().ceasefireNouns.has(sentence.words)) return;
    const found = effectiveDay(this.text, sentence.words, 0, sentence.words.length, this.published);
    if (found) this.push({ kind: "effective", date: found.date, dateSource: "text", summary: `took or takes effect on ${found.date}` }, sentence);
  }
}

/** Which observations of one document are one: a violation per day, a delay, a holding report, a deadline per day. */
const SAME: Partial<Record<Draft["kind"], (d: Draft) => string>> = {
  violation: (d) => d.date,
  delay: () => "",
  held: () => "",
  deadline: (d) => `${d.summary}|${d.dueDate}`,
};

function absorb(held: Draft, d: Draft): void {
  held.evidence = joinEvidence(held.evidence, d.evidence);
  held.accused = [...held.accused, ...d.accused];
  held.alleged &&= d.alleged;
  held.places = [...new Set([...held.places, ...d.places])];
  held.figures = [...held.figures, ...d.figures];
  held.dueDate ??= d.dueDate;
  if (held.dateSource === "context" && d.dateSource !== "context") Object.assign(held, { date: d.date, dateSource: d.dateSource });
}

/** "violation alleged by Hamas against Israel"; "incident (attack “shot”): blamed on Israel, according to Palestinian health ministry". */
function incidentSummary(incident: Draft): string {
  const where = incident.places.length ? ` near ${incident.places.join(", ")}` : "";
  const accounts = [...new Set(incident.accused.map((a) => (a.alleged ? `alleged by ${a.by} against ${a.party}`
    : `blamed on ${a.party}${a.by && a.by !== a.party ? `, according to ${a.by}` : ""}`)))];
  if (incident.alleged) return `violation alleged${where}: ${accounts.join("; ").replace(/^alleged /, "")}`;
  return `incident${where} (${incident.summary})${accounts.length ? `: ${accounts.join("; ")}` : ""}`;
}

/** One document's observations with repeats joined: a violation told in four sentences is one incident with every account. */
function joined(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const key = SAME[d.kind]?.(d);
    const held = key === undefined ? undefined : byKey.get(`${d.kind}|${key}`);
    if (held) absorb(held, d);
    else {
      const copy = { ...d };
      if (key !== undefined) byKey.set(`${d.kind}|${key}`, copy);
      out.push(copy);
    }
  }
  for (const incident of out.filter((d) => d.kind === "violation")) incident.summary = incidentSummary(incident);
  return out;
}

/**
 * What the records say happened from the deal's signing (or first day) on, in the documents that name
 * one of its parties, and the first days other reports give the deal.
 */
export function observe(ctx: ObserveContext): { observations: Observation[]; effectiveDays: Array<{ date: string; evidence: Observation["evidence"] }> } {
  const keys = new Set(ctx.deal.parties.map(partyKey));
  const since = ctx.deal.dates.signed?.value ?? ctx.first;
  const drafts = ctx.records
    .filter((r) => r.document.date !== null && r.document.date >= since)
    .filter((r) => !keys.size || r.actors.some((a) => {
      const p = ctx.directory.partyOf(r.document.id, a.id);
      return p !== null && keys.has(partyKey(p));
    }))
    .flatMap((r) => joined(new RecordObserver(ctx, r).observations()));
  const effectiveDays = drafts.filter((d) => d.kind === "effective" && d.date !== ctx.first).map((d) => ({ date: d.date, evidence: d.evidence }));
  const happened = drafts.filter((d) => d.kind !== "effective").sort((a, b) => a.date.localeCompare(b.date));
  const observations = happened.map((d, i) => {
    const day = daysBetween(ctx.first, d.date) + 1;
    const phase = ctx.phases.find((p) => p.from && p.to && d.date >= p.from && d.date <= p.to)?.number ?? null;
    return { ...d, id: `obs-${i + 1}`, day, phase, matches: [] };
  });
  return { observations, effectiveDays };
}
