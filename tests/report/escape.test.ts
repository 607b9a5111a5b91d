import { describe, expect, it } from "vitest";
import { escapeHtml, html, jsonForScript } from "../../src/report/index.js";
import { trusted } from "../../src/report/html/escape.js";

const INJECTION = `</script><script>alert(1)</script>`;

describe("escapeHtml", () => {
  it("escapes every character that can open markup or end an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("leaves no tag of an injected script", () => {
    const escaped = escapeHtml(INJECTION);
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).toBe("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps ordinary text, quotes marks and non-Latin letters as they are", () => {
    expect(escapeHtml("Erdoğan said “no” — twice")).toBe("Erdoğan said “no” — twice");
  });
});

describe("html template", () => {
  it("escapes interpolated strings, numbers and arrays but not nested templates", () => {
    const title = INJECTION;
    const items = ["<b>", "x & y"];
    const out = html`<h1>${title}</h1><ul>${items.map((item) => html`<li>${item}</li>`)}</ul><p>${42}</p>`.value;
    expect(out).toBe("<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1><ul><li>&lt;b&gt;</li><li>x &amp; y</li></ul><p>42</p>");
  });

  it("escapes attribute values so they cannot break out of their quotes", () => {
    const out = html`<a title="${`" onmouseover="alert(1)`}">x</a>`.value;
    expect(out).toBe(`<a title="&quot; onmouseover=&quot;alert(1)">x</a>`);
  });

  it("renders null, undefined and false as nothing", () => {
    expect(html`[${null}${undefined}${false}]`.value).toBe("[]");
  });

  it("passes trusted markup through unchanged", () => {
    expect(html`<style>${trusted("a > b { }")}</style>`.value).toBe("<style>a > b { }</style>");
  });
});

describe("jsonForScript", () => {
  it("cannot close or comment out the script element it sits in", () => {
    const json = jsonForScript({ title: INJECTION, note: "<!-- x -->", amp: "&" });
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json)).toEqual({ title: INJECTION, note: "<!-- x -->", amp: "&" });
  });

  it("escapes the JavaScript line separators", () => {
    const json = jsonForScript("a\u2028b\u2029c");
    expect(json).toBe('"a\\u2028b\\u2029c"');
    expect(JSON.parse(json)).toBe("a\u2028b\u2029c");
  });
});
