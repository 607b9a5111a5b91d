import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface ManifestEntry {
  path: string;
  date?: string;
  outlet?: string;
}

const shiftDay = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The outlet's own line goes before a closing credit ("Reporting by ..."), which stays last. */
function withLine(text: string, line: string): string {
  // a transcript runs its last speaker's turn to its end: the line goes after the header block
  if (/^END\b/m.test(text)) return text.replace("\n\n", `\n\n${line}\n\n`);
  const body = text.trimEnd().split("\n");
  const credit = /^(Reporting|Writing|Editing) by /i.test(body.at(-1) ?? "") ? body.pop() : undefined;
  return [...body, "", line, ...(credit ? ["", credit] : [])].join("\n") + "\n";
}

/**
 * Writes `copies` reprints of every document of a corpus manifest into `dir`, as syndication does:
 * another outlet's name in the dateline, byline or masthead, a line saying who distributed it when,
 * and a publication date up to two days later. Returns a manifest of the originals and the copies.
 */
export function writeReprints(corpusDir: string, dir: string, copies: number): string {
  const manifest = readFileSync(join(corpusDir, "manifest.jsonl"), "utf8").trim().split("\n")
    .map((line) => JSON.parse(line) as ManifestEntry);
  const lines: ManifestEntry[] = [];
  for (const entry of manifest) {
    const text = readFileSync(join(corpusDir, entry.path), "utf8");
    lines.push({ ...entry, path: join(corpusDir, entry.path) });
    for (let k = 1; k <= copies; k++) {
      const outlet = `Syndicate ${k}`;
      const date = entry.date && shiftDay(entry.date, k % 3);
      const line = `This story was distributed by ${outlet} on ${date ?? "an unknown day"}.`;
      // the outlet is renamed where it names the publisher, never inside the story
      const head = text.split("\n").slice(0, 3).join("\n");
      const renamed = !entry.outlet ? text : text.replace(head, head.replace(entry.outlet, outlet))
        .replace(`(${entry.outlet})`, `(${outlet})`).replace(`content="${entry.outlet}"`, `content="${outlet}"`);
      const copy = entry.path.endsWith(".html") ? renamed.replace("</article>", `<p>${line}</p></article>`) : withLine(renamed, line);
      const path = join(dir, `copy${k}-${entry.path}`);
      writeFileSync(path, copy);
      lines.push({ ...entry, path, outlet, ...(date ? { date } : {}) });
    }
  }
  const out = join(dir, "manifest.jsonl");
  writeFileSync(out, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return out;
}
