import { z } from "zod";

/**
 * A bargaining scenario: issues as 0-100 scales with labelled anchor points, the actors, and for each
 * actor on an issue its position, salience and capability. Every value says where it came from: the
 * record (with the evidence), the analyst, or a default. Written by hand or by `parley forecast --init`,
 * as YAML or JSON; docs/bargaining.md describes the format.
 */

const id = z.string().trim().min(1);
const scale = z.number().min(0).max(100);

export const ValueSourceSchema = z.enum(["record", "analyst", "default"]);
export type ValueSource = z.infer<typeof ValueSourceSchema>;

export const ValueEvidenceSchema = z.strictObject({
  documentId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type ValueEvidence = z.infer<typeof ValueEvidenceSchema>;

export const SourcedValueSchema = z.strictObject({
  value: scale,
  source: ValueSourceSchema,
  evidence: z.array(ValueEvidenceSchema).optional(),
  note: z.string().optional(),
});
export type SourcedValue = z.infer<typeof SourcedValueSchema>;

export const AnchorSchema = z.strictObject({
  id,
  at: scale.describe("where the anchor sits on the 0-100 scale"),
  label: z.string().min(1),
  cues: z.array(z.string().min(1)).optional().describe("phrases that place an actor demanding, supporting or accepting them here"),
  refusalCues: z.array(z.string().min(1)).optional().describe("phrases that place an actor rejecting or opposing them here"),
  days: z.number().nonnegative().optional().describe("a ceasefire length in days this anchor stands for (proposal terms)"),
  terms: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional()
    .describe("proposal terms (PROPOSE/AGREE events) that place their proposers here"),
});
export type Anchor = z.infer<typeof AnchorSchema>;

export const ScenarioIssueSchema = z.strictObject({
  id,
  label: z.string().min(1),
  description: z.string().optional(),
  anchors: z.array(AnchorSchema).min(2),
  recordIssues: z.array(z.string().min(1)).optional().describe("the record's issue labels read for this issue (default: its id)"),
  positiveDefault: z.string().optional().describe("anchor for a demand/support/accept that matches no cue"),
  negativeDefault: z.string().optional().describe("anchor for a reject/oppose that matches no cue"),
  statusQuo: SourcedValueSchema.optional(),
});
export type ScenarioIssue = z.infer<typeof ScenarioIssueSchema>;

export const ScenarioActorSchema = z.strictObject({
  id,
  name: z.string().min(1),
  side: z.string().nullable().optional(),
  capability: SourcedValueSchema.optional().describe("the actor's capability on every issue without its own"),
});
export type ScenarioActor = z.infer<typeof ScenarioActorSchema>;

export const AssessmentSchema = z.strictObject({
  actor: id,
  issue: id,
  position: SourcedValueSchema.optional(),
  salience: SourcedValueSchema.optional(),
  capability: SourcedValueSchema.optional(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export const ScenarioSchema = z
  .strictObject({
    title: z.string().optional(),
    description: z.string().optional(),
    issues: z.array(ScenarioIssueSchema),
    actors: z.array(ScenarioActorSchema),
    assessments: z.array(AssessmentSchema).default([]),
  })
  .superRefine((scenario, ctx) => {
    const unique = (ids: string[], path: (k: number) => (string | number)[], what: string) => {
      const seen = new Set<string>();
      ids.forEach((value, k) => {
        if (seen.has(value)) ctx.addIssue({ code: "custom", path: path(k), message: `duplicate ${what} '${value}'` });
        seen.add(value);
      });
    };
    unique(scenario.issues.map((i) => i.id), (k) => ["issues", k, "id"], "issue id");
    unique(scenario.actors.map((a) => a.id), (k) => ["actors", k, "id"], "actor id");
    unique(scenario.assessments.map((a) => `${a.actor} on ${a.issue}`), (k) => ["assessments", k], "assessment of");
    scenario.issues.forEach((issue, k) => {
      unique(issue.anchors.map((a) => a.id), (n) => ["issues", k, "anchors", n, "id"], "anchor id");
      for (const key of ["positiveDefault", "negativeDefault"] as const) {
        const anchor = issue[key];
        if (anchor !== undefined && !issue.anchors.some((a) => a.id === anchor)) {
          ctx.addIssue({ code: "custom", path: ["issues", k, key], message: `no anchor '${anchor}' on this issue` });
        }
      }
    });
    const issues = new Set(scenario.issues.map((i) => i.id));
    const actors = new Set(scenario.actors.map((a) => a.id));
    scenario.assessments.forEach((assessment, k) => {
      if (!actors.has(assessment.actor)) ctx.addIssue({ code: "custom", path: ["assessments", k, "actor"], message: `no actor '${assessment.actor}' in actors` });
      if (!issues.has(assessment.issue)) ctx.addIssue({ code: "custom", path: ["assessments", k, "issue"], message: `no issue '${assessment.issue}' in issues` });
    });
  });
export type Scenario = z.infer<typeof ScenarioSchema>;
