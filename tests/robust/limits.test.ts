import { describe, expect, it } from "vitest";
import { parseByteSize } from "../../src/cli/byte-size.js";
import { printable } from "../../src/cli/printable.js";
import { flattenHtml, nestingDepth } from "../../src/ingest/html-flatten.js";
import { MAX_TAGGED_WORD, withBoundedWords } from "../../src/extract/tokens/wink.js";
import { analyseText } from "../helpers.js";

describe("--max-bytes sizes", () => {
  it.each([
    ["5000000", 5_000_000], ["512KB", 512 * 1024], ["5MB", 5 * 1024 * 1024], ["1.5 mb", 1.5 * 1024 * 1024], ["10M", 10 * 1024 * 1024], ["1kib", 1024],
  ])("reads %s", (value, bytes) => expect(parseByteSize("--max-bytes", value)).toBe(bytes));

  it.each(["abc", "", "0", "-1", "5XB", "1e6", "NaN", "Infinity", "0.0001KB", "2GB"])("refuses %j", (value) => {
    expect(() => parseByteSize("--max-bytes", value)).toThrow(/^--max-bytes: /);
  });
});

describe("messages", () => {
  it("escapes line breaks, terminal escapes and bidirectional overrides, and keeps other text", () => {
    expect(printable("a\nb\r\tc\u001b[2J\u0007\u009b\u2028\u202e\u2066")).toBe("a\\nb\\r\\tc\\x1b[2J\\x07\\x9b\\u2028\\u202e\\u2066");
    expect(printable("Zürich “talks” — ok")).toBe("Zürich “talks” — ok");
  });
});

describe("words given to the tagger", () => {
  it("breaks only runs longer than the limit, keeping the length and every other character", () => {
    const text = `short ${"x".repeat(MAX_TAGGED_WORD * 3 + 5)} end`;
    const bounded = withBoundedWords(text);
    expect(bounded.length).toBe(text.length);
    expect(Math.max(...bounded.split(/\s+/).map((w) => w.length))).toBeLessThanOrEqual(MAX_TAGGED_WORD);
    expect([...bounded].filter((c, i) => c !== text[i])).toEqual([" ", " ", " "]);
    expect(withBoundedWords("an ordinary sentence.")).toBe("an ordinary sentence.");
  });

  it("never splits a surrogate pair", () => {
    const text = "𝐀".repeat(MAX_TAGGED_WORD * 2);
    const bounded = withBoundedWords(text);
    expect(bounded.length).toBe(text.length);
    expect(bounded).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("gives tokens the document's own text and offsets around a long word", () => {
    const long = "y".repeat(200);
    const doc = analyseText(`Talks ${long} resumed.`);
    expect(doc.tokens.every((t) => doc.text.slice(t.start, t.end) === t.text)).toBe(true);
    // the characters the tagger read as spaces belong to no token: one in every MAX_TAGGED_WORD + 1
    const covered = doc.tokens.map((t) => t.text).join("");
    expect(covered.startsWith("Talks") && covered.endsWith("resumed.")).toBe(true);
    expect(covered.length).toBe(`Talks${long}resumed.`.length - Math.floor(long.length / (MAX_TAGGED_WORD + 1)));
  });
});

describe("HTML nesting", () => {
  it("estimates how deep a page nests from its tags, not counting void and self-closing elements", () => {
    expect(nestingDepth("<html><body><div><p>a<p>b<br><img src=x><span>c</span></div></body></html>")).toBe(4);
    expect(nestingDepth(`<body>${"<b>".repeat(1000)}text`)).toBe(1001);
    expect(nestingDepth("a < b and <3 hearts")).toBe(0);
  });

  it("flattens a page to paragraphs, dropping scripts and inline tags and keeping metadata", () => {
    const flat = flattenHtml('<html><head><title>T</title><meta name="author" content="A"><script>if (a<b) x("<div>")</script></head><body><div><b><i>One</i></b></div><div>Two</div></body></html>');
    expect(flat).toBe('<html><head><title>T</title><meta name="author" content="A"></head><body><p>One<p><p>Two<p></body></html>');
  });
});
