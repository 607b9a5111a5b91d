import { numberAt } from "../text/numbers.js";
import { durations } from "./durations.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import { negatedAt } from "./clauses.js";
import { spanOf, type ClauseContext } from "./clause-context.js";
import type { Span, WithdrawalValue } from "./drafts.js";
import { partyAfter, partyBefore, placeAfter, placeIntroducedBy } from "./near.js";

/** Words between a split verb and its particle: "pull its artillery back". */
const PARTICLE_REACH = 4;

/**
 * A withdrawal verb at [from, to): "withdraw", "a withdrawal of", "pull its guns back", "move its
 * fighters north of" (with the direction at [direction.from, to)).
 */
export function withdrawalVerb(words: readonly Word[], from: number, to: number): { from: number; to: number; direction?: number } | undefined {
  const v = vocabulary();
  for (let i = from; i < to; i++) {
    const m = v.withdrawalVerbs.at(words, i, to);
    if (m) return m;
    if (!v.withdrawalSplitVerbs.has(words[i]!.text)) continue;
    for (let j = i + 1; j <= Math.min(to - 1, i + PARTICLE_REACH); j++) {
      if (words[j]!.text === v.withdrawalParticle) return { from: i, to: j + 1 };
      const direction = v.withdrawalDirections.at(words, j, to);
      if (direction) return { from: i, to: direction.to, direction: j };
    }
  }
  return undefined;
}

/** Where a pull-back goes or leaves: "north of the Litani River" as written, else the place after "from". */
function areaOf(ctx: ClauseContext, verb: { to: number; direction?: number }): { name: string; to: number } | undefined {
  const { text, words, clause } = ctx;
  if (verb.direction === undefined) return placeIntroducedBy(text, words, clause, verb.to, new Set(["from"]));
  const place = placeAfter(text, words, clause, verb.to);
  return place ? { name: text.slice(words[verb.direction]!.start, words[place.to - 1]!.end), to: place.to } : undefined;
}

/** "15 km", "20 kilometers", "a 20-kilometer pullback": kilometres, at words [from, to). */
export function distanceIn(words: readonly Word[], from: number, to: number): { km: number; from: number; to: number } | undefined {
  const units = vocabulary().distanceUnits;
  for (let i = from; i < to; i++) {
    const n = numberAt(words, i);
    if (!n) continue;
    const unitAt = words[n.to]?.text === "-" ? n.to + 1 : n.to;
    const perUnit = units.get(words[unitAt]?.text ?? "");
    if (perUnit !== undefined && unitAt < to) return { km: Math.round(n.value * perUnit * 10) / 10, from: i, to: unitAt + 1 };
  }
  return undefined;
}

/** A pull-back in a clause: who, what forces, from where, how far ("the army will pull its artillery back 15 km from the Vask corridor"). */
export function readWithdrawal(ctx: ClauseContext): { value: WithdrawalValue; span: Span } | undefined {
  const { words, clause } = ctx;
  const verb = withdrawalVerb(words, clause.from, clause.to);
  if (!verb || negatedAt(words, clause, verb.from)) return undefined;
  const by = partyAfter(words, ctx.mentions, clause, verb.to, ["of"]) ?? partyBefore(ctx.mentions, clause, verb.from);
  const area = areaOf(ctx, verb);
  const distance = distanceIn(words, clause.from, clause.to);
  const forces = vocabulary().forces.scan(words, Math.max(clause.from, verb.from - 3), Math.min(clause.to, verb.to + 4))[0];
  const within = durations(words, verb.to, clause.to).find((d) => vocabulary().deadlineWords.has(words[d.from - 1]?.text ?? ""));
  const from = Math.min(verb.from, distance?.from ?? verb.from);
  const to = Math.max(verb.to, area?.to ?? 0, distance?.to ?? 0, within?.to ?? 0);
  return {
    value: { by, area: area?.name ?? null, distanceKm: distance?.km ?? null, forces: forces?.value ?? null, withinDays: within?.days ?? null },
    span: spanOf(words, from, to),
  };
}
