import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.js";

function fakeTerminal(isTTY: boolean, columns = 40) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns, write: (s: string) => written.push(s) > 0 } };
}

describe("createProgress", () => {
  it("writes nothing when the stream is not a terminal", () => {
    const { written, stream } = fakeTerminal(false);
    const progress = createProgress(stream, { delayMs: 0, intervalMs: 0 });
    progress.update("[1/2]");
    progress.finish();
    expect(written).toEqual([]);
  });

  it("stays silent during the delay, then redraws at most once per interval", () => {
    const { written, stream } = fakeTerminal(true);
    let t = 0;
    const progress = createProgress(stream, { delayMs: 1000, intervalMs: 100, now: () => t });
    progress.update("[1/9]");
    t = 1000;
    progress.update("[2/9]");
    t = 1050;
    progress.update("[3/9]");
    t = 1100;
    progress.update("[4/9]");
    progress.finish();
    expect(written).toEqual(["\r\x1b[K[2/9]", "\r\x1b[K[4/9]", "\r\x1b[K"]);
  });

  it("cuts lines to the terminal width", () => {
    const { written, stream } = fakeTerminal(true, 20);
    createProgress(stream, { delayMs: 0, intervalMs: 0 }).update("x".repeat(50));
    expect(written[0]).toBe("\r\x1b[K" + "x".repeat(18) + "…");
  });

  it("does not clear a line it never drew", () => {
    const { written, stream } = fakeTerminal(true);
    createProgress(stream, { delayMs: 5000, now: () => 0 }).finish();
    expect(written).toEqual([]);
  });
});
