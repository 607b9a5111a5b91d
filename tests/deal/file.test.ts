import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DealSchema, formatDeal, parseDeal, readDealFile, type DealInput } from "../../src/deal/index.js";
import { useTempDirs } from "../store/temp.js";

const tempDir = useTempDirs();

/** A deal an analyst writes from scratch: the least a file needs. */
const ANALYST_DEAL: DealInput = {
  id: "ostmark-2031-05-01-30d",
  title: "Ostmark proposal of 2031-05-01: 30-day ceasefire",
  kind: "proposal",
  status: { value: "proposed", source: "analyst" },
  ceasefire: { days: { value: 30, source: "analyst" } },
  phases: [{ number: 1, days: { value: 30, source: "analyst" }, releases: [{ by: "Highland Front", category: "women", source: "analyst" }] }],
};

const write = (name: string, text: string) => {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
};

describe("deal files", () => {
  it("fills what an analyst leaves out", () => {
    const deal = DealSchema.parse(ANALYST_DEAL);
    expect(deal.parties).toEqual([]);
    expect(deal.dates).toEqual({ proposed: null, signed: null, effective: null });
    expect(deal.phases[0]!.releases[0]).toMatchObject({ count: null, evidence: [] });
  });

  it("needs evidence for a term that says it comes from the record", () => {
    const noEvidence = { ...ANALYST_DEAL, ceasefire: { days: { value: 30 } } };
    const parsed = DealSchema.safeParse(noEvidence);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["ceasefire", "days"]);
    expect(parsed.error!.issues[0]!.message).toBe("a term needs evidence, or source: analyst");
  });

  it("refuses a phase listed twice", () => {
    const twice = { ...ANALYST_DEAL, phases: [{ number: 1 }, { number: 1 }] };
    expect(() => parseDeal(JSON.stringify(twice), "twice.json")).toThrow("twice.json: phases.1.number: phase 1 is listed twice");
  });

  it("writes YAML and JSON that read back as the same deal", () => {
    const deal = DealSchema.parse(ANALYST_DEAL);
    for (const format of ["yaml", "json"] as const) {
      const file = write(`deal.${format}`, formatDeal(deal, format));
      expect(readDealFile(file)).toEqual(deal);
    }
    expect(formatDeal(deal, "yaml")).toMatch(/^# Parley deal ostmark-2031-05-01-30d/);
    expect(formatDeal(deal, "yaml")).not.toContain("alternatives");
  });

  it("names the file and the path of a bad value in one line", () => {
    const file = write("bad.yaml", formatDeal(DealSchema.parse(ANALYST_DEAL), "yaml").replace("value: 30\n", "value: thirty\n"));
    expect(() => readDealFile(file)).toThrow(/^[^\n]*bad\.yaml: ceasefire\.days\.value: [^\n]+$/);
  });

  it("names the line of broken YAML, and an unreadable file", () => {
    const file = write("broken.yaml", "id: x\ntitle: [unclosed\n");
    expect(() => readDealFile(file)).toThrow(/broken\.yaml: not valid YAML \(line \d+\)/);
    expect(() => readDealFile(join(tempDir(), "missing.yaml"))).toThrow(/missing\.yaml: no such deal file$/);
    expect(() => parseDeal("[1, 2]", "list.json")).toThrow("list.json: a deal file holds one deal");
  });
});
