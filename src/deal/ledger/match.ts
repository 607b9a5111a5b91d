import { joinEvidence } from "../build/evidence.js";
import { nameKey } from "../text/slug.js";
import { wordsOf } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import type { DueItem, Observation } from "./types.js";

/** Status precedence: a later entry never replaces an earlier one. */
const RANK: DueItem["status"][] = ["done", "violated", "violation alleged", "delayed", "overdue", "partial", "started", "holding", "in force", "pending", "upcoming"];
const better = (a: DueItem["status"], b: DueItem["status"]) => (RANK.indexOf(a) <= RANK.indexOf(b) ? a : b);

const link = (item: DueItem, obs: Observation) => {
  if (!item.observations.includes(obs.id)) item.observations.push(obs.id);
  if (!obs.matches.includes(item.id)) obs.matches.push(item.id);
};

/** The window an observation falls in: its phase's items first, then items with no phase. */
const inWindow = (item: DueItem, obs: Observation) =>
  (item.dueFrom === null || obs.date >= item.dueFrom) && (obs.phase === null || item.phase === null || item.phase === obs.phase);

/**
 * A release matches the item the same side owes in the window it falls in; a release whose side is not
 * stated matches the one item whose categories it names. Only releases by the owing side add to the count.
 */
function matchRelease(due: DueItem[], obs: Observation): void {
  const releases = due.filter((d) => d.kind === "release" && inWindow(d, obs));
  for (const r of obs.releases) {
    const owed = r.by ? releases.filter((d) => d.by === r.by) : releases.filter((d) => d.categories.includes(r.category));
    const item = owed.length === 1 || r.by ? owed[0] : undefined;
    if (!item) continue;
    link(item, obs);
    if (r.by && r.count !== null) item.delivered = (item.delivered ?? 0) + r.count;
  }
}

const areaWords = (text: string | null) => nameKey(text ?? "").split("-").filter(Boolean);

function matchDeadline(due: DueItem[], obs: Observation): void {
  const kind = obs.summary.startsWith("withdrawal") ? "withdrawal" : "release";
  const sentence = obs.evidence[0]?.text.toLowerCase() ?? "";
  const fits = due.filter((d) => d.kind === kind && (kind !== "withdrawal" || areaWords(d.what).some((w) => w.length > 3 && sentence.includes(w))));
  const item = fits.length === 1 ? fits[0] : fits.find((d) => d.phase === obs.phase);
  if (!item || !obs.dueDate) return;
  link(item, obs);
  if (item.dueBySource !== "phase") {
    item.dueBy = obs.dueDate;
    item.dueBySource = "text";
  }
  item.evidence = joinEvidence(item.evidence, obs.evidence);
}

/** A delay bears on the items of its kind due when it was due; those not yet done are delayed. */
function matchDelay(due: DueItem[], obs: Observation, byId: ReadonlyMap<string, Observation>): void {
  const kind = vocabulary().scheduledKinds.scan([{ text: obs.summary.split(" ")[0]!, raw: "", start: 0, end: 0 }])[0]?.value ?? "release";
  const when = obs.dueDate ?? obs.date;
  // "the release of a second group of hostages was delayed": only the items that release hostages
  const named = new Set(vocabulary().categories.scan(wordsOf(obs.evidence[0]?.text ?? "")).map((m) => m.value));
  for (const item of due) {
    if (kind === "release" && named.size && !item.categories.some((c) => named.has(c))) continue;
    if (item.kind !== kind || (item.dueFrom && when < item.dueFrom) || (item.dueBy && when > item.dueBy)) continue;
    // "freed three hostages on Sunday, a day later than planned": a release on or after the delay ends it
    const caughtUp = item.observations.some((id) => byId.get(id)?.kind === item.kind && byId.get(id)!.date >= obs.date);
    link(item, obs);
    if (item.status !== "done" && !caughtUp) item.status = better(item.status, "delayed");
  }
}

/** Observations linked to the items they bear on, and each item's status as of `asOf`. */
export function settleLedger(due: DueItem[], observations: Observation[], asOf: string | null): void {
  for (const obs of observations) {
    if (obs.kind === "release") matchRelease(due, obs);
    if (obs.kind === "deadline") matchDeadline(due, obs);
    const ceasefire = due.find((d) => d.kind === "ceasefire");
    if (ceasefire && (obs.kind === "violation" || obs.kind === "held")) link(ceasefire, obs);
    if ((obs.kind === "withdrawal" || obs.kind === "aid") && !obs.matches.length) {
      const item = due.find((d) => d.kind === obs.kind && inWindow(d, obs));
      if (item) link(item, obs);
    }
  }
  const byId = new Map(observations.map((o) => [o.id, o]));
  for (const item of due) item.status = statusOf(item, item.observations.map((id) => byId.get(id)!), asOf);
  for (const obs of observations) if (obs.kind === "delay") matchDelay(due, obs, byId);
}

function statusOf(item: DueItem, seen: Observation[], asOf: string | null): DueItem["status"] {
  if (item.kind === "ceasefire") {
    const incidents = seen.filter((o) => o.kind === "violation");
    if (incidents.some((o) => !o.alleged)) return "violated";
    if (incidents.length) return "violation alleged";
    return seen.some((o) => o.kind === "held") ? "holding" : "in force";
  }
  const happened = seen.filter((o) => o.kind === item.kind);
  if (item.count !== null && item.delivered !== null) {
    if (item.delivered >= item.count) return "done";
    return "partial";
  }
  // "withdrew from the town of Khiam" does not complete a withdrawal from southern Lebanon
  const fromArea = (o: Observation) => !item.area || o.evidence.some((e) => e.text.toLowerCase().includes(item.area!.toLowerCase()));
  if (happened.length) return item.kind === "withdrawal" && happened.some(fromArea) ? "done" : "started";
  if (asOf && item.dueFrom && asOf < item.dueFrom) return "upcoming";
  if (asOf && item.dueBy && asOf > item.dueBy) return "overdue";
  return "pending";
}
