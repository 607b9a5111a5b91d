import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSource } from "../../src/ingest/index.js";
import { fixture, inputErrorOf, loadFixture } from "./fixtures.js";

const reasonFor = (path: string, maxBytes = 1_000_000) => inputErrorOf(() => loadSource({ path }, { maxBytes }));

describe("normalisation", () => {
  it("strips the BOM, converts CRLF, trims line ends, collapses blank lines and keeps every other character", () => {
    expect(loadFixture("text/crlf-bom.txt").text).toBe(
      "First paragraph with “curly quotes” and a dash — kept.\nSecond line\n\nThird paragraph after four blank lines.",
    );
  });
});

describe("bad input", () => {
  it.each([
    ["bad/empty.txt", /^empty file$/],
    ["bad/blank.txt", /^empty file$/],
    ["bad/binary.dat", /^binary file/],
    ["bad/control.txt", /^binary file/],
    ["bad/latin1.txt", /not valid UTF-8/],
    ["bad/utf16.txt", /UTF-16/],
    ["bad/only-headers.txt", /^no article text/],
    ["html/no-main-text.html", /no main text/],
  ])("%s is refused with a one-line reason", (path, reason) => {
    const error = reasonFor(fixture(path));
    expect(error.file).toBe(fixture(path));
    expect(error.reason).toMatch(reason);
    expect(error.reason).not.toContain("\n");
  });

  it("refuses a missing path and a path through a file", () => {
    expect(reasonFor(fixture("text/nope.txt")).reason).toBe("no such file or folder");
    expect(reasonFor(fixture("text/first-sentence.txt/inside.txt")).reason).toBe("a part of the path is not a folder");
  });

  it("refuses a folder given to loadSource", () => {
    expect(reasonFor(fixture("folder")).reason).toBe("is a folder");
  });

  it("refuses a file over maxBytes by its size, before looking at its content", () => {
    const path = join(mkdtempSync(join(tmpdir(), "parley-ingest-")), "huge.txt");
    writeFileSync(path, "");
    truncateSync(path, 2048); // all NUL bytes: the size check must speak first
    const error = reasonFor(path, 1024);
    expect(error.reason).toMatch(/^too large: 2048 bytes, the limit is 1024/);
    expect(() => loadSource({ path: fixture("text/first-sentence.txt") }, { maxBytes: 1024 })).not.toThrow();
  });

  it.skipIf(process.getuid?.() === 0)("refuses an unreadable file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "parley-ingest-")), "locked.txt");
    writeFileSync(path, "Talks resumed on Sunday.", { mode: 0o000 });
    expect(reasonFor(path).reason).toBe("permission denied");
  });
});
