import type { EventView } from "../views/index.js";
import { mdCitation, mdEvidence, mdText, orNone } from "./text.js";

/** "AGREE “agreed on” (future)": the modality only when the event is not simply asserted. */
export function eventTitle(event: EventView): string {
  const modality = event.modality === "asserted" ? "" : ` (${event.modality})`;
  return `**${event.type}** “${mdText(event.trigger)}”${modality}`;
}

function eventLines(event: EventView): string[] {
  const who = [
    event.actors.length ? `by ${event.actors.map(mdText).join(", ")}` : "",
    event.recipients.length ? `towards ${event.recipients.map(mdText).join(", ")}` : "",
    event.place ? `in ${mdText(event.place)}` : "",
  ].filter(Boolean).join(" ");
  const undated = event.dateFromReport ? " · the reports do not date it; published this day" : "";
  const reports = event.sources.length > 1 ? ` · reported by ${event.sources.length} documents: ${event.sources.map(mdCitation).join("; ")}` : "";
  return [`- ${eventTitle(event)}${who ? ` ${who}` : ""}${undated}${reports}`, `  > ${mdEvidence(event.evidence)}`];
}

const dayHeading = (event: EventView) => `### ${event.date ?? "Undated"}`;

export function timelineSection(events: EventView[]): string[] {
  const lines: string[] = [];
  let current: string | undefined;
  for (const event of events) {
    const heading = dayHeading(event);
    if (heading !== current) lines.push("", heading, "");
    current = heading;
    lines.push(...eventLines(event));
  }
  return ["## Timeline", ...orNone(lines, "No events found.")];
}
