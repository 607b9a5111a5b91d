import type { ParleyRecord } from "../../record/schema.js";
import { describeProfileChoice } from "./profile-summary.js";

/** A readable summary of one record, for people rather than programs. */
export function recordToMarkdown(record: ParleyRecord): string {
  const d = record.document;
  const lines = [`# ${d.title ?? d.path ?? d.id}`, ""];
  lines.push(`- date: ${d.date ?? "unknown"}; outlet: ${d.outlet ?? "unknown"}; authors: ${d.authors.join(", ") || "none"}`);
  if (d.dateline) lines.push(`- dateline: ${d.dateline}`);
  if (d.profile) lines.push(`- negotiation profile: ${describeProfileChoice(d.profile)}`);
  const name = (id: string | null) => record.actors.find((a) => a.id === id)?.name ?? "unknown speaker";
  if (record.actors.length) {
    lines.push("", "## Actors");
    for (const a of record.actors) {
      const details = [a.type, a.roles.join("; "), a.affiliation ? `for ${a.affiliation}` : ""].filter(Boolean).join(", ");
      lines.push(`- **${a.name}** (${details})${a.aliases.length ? ` also ${a.aliases.join(", ")}` : ""}`);
    }
  }
  if (record.quotes.length) {
    lines.push("", "## Quotes");
    for (const q of record.quotes) lines.push(`- ${name(q.speaker)}: “${q.text}”${q.fragment ? " (fragment)" : ""}`);
  }
  if (record.figures.length) {
    lines.push("", "## Figures");
    for (const f of record.figures) {
      lines.push(`- ${f.measureText}: ${f.value ?? `${f.low}–${f.high}`} (${f.qualifier}, ${f.measure}) — ${f.source ?? "stated by the article"}`);
    }
  }
  if (record.events.length) {
    lines.push("", "## Events");
    for (const e of record.events) {
      const who = e.actors.map(name).join(", ");
      lines.push(`- ${e.date ?? "undated"} ${e.type}${e.mode ? "/" + e.mode : ""} ${who} — “${e.trigger}” (${e.modality})`);
    }
  }
  if (record.positions.length) {
    lines.push("", "## Positions");
    for (const p of record.positions) lines.push(`- ${name(p.actor)} ${p.stance}s ${p.issue}: “${p.text}”`);
  }
  // Each entry is one line: a line break of hard-wrapped source text inside a quote or trigger reads as a space.
  return lines.map((line) => line.replace(/(?<!\s)\s*\n\s*/g, " ")).join("\n");
}
