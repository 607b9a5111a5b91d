import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";
import { loadSource } from "../../src/ingest/index.js";
import type { SourceDocument } from "../../src/ingest/types.js";
import { source } from "../helpers.js";

const DEMO = join(import.meta.dirname, "../../demo/corpus");

/** Short texts written to teach the tagger words in odd forms ("(Vestmarco's)") that a later article uses plainly. */
const TEACHERS = [
  source("Shares rose (Vestmarco's) after the \"Vestmarco's\" board met. Vestmarco's. Vestmarco's, said one.", { path: "teacher-1.txt" }),
  source("Talks with Vestmarco's board resumed on Monday; the union wants a 4.5% raise for 1,200 workers.", { path: "teacher-2.txt" }),
];

describe("a record does not depend on the documents read before it", () => {
  it("gives every article the same record whichever order the articles are read in", () => {
    const files = readdirSync(DEMO).filter((name) => /\.(txt|html|md)$/.test(name)).sort().map((name) => join(DEMO, name));
    expect(files.length).toBeGreaterThan(3);
    const sources: SourceDocument[] = [...TEACHERS, ...files.map((path) => loadSource({ path }, { maxBytes: 5_000_000 }))];
    const recordsOf = (order: SourceDocument[]) => new Map(order.map((doc) => [doc.path, JSON.stringify(extract(doc))]));
    const forward = recordsOf(sources);
    const backward = recordsOf([...sources].reverse());
    for (const doc of sources) expect(backward.get(doc.path), doc.path).toBe(forward.get(doc.path));
  }, 120_000);
});
