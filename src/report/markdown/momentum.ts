import type { MomentumView } from "../views/index.js";
import { signedScore } from "../labels.js";
import { mdEvidence, mdTable, mdText, orNone } from "./text.js";

export function momentumSection(view: MomentumView): string[] {
  const days = view.days.filter((day) => day.assessments.length);
  if (!days.length) return ["## Momentum", ...orNone([], "No assessments of the talks found.")];
  const explanation = "Each day's score is the side-balanced mean of the assessments of the talks that day " +
    `(+1 positive, −1 negative, 0 mixed); the index smooths the scores exponentially (alpha ${view.smoothing}).`;
  const rows = days.map((day) => [day.date, day.raw === null ? "" : signedScore(day.raw), signedScore(day.index), String(day.assessments.length)]);
  const evidence = days.flatMap((day) => [
    "", `### ${day.date}`, "",
    ...day.assessments.map((a) => {
      const who = [a.speaker, a.side && `for ${a.side}`].filter(Boolean).map((s) => mdText(s!)).join(" ");
      return `- ${a.polarity}${who ? `, ${who}` : ""}: ${mdEvidence(a.evidence)}`;
    }),
  ]);
  const parties = view.parties.map((p) => [
    mdText(p.party) + (p.unplaced ? " (unplaced: no report places this speaker with a side)" : ""),
    mdText(p.speakers.join(", ")), String(p.positive), String(p.negative), String(p.mixed), p.seen,
  ]);
  return [
    "## Momentum", "", explanation, "", ...mdTable(["Date", "Day score", "Index", "Assessments"], rows),
    "", "### By side", "", "Each person or office counts for the side they speak for; the people are listed inside.", "",
    ...mdTable(["Side", "Speakers", "Positive", "Negative", "Mixed", "Seen"], parties), ...evidence,
  ];
}
