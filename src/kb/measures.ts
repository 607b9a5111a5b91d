import { z } from "zod";

/**
 * One measure of the figures stage beyond casualty counts, as listed under "quantities" in
 * src/kb/data/measures.json and in a profile's "measures" field: its name and the nouns that stand for
 * it; `counts` lets a bare number before one of the nouns be a figure ("40,000 workers").
 */
export const MeasureEntrySchema = z.strictObject({
  measure: z.string().regex(/^[a-z][a-z0-9_]*$/, "a measure is lower-case letters, digits and _"),
  nouns: z.array(z.string().trim().min(1)).min(1),
  counts: z.boolean().optional(),
});

export type MeasureEntry = z.infer<typeof MeasureEntrySchema>;
