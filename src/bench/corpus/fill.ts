import { apDate, daysBefore, monthName, weekday } from "./dates.js";
import { formatNumber, qualifiedCount } from "./numbers.js";
import type { Random } from "./random.js";
import { vocabulary, type Outlet, type Party, type Person } from "./vocabulary.js";

/** Who and what one article is about; every sentence of the article draws from it. */
export interface ArticleCast {
  sides: [Party, Party];
  mediator: Party;
  agency: Party;
  people: Person[];
  date: Date;
  outlet: Outlet;
}

const statementQuotes = vocabulary.quotes.filter((q) => q.endsWith("."));

type Handler = (arg: string | undefined, followedBySpace: boolean) => string;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::([^}]+))?\}/g;
// Vocabulary entries may hold placeholders themselves ('the withdrawal of troops from {region}').
const MAX_DEPTH = 3;

/**
 * Fills sentence templates. Placeholders (a capitalised name capitalises the result):
 * {person} {person2} two different people of the cast, titled at first mention, by surname later;
 * {he} the pronoun of the last person named; {side} {side2} {sideAdj} the two sides; {mediator} {mediatorAdj}
 * {agency} {outlet}; {place} {region}; {day} {past} {future} {month} {asof}; {count} or
 * {count:numeric} a qualified number; {num:LOW-HIGH}; {numword}; {figure} a counted measure
 * ('more than 1,200 people were killed'); {toll}; {source} {according} {anon} {said};
 * {quote} or {quote:clause} (without its full stop); {fragment} {issue} {proposal}.
 */
export class TemplateFiller {
  private readonly named = new Set<Person>();
  private readonly partiesNamed = new Set<Party>();
  private lastPerson: Person | undefined;
  // Per sentence, so that {person2} differs from {person} and {side2} from {side}.
  private sentencePeople: Person[] = [];
  private sentenceSides: [Party, Party];
  private readonly handlers: Record<string, Handler>;

  constructor(private readonly rng: Random, private readonly cast: ArticleCast) {
    this.sentenceSides = cast.sides;
    const pick = (items: readonly string[]) => () => this.rng.pick(items);
    this.handlers = {
      person: (_arg, spaced) => this.personMention(0, spaced),
      person2: (_arg, spaced) => this.personMention(1, spaced),
      he: () => this.lastPerson?.pronoun ?? this.personMention(0, false),
      side: () => this.partyMention(this.sentenceSides[0]),
      side2: () => this.partyMention(this.sentenceSides[1]),
      sideAdj: () => this.sentenceSides[0].adjective,
      mediator: () => this.partyMention(cast.mediator),
      mediatorAdj: () => cast.mediator.adjective,
      agency: () => this.partyMention(cast.agency),
      outlet: () => cast.outlet.name,
      place: pick(vocabulary.places),
      region: pick(vocabulary.regions),
      day: () => this.day(),
      past: pick(vocabulary.pastTimes),
      future: pick(vocabulary.futureTimes),
      month: () => monthName(daysBefore(cast.date, this.rng.int(30, 150))),
      asof: () => (this.rng.chance(0.5) ? "" : ` as of ${this.rng.chance(0.5) ? weekday(this.recentDay()) : apDate(this.recentDay())}`),
      count: (arg) => qualifiedCount(this.rng, 10, 2000, arg === "numeric"),
      num: (arg) => formatNumber(this.numberIn(arg ?? "1-100")),
      numword: pick(vocabulary.numberWords),
      figure: () => this.figure(),
      toll: () => this.rng.pick(this.rng.pick(vocabulary.measures).tolls),
      source: pick(vocabulary.sources),
      according: () => `according to ${this.rng.pick(vocabulary.sources)}`,
      anon: pick(vocabulary.anonymous),
      said: pick(vocabulary.speechVerbs),
      quote: (arg) => this.quote(arg === "clause"),
      fragment: pick(vocabulary.fragments),
      issue: pick(vocabulary.issues),
      proposal: pick(vocabulary.proposals),
    };
  }

  /** One sentence from a template, starting with a capital letter. */
  sentence(template: string): string {
    this.sentencePeople = [];
    this.sentenceSides = this.rng.chance(0.5) ? this.cast.sides : [this.cast.sides[1], this.cast.sides[0]];
    return capitalise(this.fill(template, 0));
  }

  private fill(template: string, depth: number): string {
    return template.replace(PLACEHOLDER, (whole, name: string, arg: string | undefined, offset: number) => {
      const key = name[0]!.toLowerCase() + name.slice(1);
      const handler = this.handlers[key];
      if (!handler) throw new Error(`unknown placeholder ${whole} in benchmark template '${template}'`);
      const followedBySpace = template[offset + whole.length] === " ";
      let value = handler(arg, followedBySpace);
      if (depth < MAX_DEPTH && value.includes("{")) value = this.fill(value, depth + 1);
      return key === name ? value : capitalise(value);
    });
  }

  private personMention(slot: number, followedBySpace: boolean): string {
    const person = this.sentencePeople[slot] ?? this.choosePerson();
    this.sentencePeople[slot] = person;
    this.lastPerson = person;
    if (this.named.has(person)) return this.laterMention(person);
    this.named.add(person);
    const roll = this.rng.next();
    if (followedBySpace && roll < 0.3) return `${person.name}, ${this.rng.pick(person.appositives)},`;
    if (roll < 0.9) return `${this.rng.pick(person.titles)} ${person.name}`;
    return person.name;
  }

  private laterMention(person: Person): string {
    const roll = this.rng.next();
    if (roll < 0.75) return person.surname;
    if (roll < 0.85) return `${person.honorific} ${person.surname}`;
    if (roll < 0.95) return person.roleNoun;
    return person.name;
  }

  /** Mostly people already in the story, as news keeps returning to its main speakers. */
  private choosePerson(): Person {
    const free = this.cast.people.filter((p) => !this.sentencePeople.includes(p));
    const known = free.filter((p) => this.named.has(p));
    return known.length > 0 && this.rng.chance(0.6) ? this.rng.pick(known) : this.rng.pick(free);
  }

  private partyMention(party: Party): string {
    if (!this.partiesNamed.has(party)) {
      this.partiesNamed.add(party);
      return party.name;
    }
    return this.rng.chance(0.7) ? party.short : party.name;
  }

  private recentDay(): Date {
    return daysBefore(this.cast.date, this.rng.int(0, 6));
  }

  private day(): string {
    const date = this.recentDay();
    const forms = [`on ${weekday(date)}`, `on ${weekday(date)}`, `on ${apDate(date)}`, `late on ${weekday(date)}`];
    return this.rng.pick(forms);
  }

  private numberIn(range: string): number {
    const [low, high] = range.split("-").map(Number);
    if (low === undefined || high === undefined || !(low <= high)) throw new Error(`bad number range '${range}'`);
    return this.rng.int(low, high);
  }

  private figure(): string {
    const measure = this.rng.pick(vocabulary.measures);
    const [low, high] = measure.range as [number, number];
    return `${qualifiedCount(this.rng, low, high)} ${this.rng.pick(measure.subjects)} ${this.rng.pick(measure.predicates)}`;
  }

  /** As a clause the quote is followed by a comma ('"...," she said'), so it must end in a full stop. */
  private quote(asClause: boolean): string {
    if (!asClause) return this.rng.pick(vocabulary.quotes);
    return this.rng.pick(statementQuotes).slice(0, -1);
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
