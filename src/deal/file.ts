import { extname } from "node:path";
import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from "yaml";
import { describeZodError, readAnalystFile } from "../ingest/analyst-file.js";
import { InputError } from "../ingest/types.js";
import { DealSchema, type Deal } from "./schema.js";

export type DealFileFormat = "yaml" | "json";


/** Parses and validates a deal written as YAML or JSON (by extension; JSON when the text opens with "{"). */
export function parseDeal(text: string, file: string): Deal {
  const json = extname(file).toLowerCase() === ".json" || (extname(file) === "" && text.trimStart().startsWith("{"));
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new InputError(file, `not valid YAML${line ? ` (line ${line})` : ""}: ${error.message.split("\n")[0]}`);
    }
    throw new InputError(file, `not valid JSON: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new InputError(file, "a deal file holds one deal (a mapping with id, title, kind, status...)");
  const parsed = DealSchema.safeParse(data);
  if (!parsed.success) throw new InputError(file, describeZodError(parsed.error));
  return parsed.data;
}

export function readDealFile(file: string): Deal {
  return parseDeal(readAnalystFile(file, "deal"), file);
}

/** Empty `alternatives` say nothing to a reader of the file; they come back as defaults on reading. */
function withoutEmptyAlternatives(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyAlternatives);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "alternatives" && Array.isArray(item) && item.length === 0) continue;
    out[key] = withoutEmptyAlternatives(item);
  }
  return out;
}

/** A deal as an editable file: YAML (with a header saying how to edit it) or JSON. */
export function formatDeal(deal: Deal, format: DealFileFormat): string {
  const data = withoutEmptyAlternatives(deal);
  if (format === "json") return JSON.stringify(data, null, 2) + "\n";
  const header = [
    `# Parley deal ${deal.id}. Edit any term; a term you write or change gets "source: analyst"`,
    "# (and may drop its evidence). Check it with: parley deals check FILE. Model: docs/deals.md",
  ].join("\n");
  return `${header}\n${stringifyYaml(data, { lineWidth: 0 })}`;
}
