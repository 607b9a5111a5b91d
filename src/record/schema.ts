import { z } from "zod";

/**
 * The record: the one contract between extraction, storage, analysis, the API and the web page.
 * Offsets are JavaScript string indices (UTF-16 code units) into `document.text`.
 */

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const DocumentProfileSchema = z.object({
  name: z.string().describe("the negotiation profile whose issues label this document's positions"),
  chosenBy: z.enum(["auto", "fallback", "given"])
    .describe("auto: its vocabulary matched the text best; fallback: no profile matched clearly, the generic one; given: chosen by the user"),
  score: z.number().nullable().describe("how strongly the chosen profile's vocabulary matched the text; null when given"),
  cues: z.array(z.string()).default([]).describe("the profile words found most often in the text, the evidence for an automatic choice"),
});
export type DocumentProfile = z.infer<typeof DocumentProfileSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const DocumentSchema = z.object({
  id: z.string().describe("doc_ + the first 16 hex digits of the SHA-256 of the stored text"),
  path: z.string().nullable().describe("the input path as given, '-' for stdin"),
  url: z.string().nullable().default(null),
  title: z.string().nullable(),
  date: isoDate.nullable().describe("publication date"),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  dateline: z.string().nullable().describe("place named in the dateline, e.g. GENEVA"),
  format: z.enum(["text", "html", "transcript"]),
  text: z.string().describe("the body text as Parley stores it; every offset points into it"),
  profile: DocumentProfileSchema.optional().describe("which negotiation profile extraction used, and why"),
});
export type DocumentRecord = z.infer<typeof DocumentSchema>;

export const ActorTypeSchema = z
  .enum(["person", "organization", "state", "group", "place", "unnamed", "collective"])
  .describe("group: an armed or political group with a name; collective: a party named only by a common noun ('the unions', 'consumer delegates')");
export type ActorType = z.infer<typeof ActorTypeSchema>;

export const ActorSchema = z.object({
  id: z.string(),
  name: z.string().describe("the fullest name used in the document, or the role phrase for unnamed actors"),
  type: ActorTypeSchema,
  aliases: z.array(z.string()).describe("other surface forms used for the same actor in the document"),
  roles: z.array(z.string()).describe("titles and offices as written, e.g. 'CIA Director'"),
  affiliation: z.string().nullable().describe("the state or organisation the actor speaks for"),
  gender: z.enum(["male", "female"]).nullable().default(null).describe("from honorifics and titles, for pronoun resolution"),
  mentions: z.array(SpanSchema),
});
export type ActorRecord = z.infer<typeof ActorSchema>;

export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string().describe("the words between the quotation marks"),
  speaker: z.string().nullable().describe("actor id of the speaker, null when unknown"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  attribution: SpanSchema.nullable().describe("span of the attributing words, e.g. 'Kirby said'"),
  fragment: z.boolean().describe("a scare quote or a short fragment embedded in a sentence"),
});
export type QuoteRecord = z.infer<typeof QuoteSchema>;

export const QualifierSchema = z.enum(["exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"]);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const FigureSchema = z.object({
  id: z.string(),
  value: z.number().nullable().describe("the number as written; null for vague amounts such as 'hundreds'"),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: QualifierSchema,
  measure: z.string().describe("normalised category from the measures list, e.g. killed, hostages_held"),
  measureText: z.string().describe("the phrase as written"),
  context: z.string().nullable().describe("where or in which event"),
  source: z.string().nullable().describe("the attribution as written; null when the article states it itself"),
  asOf: isoDate.nullable(),
  unit: z.string().optional().describe("what the value is in: a currency code (USD), cents, pence, percent, points, or a unit such as bpd or tonnes; absent for a head count"),
  currency: z.string().optional().describe("the currency of a sum or price, as a code (USD, AUD, GBP)"),
  scale: z.number().optional().describe("the scale word the value was written with (1000000 for '15.8 mln'); value is already multiplied by it"),
  per: z.string().optional().describe("what a rate is per: 'share' in 'A$6.35 a share', 'tonne' in '13 dlr per tonne'"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type FigureRecord = z.infer<typeof FigureSchema>;

export const EventTypeSchema = z.enum([
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
  "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROPOSE", "ASSESS",
]);
export type EventType = z.infer<typeof EventTypeSchema>;

export const ModalitySchema = z.enum(["asserted", "future", "hypothetical", "negated", "reported"]);
export const PolaritySchema = z.enum(["positive", "negative", "mixed"]);

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  mode: z.string().nullable(),
  trigger: z.string().describe("the word or phrase that signals the event"),
  actors: z.array(z.string()),
  recipients: z.array(z.string()),
  modality: ModalitySchema,
  polarity: PolaritySchema.nullable(),
  date: isoDate.nullable(),
  place: z.string().nullable(),
  terms: z.record(z.string(), z.unknown()).nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type EventRecord = z.infer<typeof EventSchema>;

export const StanceSchema = z.enum(["demand", "reject", "accept", "support", "oppose"]);

export const PositionSchema = z.object({
  id: z.string(),
  actor: z.string().nullable().describe("actor id"),
  stance: StanceSchema,
  issue: z.string().describe("profile issue label, or the phrase as written when no profile matches"),
  text: z.string(),
  places: z.array(z.string()).default([]),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type PositionRecord = z.infer<typeof PositionSchema>;

export const RecordSchema = z.object({
  document: DocumentSchema,
  actors: z.array(ActorSchema),
  quotes: z.array(QuoteSchema),
  figures: z.array(FigureSchema),
  events: z.array(EventSchema),
  positions: z.array(PositionSchema),
});
export type ParleyRecord = z.infer<typeof RecordSchema>;

export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { io: "output" });
}
