import { randomDay } from "./dates.js";
import type { ArticleCast } from "./fill.js";
import type { Random } from "./random.js";
import { vocabulary, type Party } from "./vocabulary.js";

const YEAR = 2024;

function party(key: string): Party {
  const found = vocabulary.sides.find((p) => p.key === key);
  if (!found) throw new Error(`conflict names unknown side '${key}' in src/bench/data/parties.json`);
  return found;
}

/** The parties, people, outlet and date of one article: two sides at war, a mediator and an aid agency. */
export function drawCast(rng: Random): ArticleCast {
  const [first, second] = rng.pick(vocabulary.conflicts).map(party) as [Party, Party];
  const sides: [Party, Party] = rng.chance(0.5) ? [first, second] : [second, first];
  const mediator = rng.pick(vocabulary.mediators);
  const agency = rng.pick(vocabulary.agencies);
  const involved = new Set([first.key, second.key, mediator.key, agency.key]);
  return {
    sides,
    mediator,
    agency,
    people: vocabulary.people.filter((p) => involved.has(p.party)),
    date: randomDay(rng, YEAR),
    outlet: rng.pick(vocabulary.outlets),
  };
}
