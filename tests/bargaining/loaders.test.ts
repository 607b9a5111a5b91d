import { describe, expect, it } from "vitest";
import { capabilityIn, regimeFor } from "../../src/bargaining/validation/capability.js";
import { decisionYear, parseDeu, scaleValue, yearOf } from "../../src/bargaining/validation/deu.js";
import { parseEmissions } from "../../src/bargaining/validation/emissions.js";

/** A fictional file in DEU III's layout: header, the GDP line this copy adds, then one row per issue. */
const COLUMNS = ["prnr", "isnr", "intro", "finact", "pcom", "pde", "plu", "ppl", "scom", "sde", "slu", "spl", "rp", "out"];
const row = (cells: Record<string, string>) => COLUMNS.map((c) => (cells[c] === undefined ? "" : cells[c])).join("\t");
const FILE = [
  COLUMNS.map((c) => `"${c}"`).join("\t"),
  row({ pcom: "4.1", pde: "2.8" }),
  // scoreable, decided 2001 (finact mangled to 19DD-MM-YY): pre-Nice weights
  row({ prnr: '"x001"', isnr: '"x001i1"', intro: '"26-01-00"', finact: "1930-05-01", pcom: "100", pde: "0", plu: "50", scom: "80", sde: "40", slu: "20", rp: "0", out: "60" }),
  // no outcome (999 is the file's missing value)
  row({ prnr: '"x001"', isnr: '"x001i2"', intro: '"26-01-00"', pcom: "10", pde: "20", plu: "30", scom: "50", sde: "50", slu: "50", out: "999" }),
  // only two actors with both position and salience (Luxembourg has no salience)
  row({ prnr: '"x002"', isnr: '"x002i1"', intro: '"26-01-00"', pcom: "10", pde: "20", plu: "30", scom: "50", sde: "50", out: "40" }),
  // finact 999: the year comes from intro (2004), and Poland, new in 2004, has no pre-Nice weight: Nice
  row({ prnr: '"x003"', isnr: '"x003i1"', intro: '"2022-09-04"', finact: "999", pcom: "0", pde: "100", ppl: "100", scom: "50", sde: "50", spl: "50", out: "100" }),
  // proposed 2016 (DD-MM-YYYY), decided 2017 (finact mangled to 20DD-MM-YY): Lisbon population weights
  row({ prnr: '"x004"', isnr: '"x004i1"', intro: '"02-02-2016"', finact: "2024-05-17", pcom: "0", pde: "100", plu: "100", scom: "50", sde: "50", slu: "50", out: "30" }),
].join("\n");

describe("DEU III loader", () => {
  const data = parseDeu(FILE);

  it("scores issues with an outcome in 0-100 and at least three actors having position and salience", () => {
    expect(data.rows).toBe(5);
    expect(data.issues.map((i) => i.id)).toEqual(["x001i1", "x003i1", "x004i1"]);
    expect(data.withoutOutcome).toBe(1);
    expect(data.withTooFewActors).toBe(1);
  });

  it("reads the status quo, the outcome and each actor's inputs", () => {
    const first = data.issues[0]!;
    expect(first).toMatchObject({ proposal: "x001", year: 2001, regime: "pre-nice", statusQuo: 0, outcome: 60 });
    expect(first.actors).toEqual([
      { id: "com", position: 100, salience: 80, capability: 100 },
      { id: "de", position: 0, salience: 40, capability: 100 },
      { id: "lu", position: 50, salience: 20, capability: 20 },
    ]);
    expect(data.issues[2]!.statusQuo).toBeNull();
  });

  it("weights states by the treaty regime of the decision year", () => {
    expect(data.issues[1]).toMatchObject({ year: 2004, regime: "nice" });
    expect(data.issues[1]!.actors.find((a) => a.id === "pl")!.capability).toBeCloseTo((100 * 27) / 29, 10);
    expect(data.issues[2]).toMatchObject({ year: 2017, regime: "lisbon" });
    expect(data.issues[2]!.actors.find((a) => a.id === "lu")!.capability).toBeCloseTo((100 * 0.63) / 83.12, 10);
  });

  it("can take the year's regime literally, leaving a new member without capability", () => {
    const literal = parseDeu(FILE, { literalRegimes: true });
    expect(literal.issues[1]!.regime).toBe("pre-nice");
    expect(literal.issues[1]!.actors.find((a) => a.id === "pl")!.capability).toBe(0);
  });

  it("reads dates as DD-MM-YY, DD-MM-YYYY or mangled 19DD-MM-YY / 20DD-MM-YY", () => {
    expect(yearOf("26-01-00")).toBe(2000);
    expect(yearOf("1930-05-01")).toBe(2001);
    expect(yearOf("2024-12-08")).toBe(2008);
    expect(yearOf("13-12-2016")).toBe(2016);
    expect(yearOf("11-03-98")).toBe(1998);
    expect(yearOf("999")).toBeNull();
    expect(yearOf("")).toBeNull();
    expect(decisionYear("999", "17-04-96")).toBe(1996);
    expect(decisionYear("16-11-00", "17-04-96")).toBe(2000);
  });

  it("treats blanks and values outside 0-100 as missing", () => {
    expect(scaleValue("")).toBeNull();
    expect(scaleValue("999")).toBeNull();
    expect(scaleValue("-1")).toBeNull();
    expect(scaleValue("0")).toBe(0);
    expect(scaleValue("100")).toBe(100);
  });

  it("gives the institutions the largest state's weight", () => {
    const nice = regimeFor(2008, ["de", "mt"]);
    expect(capabilityIn(nice, "ep")).toBe(100);
    expect(capabilityIn(nice, "mt")).toBeCloseTo(300 / 29, 10);
  });
});

describe("emissions loader", () => {
  it("reads actor, capability, position and salience by column name", () => {
    const actors = parseEmissions("actor,capability,position,salience\nValdoria,0.2,4,80\nKestria,0.1,10,40\n");
    expect(actors).toEqual([
      { id: "Valdoria", capability: 0.2, position: 4, salience: 80 },
      { id: "Kestria", capability: 0.1, position: 10, salience: 40 },
    ]);
  });

  it("names the line with a bad number", () => {
    expect(() => parseEmissions("actor,capability,position,salience\nValdoria,x,4,80\n")).toThrow("line 2: capability is not a number");
  });
});
