import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs, loadSource } from "../../src/ingest/index.js";
import { fixture } from "./fixtures.js";

const tempDir = () => mkdtempSync(join(tmpdir(), "parley-inputs-"));

describe("files and folders", () => {
  it("lists a folder recursively in name order, skipping hidden entries and files that are not text or HTML", () => {
    const { items, errors } = expandInputs([fixture("folder")]);
    expect(errors).toEqual([]);
    expect(items.map((item) => item.path)).toEqual(
      ["folder/a-first.txt", "folder/m/inner.txt", "folder/m/page.html", "folder/z-last.txt"].map(fixture),
    );
  });

  it("keeps the order of the arguments, passes '-' through and reports missing paths and empty folders", () => {
    const empty = join(tempDir(), "empty");
    mkdirSync(join(empty, ".hidden"), { recursive: true });
    writeFileSync(join(empty, "notes.json"), "{}");
    const missing = fixture("text/missing.txt");
    const { items, errors } = expandInputs([fixture("text/transcript.txt"), "-", missing, empty, fixture("text/crlf-bom.txt")]);
    expect(items.map((item) => item.path)).toEqual([fixture("text/transcript.txt"), "-", fixture("text/crlf-bom.txt")]);
    expect(errors.map((error) => [error.file, error.reason])).toEqual([
      [missing, "no such file or folder"],
      [empty, expect.stringMatching(/^folder has no readable files/)],
    ]);
  });

  it("reads a file named explicitly whatever its extension", () => {
    expect(expandInputs([fixture("folder/notes.json")]).items).toEqual([{ path: fixture("folder/notes.json") }]);
  });
});

describe("manifest", () => {
  const manifestPath = fixture("manifest/manifest.jsonl");

  it("resolves relative paths against the manifest's folder and reports each bad line by number", () => {
    const { items, errors } = expandInputs([], manifestPath);
    expect(items.map((item) => item.path)).toEqual([fixture("manifest/articles/one.txt"), fixture("manifest/articles/two.txt")]);
    expect(errors.map((error) => error.file)).toEqual([2, 3, 4, 5].map((line) => `${manifestPath}:${line}`));
    expect(errors.map((error) => error.reason)).toEqual([
      "manifest line is not valid JSON",
      'manifest line has no "path"',
      'bad "date" "29/01/2024" (expected YYYY-MM-DD)',
      'bad "date" "2024-02-30" (expected YYYY-MM-DD)',
    ]);
  });

  it("overrides every detected field with the manifest's values, and leaves the others as detected", () => {
    const [one, two] = expandInputs([], manifestPath).items.map((item) => loadSource(item));
    expect(one).toMatchObject({
      title: "Manifest title", date: "2024-01-29", outlet: "Manifest Outlet", authors: ["Ana Lind"], url: "https://example.org/one",
    });
    expect(one!.text).toBe("Negotiators from Varnia and Ostrel met in Geneva on Sunday, according to the Swiss foreign ministry.");
    expect(two).toMatchObject({ title: "Second article keeps its own headline", authors: ["Piet Vos"], date: null });
  });

  it("takes absolute paths as they are", () => {
    const dir = tempDir();
    const absolute = join(dir, "list.jsonl");
    writeFileSync(absolute, JSON.stringify({ path: fixture("text/wire-credits.txt"), date: "2023-05-04" }) + "\n");
    const { items, errors } = expandInputs([], absolute);
    expect(errors).toEqual([]);
    expect(items).toEqual([{ path: fixture("text/wire-credits.txt"), manifest: { path: fixture("text/wire-credits.txt"), date: "2023-05-04" } }]);
    expect(loadSource(items[0]!).date).toBe("2023-05-04");
  });

  it("gives a file named both as an argument and in the manifest the manifest's metadata, once", () => {
    const { items } = expandInputs([fixture("manifest/articles")], manifestPath);
    expect(items.map((item) => [item.path, item.manifest?.title])).toEqual([
      [fixture("manifest/articles/one.txt"), "Manifest title"],
      [fixture("manifest/articles/two.txt"), undefined],
    ]);
  });

  it("reports a missing manifest as one error", () => {
    const missing = fixture("manifest/none.jsonl");
    const { items, errors } = expandInputs([], missing);
    expect(items).toEqual([]);
    expect(errors.map((error) => [error.file, error.reason])).toEqual([[missing, "manifest: no such file or folder"]]);
  });
});
