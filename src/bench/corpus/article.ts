import type { SourceDocument } from "../../ingest/types.js";
import { growToLength, paragraph, wordCount } from "./body.js";
import { drawCast } from "./cast.js";
import { apDate, isoDay } from "./dates.js";
import { TemplateFiller, type ArticleCast } from "./fill.js";
import type { Random } from "./random.js";
import { curlyQuotes } from "./typography.js";
import { sentenceKind, vocabulary } from "./vocabulary.js";

const leads = sentenceKind("lead").templates;

/** 'GENEVA, Oct. 7 (Meridian Wire) — ', as wire services write it; newspapers often omit the date. */
function datelinePrefix(rng: Random, place: string, cast: ArticleCast): string {
  if (cast.outlet.wire) return `${place}, ${apDate(cast.date)} (${cast.outlet.name}) — `;
  return rng.chance(0.5) ? `${place} — ` : `${place}, ${apDate(cast.date)} — `;
}

/** A news article: optional headline and byline lines, a dateline lead, then paragraphs of every kind. */
export function newsArticle(rng: Random, index: number): SourceDocument {
  const cast = drawCast(rng);
  const filler = new TemplateFiller(rng, cast);
  const curly = rng.chance(0.4);
  const typeset = (text: string) => (curly ? curlyQuotes(text) : text);
  const title = typeset(filler.sentence(rng.pick(vocabulary.headlines)));
  const authors = rng.chance(0.75) ? rng.sample(vocabulary.bylines, rng.chance(0.2) ? 2 : 1) : [];
  const dateline = rng.chance(0.8) ? rng.pick(vocabulary.places).toUpperCase() : null;
  const lead = (dateline ? datelinePrefix(rng, dateline, cast) : "") + filler.sentence(rng.pick(leads));
  const header = [...(rng.chance(0.5) ? [title] : []), ...(authors.length ? [`By ${authors.join(" and ")}`] : []), lead];
  const paragraphs = growToLength(rng, wordCount(header.join(" ")), () => paragraph(rng, filler));
  const separator = rng.chance(0.7) ? "\n" : "\n\n";
  return {
    path: `bench/article-${index}.txt`,
    url: null,
    title,
    date: isoDay(cast.date),
    outlet: cast.outlet.name,
    authors,
    dateline,
    format: "text",
    text: typeset([...header, ...paragraphs].join(separator) + "\n"),
    turns: [],
  };
}
