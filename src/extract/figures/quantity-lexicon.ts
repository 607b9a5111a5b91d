import { readKbFile } from "../../kb/files.js";
import type { MeasureEntry } from "../../kb/measures.js";
import { PhraseMatcher } from "../../kb/phrases.js";
import { activeProfile, type Profile } from "../../kb/profile.js";
import type { Qualifier } from "../../record/schema.js";

/** What a unit after a number makes of it. */
export type UnitKind = "money" | "percent" | "points" | "physical";

export interface UnitWord {
  kind: UnitKind;
  /** the unit as the record gives it: a currency code, "percent", "bpd", "cents" */
  unit: string;
  currency: string | null;
}

/** A noun that names a measure: its measure, and whether a bare number before it counts it. */
export interface MeasureNoun {
  measure: string;
  counts: boolean;
}

/** The vocabulary of figures that are sums, rates and quantities (figure-units.json, measures.json). */
export interface QuantityLexicon {
  currencySymbols: Map<string, string>;
  unitsAfter: PhraseMatcher<UnitWord>;
  /** every word of a unit, to pass over units when reading back from a number */
  unitWords: Set<string>;
  perWords: Set<string>;
  perNouns: Set<string>;
  conversionOpeners: Set<string>;
  attachedScales: Map<string, number>;
  unitMeasures: Map<string, string>;
  notUnitsBefore: Set<string>;
  timeUnits: Set<string>;
  verbs: PhraseMatcher<string>;
  changeVerbs: Set<string>;
  changeParticles: Set<string>;
  valueLinks: PhraseMatcher<true>;
  notMeasures: Set<string>;
  measureQualifiers: Map<string, Qualifier>;
  entries: MeasureEntry[];
}

interface UnitsFile {
  currencySymbols: Record<string, string>;
  currencyWords: Record<string, string>;
  subunits: Record<string, string>;
  percent: string[];
  points: string[];
  physical: Record<string, string>;
  perWords: string[];
  perNouns: string[];
  conversionOpeners: string[];
  attachedScales: Record<string, number>;
  unitMeasures: Record<string, string>;
  notUnitsBefore: string[];
  timeUnits: string[];
}

interface QuantityMeasuresFile {
  quantities: MeasureEntry[];
  quantityVerbs: Record<string, string>;
  changeVerbs: string[];
  changeParticles: string[];
  valueLinks: string[];
  notMeasures: string[];
  measureQualifiers: Record<string, Qualifier>;
}

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

function unitMatcher(file: UnitsFile): PhraseMatcher<UnitWord> {
  const matcher = new PhraseMatcher<UnitWord>();
  for (const [phrase, code] of Object.entries(file.currencyWords)) matcher.add(phrase, { kind: "money", unit: code, currency: code }, false);
  for (const [phrase, code] of Object.entries(file.subunits)) {
    matcher.add(phrase, { kind: "money", unit: code === "GBP" ? "pence" : "cents", currency: code }, false);
  }
  for (const phrase of file.percent) matcher.add(phrase, { kind: "percent", unit: "percent", currency: null }, false);
  for (const phrase of file.points) matcher.add(phrase, { kind: "points", unit: "points", currency: null }, false);
  for (const [phrase, unit] of Object.entries(file.physical)) matcher.add(phrase, { kind: "physical", unit, currency: null }, false);
  return matcher;
}

function unitWordsOf(file: UnitsFile): Set<string> {
  const phrases = [
    ...Object.keys(file.currencyWords), ...Object.keys(file.subunits), ...file.percent, ...file.points, ...Object.keys(file.physical),
    ...Object.keys(file.currencySymbols),
  ];
  return lower(phrases.flatMap((phrase) => phrase.split(" ")));
}

function load(): QuantityLexicon {
  const units = readKbFile<UnitsFile>("figure-units.json");
  const measures = readKbFile<QuantityMeasuresFile>("measures.json");
  const verbs = new PhraseMatcher<string>();
  for (const [phrase, measure] of Object.entries(measures.quantityVerbs)) verbs.add(phrase, measure, false);
  const valueLinks = new PhraseMatcher<true>();
  for (const phrase of measures.valueLinks) valueLinks.add(phrase, true, false);
  return {
    currencySymbols: new Map(Object.entries(units.currencySymbols).map(([symbol, code]) => [symbol.toLowerCase(), code])),
    unitsAfter: unitMatcher(units),
    unitWords: unitWordsOf(units),
    perWords: lower(units.perWords),
    perNouns: lower(units.perNouns),
    conversionOpeners: new Set(units.conversionOpeners),
    attachedScales: new Map(Object.entries(units.attachedScales)),
    unitMeasures: new Map(Object.entries(units.unitMeasures)),
    notUnitsBefore: lower(units.notUnitsBefore),
    timeUnits: lower(units.timeUnits),
    verbs,
    changeVerbs: lower(measures.changeVerbs),
    changeParticles: lower(measures.changeParticles),
    valueLinks,
    notMeasures: lower(measures.notMeasures),
    measureQualifiers: new Map(Object.entries(measures.measureQualifiers)),
    entries: measures.quantities,
  };
}

let lexicon: QuantityLexicon | undefined;

export function quantityLexicon(): QuantityLexicon {
  lexicon ??= load();
  return lexicon;
}

let nouns: { profile: Profile; matcher: PhraseMatcher<MeasureNoun> } | undefined;

/** The nouns of every measure: those of measures.json, then those the active profile adds (a later entry wins). */
export function measureNouns(): PhraseMatcher<MeasureNoun> {
  const profile = activeProfile();
  if (nouns?.profile === profile) return nouns.matcher;
  const matcher = new PhraseMatcher<MeasureNoun>();
  const entries = new Map<string, MeasureNoun>();
  for (const entry of [...quantityLexicon().entries, ...(profile.measures ?? [])]) {
    for (const noun of entry.nouns) entries.set(noun.toLowerCase(), { measure: entry.measure, counts: entry.counts ?? false });
  }
  for (const [noun, value] of entries) matcher.add(noun, value, false);
  nouns = { profile, matcher };
  return matcher;
}
