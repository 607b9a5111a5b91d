import { z } from "zod";
import { ActorTypeSchema, EventTypeSchema, ModalitySchema, PolaritySchema, QualifierSchema, StanceSchema } from "../record/schema.js";

/**
 * The analysis: what `buildAnalysis(store, {since, until})` returns and what `parley report --format json`
 * prints. Cross-document views over stored records. Every item carries evidence: a documentId plus
 * start/end character offsets into that document's text, so a reader can highlight the sentence.
 * Actor references (`actors`, `party`, `speaker`...) are ids of `Analysis.actors`, not record actor ids.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** Where an item came from: `document.text.slice(start, end)` of the stored document. */
export const EvidenceSchema = z.object({
  documentId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Evidence plus the publishing document's outlet and date, for listing an item's sources. */
export const SourceRefSchema = EvidenceSchema.extend({
  outlet: z.string().nullable(),
  date: isoDate.nullable().describe("the document's publication date"),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const DocumentEntrySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: isoDate.nullable(),
  outlet: z.string().nullable(),
  path: z.string().nullable(),
  url: z.string().nullable(),
  reprintOf: z.string().nullable().default(null).describe("the earlier document this one reprints (counted once with it, see counts)"),
});
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

export const ActorRoleSchema = z.object({
  role: z.string().describe("the title as written"),
  firstSeen: isoDate.nullable(),
  lastSeen: isoDate.nullable(),
  evidence: z.array(EvidenceSchema),
});

/** One record actor (documentId + its id in that record) that was resolved into an analysis actor. */
export const ActorMemberSchema = z.object({
  documentId: z.string(),
  actorId: z.string(),
  name: z.string(),
});
export type ActorMember = z.infer<typeof ActorMemberSchema>;

export const AnalysisActorSchema = z.object({
  id: z.string().describe("stable within one analysis; derived from the canonical name"),
  name: z.string().describe("canonical name (the fullest name, or the analyst's rename)"),
  type: ActorTypeSchema,
  aliases: z.array(z.string()).describe("every other surface form used across documents"),
  affiliation: z.string().nullable().describe("the side the actor speaks for"),
  roles: z.array(ActorRoleSchema).describe("roles over time, ordered by first seen"),
  members: z.array(ActorMemberSchema),
  mentions: z.array(EvidenceSchema).describe("all mentions across documents"),
  documentCount: z.number().int().nonnegative(),
  firstSeen: isoDate.nullable(),
  lastSeen: isoDate.nullable(),
  edited: z.boolean().describe("an analyst edit (merge, split, rename) changed this actor"),
  party: z.string().nullable().optional().describe("analysis actor id of the side the actor speaks for (itself for a side); null for a person or office no report places"),
});
export type AnalysisActor = z.infer<typeof AnalysisActorSchema>;

/** One figure as reported: a series point or a conflicting value. */
export const FigureReportSchema = EvidenceSchema.extend({
  figureId: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: QualifierSchema,
  source: z.string().nullable().describe("the attribution as written; null when the outlet states it itself"),
  asOf: isoDate.nullable().describe("the figure's date, else its document's date"),
  outlet: z.string().nullable(),
  date: isoDate.nullable().describe("the document's publication date"),
  copies: z.array(SourceRefSchema).describe("the same figure in duplicate paragraphs of other documents (counted once)"),
});
export type FigureReport = z.infer<typeof FigureReportSchema>;

export const SeriesSchema = z.object({
  id: z.string(),
  measure: z.string(),
  context: z.string().nullable().describe("normalised context; null when the figures gave none"),
  contextForms: z.array(z.string()).describe("the contexts as written that were grouped here"),
  quantity: z.string().describe("what the figures count; measures that count the same people share one (hostages_held, detainees_held -> people_held)"),
  measures: z.array(z.string()).describe("the measures as extracted that were grouped here"),
  scope: z.enum(["incident", "cumulative", "standing"]).describe("one incident's toll, a running total over a whole conflict, or a standing count"),
  population: z.string().nullable().describe("the specific group counted ('soldiers'); null for anyone"),
  event: z.string().nullable().describe("the incident the figures belong to, resolved across documents"),
  eventDate: isoDate.nullable().optional().describe("the day of that incident, when a report names it"),
  part: z.boolean().describe("parts of a total ('including 40 children'): never points on the total's line"),
  grouping: z.array(z.string()).describe("why these figures are one series ('grouped because ...')"),
  points: z.array(FigureReportSchema).describe("ordered by asOf, then document date"),
});
export type Series = z.infer<typeof SeriesSchema>;

export const ConflictSchema = z.object({
  id: z.string(),
  measure: z.string(),
  context: z.string().nullable(),
  from: isoDate.describe("first asOf of the window"),
  to: isoDate.describe("last asOf of the window"),
  values: z.array(FigureReportSchema).describe("side by side; never averaged, never picked"),
  series: z.string().optional().describe("id of the series the values belong to"),
  grouping: z.array(z.string()).optional().describe("why the values count one quantity: the series' reasons"),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const TimelineEventSchema = EvidenceSchema.extend({
  id: z.string(),
  type: EventTypeSchema,
  trigger: z.string(),
  date: isoDate.nullable().describe("the event's date when stated"),
  documentDate: isoDate.nullable().describe("earliest publication date among its sources"),
  place: z.string().nullable(),
  actors: z.array(z.string()),
  recipients: z.array(z.string()),
  modality: ModalitySchema,
  polarity: PolaritySchema.nullable(),
  sources: z.array(SourceRefSchema.extend({ eventId: z.string() })).describe("every report of this event"),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const StanceReportSchema = EvidenceSchema.extend({
  stance: StanceSchema,
  date: isoDate.nullable(),
  outlet: z.string().nullable(),
  positionId: z.string(),
  text: z.string(),
  places: z.array(z.string()).describe("places the stance is about, as extracted"),
  speaker: z.string().optional().describe("analysis actor id of the person or office who stated it, when not the party itself"),
  copies: z.array(SourceRefSchema).describe("the same statement in duplicate paragraphs of other documents"),
});
export type StanceReport = z.infer<typeof StanceReportSchema>;

export const StanceChangeSchema = z.object({
  from: StanceSchema,
  to: StanceSchema,
  date: isoDate.nullable(),
  before: StanceReportSchema,
  after: StanceReportSchema,
});
export type StanceChange = z.infer<typeof StanceChangeSchema>;

export const PositionCellSchema = z.object({
  party: z.string().describe("analysis actor id"),
  issue: z.string(),
  stance: StanceSchema.describe("the latest stance seen"),
  firstSeen: isoDate.nullable(),
  lastSeen: isoDate.nullable(),
  evidence: z.array(StanceReportSchema).describe("every stated stance, in date order"),
  changes: z.array(StanceChangeSchema),
});
export type PositionCell = z.infer<typeof PositionCellSchema>;

export const PositionsSchema = z.object({
  parties: z.array(z.string()).describe("analysis actor ids of the sides, rows of the matrix: people and offices roll up to the side they speak for"),
  unplaced: z.array(z.string()).describe("people and offices no report places with a side: their own rows, listed as such").default([]),
  issues: z.array(z.string()).describe("columns of the matrix"),
  cells: z.array(PositionCellSchema),
});
export type Positions = z.infer<typeof PositionsSchema>;

export const MomentumContributionSchema = EvidenceSchema.extend({
  eventId: z.string(),
  speaker: z.string().nullable().describe("analysis actor id"),
  side: z.string().nullable().describe("the name of the side the speaker speaks for"),
  party: z.string().nullable().optional().describe("analysis actor id of that side (see actors[].party)"),
  polarity: PolaritySchema,
  score: z.number().describe("+1 positive, -1 negative, 0 mixed"),
  weight: z.number().describe("side-balanced weight of this assessment on its day"),
});
export type MomentumContribution = z.infer<typeof MomentumContributionSchema>;

export const MomentumPointSchema = z.object({
  date: isoDate,
  raw: z.number().nullable().describe("weighted mean score of the day; null on days without assessments"),
  index: z.number().describe("exponentially smoothed index, see docs/momentum.md"),
  contributions: z.array(MomentumContributionSchema),
});
export type MomentumPoint = z.infer<typeof MomentumPointSchema>;

/** One side's assessments of the talks, with the people who made them inside. */
export const MomentumPartySchema = z.object({
  party: z.string().describe("analysis actor id of the side"),
  speakers: z.array(z.string()).describe("analysis actor ids of the people and offices who spoke for it"),
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  mixed: z.number().int().nonnegative(),
  firstSeen: isoDate,
  lastSeen: isoDate,
});
export type MomentumParty = z.infer<typeof MomentumPartySchema>;

export const MomentumSchema = z.object({
  smoothing: z.number().describe("alpha of the exponential smoothing"),
  points: z.array(MomentumPointSchema).describe("one per day from the first to the last assessment"),
  parties: z.array(MomentumPartySchema).default([]).describe("assessments per side, the speakers inside"),
  unplaced: z.array(z.string()).default([]).describe("speakers no report places with a side: their own rows, never guessed"),
});
export type Momentum = z.infer<typeof MomentumSchema>;

export const DuplicateGroupSchema = z.object({
  id: z.string(),
  similarity: z.number().describe("lowest estimated Jaccard similarity to the group's first copy"),
  copies: z.array(SourceRefSchema).describe("the paragraph in each document, earliest first"),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroupSchema>;

export const DuplicatesSchema = z.object({
  threshold: z.number(),
  shingleSize: z.number().int(),
  groups: z.array(DuplicateGroupSchema),
});
export type Duplicates = z.infer<typeof DuplicatesSchema>;

/** The one count of documents, actors and quotes that the CLI, the report and the API all print. */
export const CountsSchema = z.object({
  documents: z.number().int().nonnegative().describe("stories: reprints counted once"),
  reports: z.number().int().nonnegative().describe("every stored document, reprints included"),
  outlets: z.number().int().nonnegative().describe("distinct outlets among the reports"),
  actors: z.number().int().nonnegative().describe("named actors resolved across documents"),
  unnamed: z.number().int().nonnegative().describe("unnamed sources and collectives ('the unions'), never merged"),
  quotes: z.number().int().nonnegative().describe("direct quotes, reprinted ones counted once"),
  definitions: z.object({ documents: z.string(), actors: z.string(), quotes: z.string() }),
});
export type Counts = z.infer<typeof CountsSchema>;

export const AnalysisSchema = z.object({
  since: isoDate.nullable(),
  until: isoDate.nullable(),
  counts: CountsSchema,
  documents: z.array(DocumentEntrySchema),
  actors: z.array(AnalysisActorSchema),
  series: z.array(SeriesSchema),
  conflicts: z.array(ConflictSchema),
  timeline: z.array(TimelineEventSchema),
  positions: PositionsSchema,
  momentum: MomentumSchema,
  duplicates: DuplicatesSchema,
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export interface AnalysisOptions {
  /** Only documents published on or after this date (YYYY-MM-DD). */
  since?: string;
  /** Only documents published on or before this date (YYYY-MM-DD). */
  until?: string;
}
