import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { extractStories } from "../export/fixture.js";
import { useServers } from "./fixture.js";

const serve = useServers();

const download = async (base: string, path: string) => {
  const response = await fetch(new URL(path, base));
  return { status: response.status, headers: response.headers, text: await response.text() };
};

describe("?format=csv|jsonl on the list routes", () => {
  it("answers each list as a CSV download, one row per item with spans into the stored text", async () => {
    const records = extractStories();
    const server = await serve(records);
    const texts = new Map(records.map((r) => [r.document.id, r.document.text]));
    const counts = { quotes: records.flatMap((r) => r.quotes.filter((q) => !q.fragment)).length, events: records.flatMap((r) => r.events).length,
      figures: records.flatMap((r) => r.figures).length, positions: records.flatMap((r) => r.positions).length,
      actors: records.flatMap((r) => r.actors).length, documents: records.length };
    for (const [list, count] of Object.entries(counts)) {
      const answer = await download(server.url, `/api/${list}?format=csv`);
      expect(answer.status, list).toBe(200);
      expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(answer.headers.get("content-disposition")).toBe(`attachment; filename="parley-${list}.csv"`);
      const rows = parse(answer.text, { columns: true }) as Record<string, string>[];
      expect(rows, list).toHaveLength(count);
      for (const row of rows) expect(texts.get(row.document_id!)!.slice(Number(row.start), Number(row.end))).toBe(row.text);
    }
  });

  it("keeps the list's date window and filters, answers JSON lines, and refuses an unknown format with a 400", async () => {
    const records = extractStories();
    const server = await serve(records);
    const windowed = await download(server.url, "/api/quotes?format=jsonl&since=2025-03-06&until=2025-03-31");
    expect(windowed.headers.get("content-disposition")).toBe(`attachment; filename="parley-quotes-2025-03-06_2025-03-31.jsonl"`);
    const lines = windowed.text.trim().split("\n").map((l) => JSON.parse(l) as { date: string });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.date === "2025-03-09")).toBe(true);
    const type = records.flatMap((r) => r.events)[0]!.type;
    const events = parse((await download(server.url, `/api/events?format=csv&type=${type}`)).text, { columns: true }) as { type: string }[];
    expect(events.length).toBe(records.flatMap((r) => r.events).filter((e) => e.type === type).length);
    const bad = await download(server.url, "/api/quotes?format=xlsx");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error.message).toMatch(/unknown format 'xlsx'/);
    // without format, the route answers JSON as before
    expect((await server.get("/api/quotes")).body.total).toBe(records.flatMap((r) => r.quotes.filter((q) => !q.fragment)).length);
  });
});
