import { numberAt } from "../text/numbers.js";
import { vocabulary } from "../vocabulary.js";
import { negatedAt } from "./clauses.js";
import { spanOf, type ClauseContext } from "./clause-context.js";
import type { AidValue, Span } from "./drafts.js";
import { placeIntroducedBy } from "./near.js";

const DESTINATION_PREPOSITIONS = new Set(["into", "to", "along", "in", "across"]);

/** Aid in a clause: what, how much per period, where to ("600 trucks carrying aid into Gaza every day"). */
export function readAid(ctx: ClauseContext): { value: AidValue; span: Span } | undefined {
  const v = vocabulary();
  const { words, clause } = ctx;
  const excluded = v.notAid.scan(words, clause.from, clause.to);
  const aid = v.aidPhrases.scan(words, clause.from, clause.to).find((m) => !excluded.some((x) => m.from < x.to && m.to > x.from));
  if (!aid || negatedAt(words, clause, aid.from)) return undefined;
  let amount: { value: number; unit: string; from: number; to: number } | undefined;
  for (let i = clause.from; i < clause.to && !amount; i++) {
    const n = numberAt(words, i);
    if (!n) continue;
    // "600 aid trucks": an aid word may stand between the number and its unit
    const unitAt = !v.aidUnits.has(words[n.to]?.text ?? "") && v.aidPhrases.at(words, n.to, clause.to) ? n.to + 1 : n.to;
    const unit = v.aidUnits.get(words[unitAt]?.text ?? "");
    if (unit) amount = { value: n.value, unit, from: i, to: unitAt + 1 };
  }
  const per = v.aidPer.scan(words, clause.from, clause.to)[0];
  const destination = placeIntroducedBy(ctx.text, words, clause, aid.to, DESTINATION_PREPOSITIONS);
  const from = Math.min(aid.from, amount?.from ?? aid.from);
  const to = Math.max(aid.to, amount?.to ?? 0, per?.to ?? 0, destination?.to ?? 0);
  return {
    value: {
      what: ctx.text.slice(words[aid.from]!.start, words[aid.to - 1]!.end).toLowerCase(),
      amount: amount?.value ?? null, unit: amount?.unit ?? null, per: per?.value ?? null, destination: destination?.name ?? null,
    },
    span: spanOf(words, from, to),
  };
}
