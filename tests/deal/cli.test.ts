import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerDeals } from "../../src/cli/commands/deals.js";
import { openStore } from "../../src/store/index.js";
import { AFTER_ARTICLES, AGREEMENT_ARTICLE, PROPOSAL_ARTICLES, records } from "./fixture.js";

interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * The deal commands in process, as src/cli/main.ts runs every command: commander with exitOverride, and
 * an error thrown by a command printed as one line "parley: MESSAGE" with exit code 2.
 */
async function parley(...args: string[]): Promise<Run> {
  const program = new Command("parley").exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  let code = 0;
  registerDeals(program, (c) => (code = Math.max(code, c)));
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((s) => out.push(String(s)) > 0);
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((s) => err.push(String(s)) > 0);
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (error) {
    code = 2;
    if (!(error instanceof CommanderError)) err.push(`parley: ${(error as Error).message}\n`);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return { stdout: out.join(""), stderr: err.join(""), code };
}

let db: string;
let dir: string;

// one database for the whole file: the commands only read it
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-deals-"));
  db = join(dir, "talks.db");
  const store = openStore(db);
  for (const record of records([...PROPOSAL_ARTICLES, AGREEMENT_ARTICLE, ...AFTER_ARTICLES])) store.saveRecord(record);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley deals, compare and ledger", () => {
  it("lists the deals as Markdown and as JSON", async () => {
    const md = await parley("deals", "--db", db);
    expect(md).toMatchObject({ code: 0, stderr: "" });
    expect(md.stdout).toMatch(/^# Deals \(3\)/);
    expect(md.stdout).toContain("| highland-front-2031-03-06-60d | proposal | rejected | 2031-03-06 | Highland Front | 60 days | 2 | 1 |");
    const json = await parley("deals", "list", "--db", db, "--format", "json");
    expect(JSON.parse(json.stdout).map((d: { id: string }) => d.id)).toEqual([
      "ostmark-2031-03-03-20d", "highland-front-2031-03-06-60d", "ostmark-highland-front-2031-04-01-60d",
    ]);
  });

  it("exports a deal as an editable file that checks against the database", async () => {
    const file = join(dir, "counter.yaml");
    const show = await parley("deals", "show", "highland-front", "--db", db, "--out", file);
    expect(show).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const check = await parley("deals", "check", file, "--db", db);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/counter\.yaml: highland-front-2031-03-06-60d is a valid deal, (\d+) pieces of evidence, \1 match /);
    writeFileSync(file, readFileSync(file, "utf8").replace("text: 60-day", "text: 90-day"));
    const stale = await parley("deals", "check", file, "--db", db);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^parley: [^\n]*counter\.yaml: ceasefire\.days\.evidence\.0: its text is not the document's text at these offsets\n$/);
  });

  it("shows a deal as Markdown with its evidence", async () => {
    const run = await parley("deals", "show", "ostmark-highland-front-2031-04-01-60d", "--db", db, "--format", "md");
    expect(run.stdout).toContain("### Phase 1 — 20 days “first phase, lasting 20 days”");
    expect(run.stdout).toContain("- Highland Front releases 30 women and children — “free 30 women and children”");
  });

  it("compares two deals by id or by file, and needs no database for two files", async () => {
    const json = await parley("compare", "ostmark-2031-03-03-20d", "highland-front-2031-03-06-60d", "--db", db, "--format", "json");
    const comparison = JSON.parse(json.stdout);
    expect(comparison.rows.find((r: { term: string }) => r.term === "ceasefire length").gap).toBe("+40 days in B");
    const file = join(dir, "offer.json");
    await parley("deals", "show", "ostmark-2031-03-03-20d", "--db", db, "--format", "json", "--out", file);
    const md = await parley("compare", file, file, "--db", join(dir, "no-such.db"));
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("| ceasefire length | 20 days | 20 days |  |");
  });

  it("prints the ledger of the latest agreed deal", async () => {
    const json = await parley("ledger", "--db", db, "--format", "json");
    expect(json.code).toBe(0);
    const ledger = JSON.parse(json.stdout);
    expect(ledger.deal.id).toBe("ostmark-highland-front-2031-04-01-60d");
    expect(ledger.observations.map((o: { kind: string }) => o.kind)).toEqual(["release", "held", "violation", "delay", "deadline"]);
    const md = await parley("ledger", "ostmark-highland-front", "--db", db);
    expect(md.stdout).toMatch(/^# Implementation ledger: Agreement between Ostmark and Highland Front/);
    expect(md.stdout).toContain("| 30 women and children | **done** |");
  });

  it("refuses bad input with one line naming it", async () => {
    expect(await parley("deals", "--db", db, "--format", "xml")).toMatchObject({ code: 2, stderr: "parley: unknown format 'xml' (md, json)\n" });
    const missing = await parley("deals", "--db", join(dir, "missing.db"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^parley: [^\n]*missing\.db: no such database \(run parley ingest first\)\n$/);
    const unknown = await parley("deals", "show", "nope", "--db", db);
    expect(unknown.stderr).toBe("parley: nope: no deal with this id and no such file (deals: ostmark-2031-03-03-20d, highland-front-2031-03-06-60d, ostmark-highland-front-2031-04-01-60d)\n");
    expect((await parley("deals", "show", "o", "--db", db)).stderr).toMatch(/^parley: o: ambiguous deal id, matches ostmark-2031-03-03-20d, ostmark-highland-front-2031-04-01-60d\n$/);
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "id: Not An Id\n");
    expect((await parley("ledger", bad, "--db", db)).stderr).toMatch(/^parley: [^\n]*bad\.yaml: id: lower-case words and digits joined by hyphens\n$/);
    expect((await parley("ledger", "ostmark-2031-03-03-20d", "--db", db)).stderr)
      .toBe("parley: ostmark-2031-03-03-20d: no effective or signing date; add dates.effective to the deal file\n");
  });
});
