import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDirs } from "../../store/temp.js";
import { CLI_TIMEOUT, lines, parley } from "../run.js";

const tempDir = useTempDirs();

// A fictional wire story.
const STORY = "Union strikes at Tarnov\n\nTARNOV, Jan 29 - Dockers at Tarnov went on strike on Monday after the port company offered a 2 pct pay rise, and the talks broke down.\n";

describe("parley extract --format plover", CLI_TIMEOUT, () => {
  it("prints one PLOVER record a line, with PLOVER's type and Parley's own", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "story.txt"), STORY);
    const result = await parley(["extract", "story.txt", "--format", "plover"], { cwd: dir });
    expect(result.code).toBe(0);
    const records = lines(result.stdout).map((l) => JSON.parse(l) as { event: string[]; subtype: string; id: string; text_info: { start: number } });
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r.event).toHaveLength(1);
      expect(r.id).toMatch(/^doc_[0-9a-f]{16}-e\d+$/);
    }
    expect(records.map((r) => r.event[0])).toContain("PROTEST");
    expect(records.map((r) => r.subtype)).not.toContain("ASSAULT");
  });

  it("refuses an unknown format in one line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "story.txt"), STORY);
    const result = await parley(["extract", "story.txt", "--format", "xml"], { cwd: dir });
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown format 'xml'/);
  });
});
