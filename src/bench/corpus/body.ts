import type { TemplateFiller } from "./fill.js";
import type { Random } from "./random.js";
import { vocabulary } from "./vocabulary.js";

/** Articles run from 300 to 900 words, as the agency and newspaper stories Parley reads. */
export const MIN_WORDS = 300;
export const MAX_WORDS = 900;

const bodyKinds = vocabulary.kinds.filter((kind) => kind.weight > 0);

export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** One paragraph: one to a few sentences of a kind drawn by weight (quotes, figures, meetings, ...). */
export function paragraph(rng: Random, filler: TemplateFiller): string {
  const kind = rng.weighted(bodyKinds);
  const templates = rng.sample(kind.templates, rng.int(1, kind.sentences));
  return templates.map((template) => filler.sentence(template)).join(" ");
}

/**
 * Blocks from `nextBlock` until the document, which already has `fixedWords`, reaches a length
 * drawn between the bounds; a block that would pass MAX_WORDS ends the document instead.
 */
export function growToLength(rng: Random, fixedWords: number, nextBlock: () => string): string[] {
  const target = rng.int(MIN_WORDS + 20, MAX_WORDS - 20);
  const blocks: string[] = [];
  let words = fixedWords;
  while (words < target) {
    const block = nextBlock();
    const added = wordCount(block);
    if (words + added > MAX_WORDS) {
      if (words >= MIN_WORDS) break;
      continue;
    }
    blocks.push(block);
    words += added;
  }
  return blocks;
}
