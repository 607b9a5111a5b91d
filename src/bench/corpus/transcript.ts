import type { SourceDocument, SpeakerTurn } from "../../ingest/types.js";
import { growToLength, paragraph, wordCount } from "./body.js";
import { drawCast } from "./cast.js";
import { apDate, isoDay, weekday } from "./dates.js";
import { TemplateFiller } from "./fill.js";
import type { Random } from "./random.js";
import { curlyQuotes } from "./typography.js";
import { vocabulary } from "./vocabulary.js";

const QUESTION_LABEL = "QUESTION";

/** The text of turn lines 'LABEL: body', with the spans ingest would give each turn. */
function layoutTurns(header: string[], lines: string[]): { text: string; turns: SpeakerTurn[] } {
  let text = header.map((line) => line + "\n").join("");
  const turns: SpeakerTurn[] = [];
  for (const line of lines) {
    const start = text.length;
    const labelLength = line.indexOf(": ");
    turns.push({
      label: line.slice(0, labelLength),
      labelSpan: { start, end: start + labelLength },
      body: { start: start + labelLength + 2, end: start + line.length },
    });
    text += line + "\n";
  }
  return { text, turns };
}

/** A press briefing: a statement by one official, then questions and answers. */
export function briefingTranscript(rng: Random, index: number): SourceDocument {
  const cast = drawCast(rng);
  const filler = new TemplateFiller(rng, cast);
  const speaker = rng.pick(cast.people);
  const label = `${speaker.honorific} ${speaker.surname}`.toUpperCase();
  const title = `Press briefing by ${rng.pick(speaker.titles)} ${speaker.name}`;
  const place = rng.pick(vocabulary.places).toUpperCase();
  const header = [title, `${place}, ${weekday(cast.date)}, ${apDate(cast.date)}, ${cast.date.getUTCFullYear()}`];
  let asking = true;
  const nextTurn = () => {
    asking = !asking;
    return asking
      ? `${QUESTION_LABEL}: ${filler.sentence(rng.pick(vocabulary.questions))}`
      : `${label}: ${paragraph(rng, filler)}`;
  };
  const laidOut = layoutTurns(header, growToLength(rng, wordCount(header.join(" ")), nextTurn));
  return {
    path: `bench/briefing-${index}.txt`,
    url: null,
    title,
    date: isoDay(cast.date),
    outlet: null,
    authors: [],
    dateline: null,
    format: "transcript",
    // Curly marks replace straight ones one for one, so the turn spans stay valid.
    text: rng.chance(0.4) ? curlyQuotes(laidOut.text) : laidOut.text,
    turns: laidOut.turns,
  };
}
