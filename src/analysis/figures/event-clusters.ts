import { addDays } from "../dates.js";
import { mostCommon } from "../text.js";
import type { EventRef } from "./event-refs.js";

export interface EventCluster {
  id: string;
  /** "bombing in Brenna on 2025-04-02": the most anchored reference's class, place and day */
  label: string;
  /** the references as written that were found to be this one event */
  forms: string[];
  place: string | null;
  date: string | null;
  /** why they are one event */
  reasons: string[];
}

function near(a: string | null, b: string | null, days: number): boolean {
  if (a === null || b === null) return true;
  return (a <= b ? addDays(a, days) >= b : addDays(b, days) >= a);
}

/**
 * Resolves incident references across documents: two references of one class are one event when they
 * name the same day, or the same place within `windowDays` of each other (a reference without a day
 * joins on the place alone).
 */
export function clusterEvents(refs: EventRef[], windowDays: number): (ref: EventRef) => EventCluster {
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const why = new Map<number, Set<string>>();
  for (let i = 0; i < refs.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [refs[i]!, refs[j]!];
      if (a.kind !== b.kind) continue;
      const sameDay = a.date !== null && a.date === b.date;
      const samePlace = a.place !== null && a.place === b.place && near(a.date, b.date, windowDays);
      if (!sameDay && !samePlace) continue;
      const [ri, rj] = [find(i), find(j)];
      const reasons = new Set([...(why.get(ri) ?? []), ...(why.get(rj) ?? [])]);
      reasons.add(sameDay ? `the same day (${a.date})` : `the same place (${a.place})`);
      parent[ri] = rj;
      why.set(rj, reasons);
    }
  }
  const clusters = new Map<number, EventCluster>();
  const index = new Map(refs.map((r, i) => [r, i]));
  return (ref) => {
    const root = find(index.get(ref)!);
    let cluster = clusters.get(root);
    if (!cluster) {
      const members = refs.filter((_, i) => find(i) === root);
      const best = [...members].sort((a, b) => anchors(b) - anchors(a))[0]!;
      const place = mostCommon(members.flatMap((m) => (m.place ? [m.place] : []))) ?? null;
      const date = mostCommon(members.flatMap((m) => (m.date ? [m.date] : []))) ?? null;
      const label = [best.noun, place && `in ${place}`, date && `on ${date}`].filter(Boolean).join(" ");
      cluster = { id: `${label}#${root}`, label, place, date, forms: [...new Set(members.map((m) => m.text))], reasons: [...(why.get(root) ?? [])] };
      clusters.set(root, cluster);
    }
    return cluster;
  };
}

const anchors = (r: EventRef) => (r.place ? 1 : 0) + (r.date ? 1 : 0);
