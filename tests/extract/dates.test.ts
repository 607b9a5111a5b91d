import { describe, expect, it } from "vitest";
import { dayOf, findDates } from "../../src/extract/dates/index.js";

// 2024-01-29 is a Monday.
const MONDAY = "2024-01-29";

const only = (text: string, reference = MONDAY) => {
  const found = findDates(text, reference);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("date resolution against the document date", () => {
  it("reads a bare weekday as the latest such day on or before the document date", () => {
    expect(only("Burns met the mediators on Sunday.").past).toBe("2024-01-28");
    expect(only("The envoy arrived Tuesday.").past).toBe("2024-01-23");
    expect(only("Talks resumed early Friday.").past).toBe("2024-01-26");
    expect(only("The minister spoke Monday.").past).toBe(MONDAY);
  });

  it("reads a bare weekday as the next such day when the statement is about the future", () => {
    const tuesday = only("The envoys will meet on Tuesday.");
    expect(dayOf(tuesday, "future")).toBe("2024-01-30");
    expect(dayOf(tuesday, "past")).toBe("2024-01-23");
  });

  it("reads 'this month', 'next week', 'last year' and 'the weekend' as spans with no day", () => {
    const span = (text: string) => {
      const m = only(text, "2024-01-31");
      return [m.text, m.granularity, m.past, dayOf(m, "past")];
    };
    expect(span("Talks resume this month.")).toEqual(["this month", "month", "2024-01-01", null]);
    expect(span("Talks resume next month.")).toEqual(["next month", "month", "2024-02-01", null]);
    expect(span("They met last week.")).toEqual(["last week", "week", "2024-01-24", null]);
    expect(span("They meet next week.")).toEqual(["next week", "week", "2024-02-07", null]);
    expect(span("The envoy spoke last year.")).toEqual(["last year", "year", "2023-01-01", null]);
    // a bare weekend is the one just past (2024-01-31 is a Wednesday); "this weekend" is the one ahead
    expect(span("Fighting flared over the weekend.")).toEqual(["weekend", "week", "2024-01-27", null]);
    expect(span("Talks resume this weekend.")).toEqual(["this weekend", "week", "2024-02-03", null]);
  });

  it("resolves last Wednesday and counted days", () => {
    expect(only("The commander was killed last Wednesday.").past).toBe("2024-01-24");
    expect(only("It happened three days ago.").past).toBe("2024-01-26");
    expect(only("The talks ended yesterday.").past).toBe("2024-01-28");
  });

  it("puts a month and day without a year in the past, even from a later month", () => {
    expect(only("The Oct. 7 attack ignited the war.").past).toBe("2023-10-07");
    expect(only("The attack of Oct. 7 ignited the war.", "2024-11-26").past).toBe("2024-10-07");
    const later = only("They will meet again on Feb. 3.");
    expect(later.past).toBe("2023-02-03");
    expect(later.future).toBe("2024-02-03");
  });

  it("keeps the year when it is written", () => {
    expect(only("The accord was signed on Oct. 7, 2023.").past).toBe("2023-10-07");
  });

  it("gives 'last month' month precision: its first day, and no event day", () => {
    const month = only("Biden met Netanyahu last month.");
    expect(month.granularity).toBe("month");
    expect(month.past).toBe("2023-12-01");
    expect(dayOf(month, "past")).toBeNull();
  });

  it("gives week expressions no day", () => {
    const week = only("Israel struck Lebanon last week.");
    expect(week.granularity).toBe("week");
    expect(dayOf(week, "past")).toBeNull();
  });

  it("ignores words chrono reads as dates that name no day of their own", () => {
    expect(findDates("The negotiations have now reached a final stage.", MONDAY)).toEqual([]);
    expect(findDates("They had met the day before.", MONDAY)).toEqual([]);
    expect(findDates("Talks may resume soon.", MONDAY)).toEqual([]);
  });

  it("returns offsets into the text, shifted by the given offset", () => {
    const text = "Officials said on Sunday that talks would go on.";
    const [d] = findDates(text, MONDAY, 100);
    expect(text.slice(d!.start - 100, d!.end - 100)).toContain("Sunday");
  });

  it("reads a lone weekday without chrono exactly as chrono reads it, and leaves 'last' and 'next' to chrono", () => {
    const bare = findDates("The envoys met on Thursday, the ministry said.", MONDAY)[0]!;
    expect(bare).toMatchObject({ text: "on Thursday", granularity: "day", past: "2024-01-25", future: "2024-02-01" });
    expect(only("The talks that began Sunday went on.").text).toBe("Sunday");
    expect(only("The envoys met last Thursday.")).toMatchObject({ text: "last Thursday", past: "2024-01-25" });
    expect(only("The envoys meet next Thursday.").text).toBe("next Thursday");
    expect(only("The accord was signed on Tuesday, Jan. 23.").past).toBe("2024-01-23");
  });

  it("resolves nothing without a document date", () => {
    expect(findDates("They met on Sunday.", null)).toEqual([]);
  });
});
