import { z } from "zod";
import { readKbFile } from "../kb/files.js";
import { EventTypeSchema, ModalitySchema, PolaritySchema } from "../record/schema.js";

/**
 * The fields of a PLOVER event record (the PLOVER manual's interchange format, docs/ontology.md
 * "PLOVER export"), to check every record Parley writes before it leaves: `parley export --format
 * plover` refuses to write one that does not validate.
 */
const PloverActorSchema = z.strictObject({
  actor_text: z.string().min(1),
  identifier_id: z.string().min(1),
  identifier_text: z.string().min(1),
  sector: z.string().min(1),
});

export const PLOVER_EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
  "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;

const PloverTypeSchema = z.enum(PLOVER_EVENT_TYPES);

export const PloverRecordSchema = z.strictObject({
  id: z.string().regex(/^doc_[0-9a-f]+-.+$/, "document id + event id"),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  source: z.array(PloverActorSchema),
  recipient: z.array(PloverActorSchema),
  event: z.array(PloverTypeSchema).min(1),
  event_type: PloverTypeSchema,
  mode: z.string().min(1).nullable(),
  context: z.array(z.string().min(1)),
  event_text: z.array(z.string()),
  event_loc: z.strictObject({ name: z.string().min(1) }).nullable(),
  text: z.string(),
  text_info: z.strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    event_text_start: z.number().int().nonnegative().nullable(),
    event_text_end: z.number().int().nonnegative().nullable(),
  }),
  coder: z.literal("parley"),
  subtype: EventTypeSchema,
  parley: z.strictObject({
    event: z.string(),
    type: EventTypeSchema,
    mode: z.string().nullable(),
    modality: ModalitySchema,
    polarity: PolaritySchema.nullable(),
    terms: z.record(z.string(), z.unknown()).nullable(),
  }),
}).refine((r) => r.event[0] === r.event_type, { message: "event_type is not the event's category" })
  .refine((r) => r.text_info.end >= r.text_info.start, { message: "text_info.end is before start" })
  .refine((r) => r.mode === null || ploverModes(r.event_type).includes(r.mode), { message: "mode is not one PLOVER lists for the event type" });

/** The modes PLOVER lists per event type (src/kb/data/plover.json, from the PLOVER manual). */
function ploverModes(type: string): string[] {
  return readKbFile<{ ploverModes: Record<string, string[]> }>("plover.json").ploverModes[type] ?? [];
}
