import type { DocumentProfile } from "../../record/schema.js";

/**
 * One stderr line naming the negotiation profile each document was read with: for one document the
 * profile and why ("profile: labour-contract (auto, score 14.2: strike, union, pay)"), for several
 * how many got each ("profiles: sovereign-debt 5 (auto), ceasefire-exchange 2 (fallback)").
 */
export function profileSummary(choices: (DocumentProfile | undefined)[]): string | null {
  const known = choices.filter((c): c is DocumentProfile => c !== undefined);
  if (known.length === 0) return null;
  if (known.length === 1) return `profile: ${describeProfileChoice(known[0]!)}`;
  const counts = new Map<string, { label: string; n: number }>();
  for (const c of known) {
    const key = `${c.name} (${c.chosenBy})`;
    const entry = counts.get(key) ?? { label: c.name, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  const parts = [...counts].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))
    .map(([key, { label, n }]) => `${label} ${n}${key.slice(label.length)}`);
  return `profiles: ${parts.join(", ")}`;
}

/** "labour-contract (auto, score 14.2: union, strike)", "port talks (given)". */
export function describeProfileChoice(choice: DocumentProfile): string {
  if (choice.chosenBy === "given") return `${choice.name} (given)`;
  const cues = choice.cues.length ? `: ${choice.cues.join(", ")}` : "";
  return `${choice.name} (${choice.chosenBy}, score ${choice.score}${cues})`;
}
