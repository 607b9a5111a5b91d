import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RecordSchema, recordJsonSchema } from "../../src/record/schema.js";
import { extract } from "../../src/extract/pipeline.js";
import { source } from "../helpers.js";

describe("the record contract", () => {
  it("docs/record.schema.json is the schema the code enforces (regenerate with npm run schema)", () => {
    const committed = JSON.parse(readFileSync(new URL("../../docs/record.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(recordJsonSchema());
  });

  it("every extracted record satisfies the schema and its offsets point at the evidence", () => {
    const text = `"We are close," CIA Director William Burns said in Doha on Sunday, where some 1,200 people were killed, according to officials.`;
    const record = extract(source(text));
    expect(() => RecordSchema.parse(record)).not.toThrow();
    for (const actor of record.actors) for (const m of actor.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
    for (const q of record.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(record.actors.find((a) => a.name === "William Burns")?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["William Burns"]);
  });
});
