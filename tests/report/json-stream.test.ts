import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { jsonPieces, writeJson } from "../../src/report/json-stream.js";
import { fixtureContext } from "./analysis-fixture.js";

/** Reads everything written to a stream that holds back (high-water mark of one byte), so drain waits are exercised. */
async function written(value: unknown): Promise<{ text: string; writes: number }> {
  const stream = new PassThrough({ highWaterMark: 1 });
  const parts: string[] = [];
  stream.on("data", (chunk: Buffer) => parts.push(chunk.toString()));
  await writeJson(value, stream);
  stream.end();
  return { text: parts.join(""), writes: parts.length };
}

describe("streamed JSON report", () => {
  it("writes the same text as JSON.stringify of the analysis", async () => {
    const { analysis } = fixtureContext();
    expect((await written(analysis)).text).toBe(JSON.stringify(analysis, null, 2) + "\n");
  });

  it("follows JSON.stringify on empty, undefined, nested and dated values", () => {
    const value = {
      a: [], b: {}, c: undefined, d: [undefined, () => 1, null, 0, "x"], e: { f: { g: { h: [1, { i: 2 }] } } },
      when: new Date(Date.UTC(2031, 0, 2)), k: "quote \"and\" \u2028 line",
    };
    expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
    for (const scalar of [null, 3, "s", true, []]) expect([...jsonPieces(scalar)].join("")).toBe(JSON.stringify(scalar, null, 2));
  });

  it("writes a long list in many pieces, none holding the whole text", async () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, trigger: "met", date: "2031-01-01" }));
    const { text, writes } = await written({ timeline: events });
    expect(JSON.parse(text).timeline).toHaveLength(20_000);
    expect(writes).toBeGreaterThan(5);
  });
});
