import { z } from "zod";

/**
 * The deal model: one proposal or agreement, term by term. Every term says where it came from:
 * `source: record` with `evidence` (the document and the characters the term was read from),
 * `source: analyst` (written or changed by hand) or `source: default` (filled in by a stated rule, e.g.
 * the days of the phases a text does not give). Built by `buildDeals`, written to YAML or JSON by
 * `parley deals show`, edited by hand, and read back by `readDealFile`.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const DealEvidenceSchema = z.object({
  documentId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().describe("the document's text between start and end, to read the evidence without the database"),
}).refine((e) => e.end >= e.start, { message: "end is before start" });
export type DealEvidence = z.infer<typeof DealEvidenceSchema>;

export const TermSourceSchema = z.enum(["record", "analyst", "default"]);
export type TermSource = z.infer<typeof TermSourceSchema>;

const provenance = {
  source: TermSourceSchema.default("record").describe("record: read from the evidence; analyst: written by hand; default: filled in by a rule"),
  evidence: z.array(DealEvidenceSchema).default([]),
};

/** A term read from the record needs evidence; one written by an analyst or a rule does not. */
const hasProvenance = (term: unknown) => {
  const { source, evidence } = term as { source: TermSource; evidence: DealEvidence[] };
  return source !== "record" || evidence.length > 0;
};
const PROVENANCE_MESSAGE = { message: "a term needs evidence, or source: analyst" };

function term<T extends z.ZodRawShape, U extends z.ZodRawShape = {}>(shape: T, after: U = {} as U) {
  return z.object({ ...shape, ...provenance, ...after }).refine(hasProvenance, PROVENANCE_MESSAGE);
}

/** One value with where it came from; `alternatives` are other values other reports gave. */
function scalar<T extends z.ZodType>(value: T) {
  return term({ value }, {
    alternatives: z.array(z.object({ value, evidence: z.array(DealEvidenceSchema).min(1) })).default([]),
  });
}

export const PartySchema = term({
  name: z.string().min(1),
  actorId: z.string().nullable().default(null).describe("the analysis actor id (as in parley report), null when known only by name"),
});
export type DealParty = z.infer<typeof PartySchema>;

export const MediatorSchema = term({
  name: z.string().min(1),
  actorId: z.string().nullable().default(null),
  role: z.enum(["mediator", "monitor"]),
});
export type DealMediator = z.infer<typeof MediatorSchema>;

/** Who acts: a party's name, "both" for both sides, null when the text does not say. */
const actor = z.string().min(1).nullable().default(null);
const category = z.string().min(1).describe("women, children, elderly, wounded, sick, soldiers, fighters, civilians, remains, prisoners, detainees, hostages (src/kb/data/deal-terms.json)");

const count = z.number().int().nonnegative().nullable().default(null);
const IncludedSchema = z.object({ category, count });

export const ReleaseSchema = term({
  by: actor.describe("who releases"),
  category,
  count,
  includes: z.array(IncludedSchema).default([])
    .describe("who is among them: women and children of '50 women and children held hostage', four children of '13 hostages, including four children'"),
});
export type DealRelease = z.infer<typeof ReleaseSchema>;

export const WithdrawalSchema = term({
  by: actor.describe("who pulls back"),
  area: z.string().min(1).nullable().default(null).describe("the place left, as written"),
  distanceKm: z.number().nonnegative().nullable().default(null),
  forces: z.string().nullable().default(null).describe("what is pulled back: artillery, forces, troops..."),
  withinDays: z.number().int().positive().nullable().default(null).describe("'within 60 days': days after the deal takes effect by which it is due"),
});
export type DealWithdrawal = z.infer<typeof WithdrawalSchema>;

export const AidSchema = term({
  what: z.string().min(1),
  amount: z.number().nonnegative().nullable().default(null),
  unit: z.string().nullable().default(null).describe("trucks, convoys, tonnes..."),
  per: z.string().nullable().default(null).describe("day or week when the amount is a rate"),
  destination: z.string().nullable().default(null),
});
export type DealAid = z.infer<typeof AidSchema>;

const ExchangeSideSchema = z.object({
  by: actor,
  what: z.string().min(1).describe("a release category, or ceasefire or aid"),
  count: z.number().int().nonnegative().nullable().default(null),
});

export const ExchangeSchema = term({
  give: ExchangeSideSchema,
  get: ExchangeSideSchema,
  ratio: z.number().positive().nullable().default(null).describe("how many of `get` for one of `give`"),
});
export type DealExchange = z.infer<typeof ExchangeSchema>;

export const ExtensionSchema = term({
  days: z.number().int().positive().describe("days added to the ceasefire"),
  per: IncludedSchema.nullable().default(null).describe("for how many released: 'one day for every 10 hostages released'"),
  conditional: z.boolean().default(false).describe("a rule or a possibility ('could be extended'), not an extension agreed"),
});
export type DealExtension = z.infer<typeof ExtensionSchema>;

export const NoteSchema = term({ text: z.string().min(1) });
export type DealNote = z.infer<typeof NoteSchema>;

const days = z.number().int().positive();

export const PhaseSchema = z.object({
  number: z.number().int().positive(),
  days: scalar(days).nullable().default(null),
  releases: z.array(ReleaseSchema).default([]),
  withdrawals: z.array(WithdrawalSchema).default([]),
  aid: z.array(AidSchema).default([]),
  conditionsToNext: z.array(NoteSchema).default([]).describe("what must happen before the next phase"),
  provisions: z.array(NoteSchema).default([]).describe("other terms of the phase, as written"),
});
export type DealPhase = z.infer<typeof PhaseSchema>;

export const DealStatusSchema = z.enum(["proposed", "countered", "agreed", "rejected"]);
export type DealStatus = z.infer<typeof DealStatusSchema>;

/** One article that reports the deal. */
export const DealReportSchema = z.object({
  documentId: z.string().min(1),
  eventId: z.string().nullable().default(null),
  outlet: z.string().nullable().default(null),
  date: isoDate.nullable().default(null).describe("publication date"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  reference: z.boolean().default(false).describe("mentions the deal without stating it (its terms are not read)"),
});
export type DealReport = z.infer<typeof DealReportSchema>;

export const DealSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words and digits joined by hyphens"),
  title: z.string().min(1),
  kind: z.enum(["proposal", "agreement"]),
  status: scalar(DealStatusSchema),
  counters: z.string().nullable().default(null).describe("id of the proposal this one answers"),
  proposers: z.array(PartySchema).default([]),
  parties: z.array(PartySchema).default([]),
  mediators: z.array(MediatorSchema).default([]),
  dates: z.object({
    proposed: scalar(isoDate).nullable().default(null),
    signed: scalar(isoDate).nullable().default(null),
    effective: scalar(isoDate).nullable().default(null),
  }).prefault({}),
  ceasefire: z.object({
    days: scalar(days).nullable().default(null),
    permanent: scalar(z.boolean()).nullable().default(null),
    extensions: z.array(ExtensionSchema).default([]).describe("days added to the ceasefire, agreed or offered as a rule"),
  }).prefault({}),
  phaseCount: scalar(z.number().int().positive()).nullable().default(null),
  phases: z.array(PhaseSchema).default([]),
  releases: z.array(ReleaseSchema).default([]).describe("releases the text ties to no phase"),
  exchanges: z.array(ExchangeSchema).default([]),
  withdrawals: z.array(WithdrawalSchema).default([]).describe("withdrawals the text ties to no phase"),
  aid: z.array(AidSchema).default([]).describe("aid the text ties to no phase"),
  conditions: z.array(NoteSchema).default([]),
  reports: z.array(DealReportSchema).default([]),
}).superRefine((deal, ctx) => {
  const numbers = deal.phases.map((p) => p.number);
  numbers.forEach((n, i) => {
    if (numbers.indexOf(n) !== i) ctx.addIssue({ code: "custom", path: ["phases", i, "number"], message: `phase ${n} is listed twice` });
  });
});
export type Deal = z.infer<typeof DealSchema>;
/** What a deal file may leave out (defaults fill it in). */
export type DealInput = z.input<typeof DealSchema>;

export type ScalarTerm<T> = { value: T; source: TermSource; evidence: DealEvidence[]; alternatives: Array<{ value: T; evidence: DealEvidence[] }> };

export function dealJsonSchema(): unknown {
  return z.toJSONSchema(DealSchema, { io: "input" });
}
