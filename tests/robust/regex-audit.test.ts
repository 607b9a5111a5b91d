import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The ReDoS audit of every regular expression in src: none may let two unbounded quantifiers (or one
 * with itself) share a character, which backtracks in polynomial or exponential time on a failing
 * input (`scslre`'s "Trade" and "Self" reports), nor be retried from every position of a long run
 * ("Move": quadratic on the whole text) unless it only ever sees short strings (listed below, why).
 * A bounded quantifier with a large bound backtracks like an unbounded one ({1,30} inside a
 * repetition made the lone-dateline pattern exponential), so bounds of WIDE_BOUND and more are
 * analysed as unbounded.
 */
type Scslre = typeof import("scslre");
type Regexpp = typeof import("@eslint-community/regexpp");
const checker = await Promise.all([import("scslre"), import("@eslint-community/regexpp")]).catch(() => null) as [Scslre, Regexpp] | null;
if (!checker) console.warn("regex audit skipped: the devDependencies scslre and @eslint-community/regexpp are not installed");

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const WIDE_BOUND = 5;

/**
 * Patterns that may be retried from many positions ("Move") because what they are applied to is short
 * by construction: a knowledge-file phrase, a label of at most a few words, a token.
 */
const SHORT_INPUT_ONLY = new Map<string, string>([
  ["/\\s+\\.\\.\\.\\s+/", "splits knowledge-file cue phrases ('agree ... deal'), never article text"],
]);

interface Found {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every regular expression literal in src, found by the TypeScript parser. */
function literals(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles(SRC)) {
    const tree = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const slash = text.lastIndexOf("/");
        const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
        found.push({ where: `${file.slice(SRC.length)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

/**
 * Every pattern built at run time (`new RegExp(...)` from constants and knowledge files) on the way from
 * a file to a record: RegExp is replaced by a recording subclass while the ingest and extraction
 * modules are loaded and run on inputs of every format.
 */
async function constructed(): Promise<Found[]> {
  const seen = new Map<string, Found>();
  const Original = globalThis.RegExp;
  class Recording extends Original {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      // patterns of dependencies (chrono-node's) are theirs to audit; this audit covers src
      const caller = new Original("\\n[^\\n]*\\n([^\\n]*)").exec(new Error().stack ?? "")?.[1] ?? "";
      if (!caller.includes("/src/") || caller.includes("/node_modules/")) return;
      seen.set(`/${this.source}/${this.flags}`, { where: "built at run time", source: this.source, flags: this.flags });
    }
  }
  globalThis.RegExp = Recording as RegExpConstructor;
  try {
    const { loadSource } = await import("../../src/ingest/index.js");
    const { extract } = await import("../../src/extract/pipeline.js");
    const fixtures = fileURLToPath(new URL("../fixtures/ingest/", import.meta.url));
    for (const file of ["text/headline-byline.txt", "text/wire-credits.txt", "text/transcript.txt", "html/article.html", "html/transcript.html"]) {
      extract(loadSource({ path: join(fixtures, file) }));
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

function reports(found: Found, [scslre, regexpp]: [Scslre, Regexpp]) {
  const parser = new regexpp.RegExpParser({ ecmaVersion: 2025 });
  const pattern = parser.parsePattern(found.source, 0, found.source.length, { unicode: found.flags.includes("u"), unicodeSets: found.flags.includes("v") });
  const flags = parser.parseFlags(found.flags);
  regexpp.visitRegExpAST(pattern, {
    onQuantifierEnter(quantifier) {
      if (quantifier.max >= WIDE_BOUND) quantifier.max = Infinity;
    },
  });
  return scslre.analyse({ pattern, flags }).reports;
}

describe.skipIf(!checker)("regular expressions in src (ReDoS audit)", () => {
  const describeFound = (found: Found, type: string) => `${found.where}: /${found.source}/${found.flags} (${type})`;

  it("have no quantifiers that backtrack against each other or themselves", { timeout: 120_000 }, async () => {
    const all = [...literals(), ...(await constructed())];
    expect(all.length).toBeGreaterThan(300);
    const bad = all.flatMap((found) =>
      reports(found, checker!).filter((r) => r.type !== "Move").map((r) => describeFound(found, `${r.type}${r.exponential ? ", exponential" : ""}`)),
    );
    expect(bad).toEqual([]);
  });

  it("are never retried from every position of a long run, except on short strings (listed with the reason)", { timeout: 120_000 }, async () => {
    const all = [...literals(), ...(await constructed())];
    const bad = all
      .filter((found) => !SHORT_INPUT_ONLY.has(`/${found.source}/${found.flags}`))
      .flatMap((found) => reports(found, checker!).filter((r) => r.type === "Move").map(() => describeFound(found, "Move")));
    expect([...new Set(bad)]).toEqual([]);
  });

  it("flags the patterns that once hung ingest", () => {
    const once = (source: string, flags = "u") => reports({ where: "", source, flags }, checker!).map((r) => r.type);
    expect(once(String.raw`^(\p{Lu}[\p{Lu}'’./ -]*[\p{Lu}.])(?:\s*,\s*\p{Lu}[\p{L}\p{N} .'’]{1,30})*$`)).toContain("Trade");
    expect(once("[ \\t]+$", "gm")).toContain("Move");
    expect(once("^(.+?)\\s+by\\s+(.+)$", "i")).toContain("Trade");
  });
});
