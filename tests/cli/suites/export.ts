import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { PloverRecordSchema } from "../../../src/export/plover-schema.js";
import { STORIES } from "../../export/fixture.js";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, lines, parley } from "../run.js";

const tempDir = useTempDirs();

/** A folder of the fictional stories, ingested into dir/t.db. */
async function ingested(): Promise<string> {
  const dir = tempDir();
  for (const story of STORIES) writeFileSync(join(dir, story.name), story.text);
  const manifest = STORIES.map((s) => JSON.stringify({ path: s.name, outlet: s.outlet, ...(s.date ? { date: s.date } : {}) })).join("\n");
  writeFileSync(join(dir, "manifest.jsonl"), manifest + "\n");
  const run = await parley(["ingest", "--db", "t.db", "--quiet", "--manifest", "manifest.jsonl"], { cwd: dir });
  expect(run.code).toBe(0);
  return dir;
}

const csv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe("parley export and parley edit", CLI_TIMEOUT, () => {
  it("writes quotes to a CSV file with spans that slice the stored text; --format plover validates", async () => {
    const dir = await ingested();
    const documents = csv((await parley(["export", "--db", "t.db", "--table", "documents"], { cwd: dir })).stdout);
    expect(documents).toHaveLength(STORIES.length);
    const texts = new Map(documents.map((d) => [d.document_id!, d.text!]));
    const run = await parley(["export", "--db", "t.db", "--table", "quotes", "--out", "quotes.csv"], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, ""]);
    const quotes = csv(readFileSync(join(dir, "quotes.csv"), "utf8"));
    const shown = await Promise.all(documents.map((d) => parley(["show", d.document_id!, "--db", "t.db", "--format", "json"], { cwd: dir })));
    const stored = shown.flatMap((s) => (JSON.parse(s.stdout) as { quotes: unknown[] }).quotes);
    expect(quotes).toHaveLength(stored.length);
    for (const q of quotes) expect(texts.get(q.document_id!)!.slice(Number(q.start), Number(q.end))).toBe(q.text);
    expect(quotes.filter((q) => q.resolved_speaker === "Lidia Marek").length).toBeGreaterThan(1);

    const plover = await parley(["export", "--db", "t.db", "--table", "events", "--format", "plover"], { cwd: dir });
    expect(plover.code).toBe(0);
    const records = lines(plover.stdout).map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(PloverRecordSchema.safeParse(r).success).toBe(true);
  });

  it("refuses bad requests in one line with exit code 2", async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [["export", "--db", "none.db", "--table", "quotes"], /^parley: none\.db: no such database/],
      [["export", "--db", "none.db", "--table", "people"], /unknown table 'people'/],
      [["export", "--db", "none.db", "--table", "quotes", "--format", "plover"], /plover is for the events table only/],
      [["export", "--db", "none.db", "--table", "quotes", "--since", "2025-02-30"], /--since: '2025-02-30' is not a date/],
    ];
    for (const [args, message] of cases) {
      const run = await parley(args, { cwd: dir });
      expect(run.code, args.join(" ")).toBe(2);
      expect(lines(run.stderr), args.join(" ")).toEqual([expect.stringMatching(message)]);
    }
  });

  it("split --name, set and undo from the command line; the resolved columns follow each edit", async () => {
    const dir = await ingested();
    const actors = async () => csv((await parley(["export", "--db", "t.db", "--table", "actors"], { cwd: dir })).stdout);
    const lidia = (await actors()).filter((a) => a.resolved_id === "lidia-marek");
    expect(new Set(lidia.map((a) => a.document_id)).size).toBe(2);
    const first = lidia[0]!;
    const split = await parley(["edit", "split", "--db", "t.db", "--by", "ana", "lidia-marek", `${first.document_id}:${first.id}`, "--name", "Lidia Marek (Lindhaven)"], { cwd: dir });
    expect(split.code).toBe(0);
    let after = await actors();
    expect(after.find((a) => a.document_id === first.document_id && a.id === first.id)!.resolved_id).toBe("lidia-marek-lindhaven");
    expect(after.filter((a) => a.resolved_id === "lidia-marek")).toHaveLength(lidia.length - 1);
    expect((await parley(["edit", "set", "--db", "t.db", "lidia-marek", "--side", "Valdoria"], { cwd: dir })).code).toBe(0);
    after = await actors();
    expect(after.filter((a) => a.resolved_id === "lidia-marek").every((a) => a.side === "Valdoria")).toBe(true);
    expect((await parley(["edit", "undo", "--db", "t.db"], { cwd: dir })).code).toBe(0);
    expect((await parley(["edit", "undo", "--db", "t.db", "1"], { cwd: dir })).code).toBe(0);
    expect((await actors()).filter((a) => a.resolved_id === "lidia-marek")).toHaveLength(lidia.length);
    const log = await parley(["edit", "list", "--db", "t.db"], { cwd: dir });
    expect(lines(log.stdout).map((l) => l.split(" ")[3])).toEqual(["split", "set", "undo", "undo"]);
    expect(log.stdout).toMatch(/#1 .* split .*\[undone\]/);
    const again = await parley(["edit", "undo", "--db", "t.db", "1"], { cwd: dir });
    expect([again.code, lines(again.stderr)]).toEqual([2, ["parley: #1 is already undone"]]);
  });
});
