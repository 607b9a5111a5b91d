import { z } from "zod";
import { readBargainingData } from "./data-files.js";
import { ScenarioIssueSchema, type ScenarioIssue } from "./scenario.js";

/** The default 0-100 scale of each profile issue (data/scales.json), for starter scenarios. */

const ScalesFileSchema = z.object({ issues: z.array(ScenarioIssueSchema.omit({ statusQuo: true })) });

let scales: Map<string, ScenarioIssue> | undefined;

function defaultScales(): Map<string, ScenarioIssue> {
  if (!scales) {
    const parsed = ScalesFileSchema.safeParse(readBargainingData("scales.json"));
    if (!parsed.success) throw new Error(`src/bargaining/data/scales.json: ${parsed.error.issues[0]!.path.join(".")}: ${parsed.error.issues[0]!.message}`);
    scales = new Map(parsed.data.issues.map((issue) => [issue.id, issue]));
  }
  return scales;
}

/**
 * The scale for an issue: the one in data/scales.json, or for an issue it does not know (another
 * profile's) a plain one from "none of it" to "all of it", where a demand sits at 100 and a refusal at 0.
 */
export function defaultScale(issueId: string, description?: string): ScenarioIssue {
  const known = defaultScales().get(issueId);
  if (known) return structuredClone(known);
  return {
    id: issueId,
    label: issueId.replace(/_/g, " "),
    ...(description ? { description } : {}),
    anchors: [
      { id: "none", at: 0, label: "none of it: refused" },
      { id: "full", at: 100, label: "all of it: demanded in full" },
    ],
    positiveDefault: "full",
    negativeDefault: "none",
  };
}
