import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** One text-bound brat annotation (discontinuous spans are not read, as the PolNeAR scorer does not). */
export interface BratSpan {
  kind: string;
  start: number;
  end: number;
  text: string;
}

/** An attribution: the quoted or reported content and who it is attributed to. */
export interface BratAttribution {
  content: BratSpan;
  source: BratSpan | undefined;
}

/** Reads the Source/Content pairs of a brat `.ann` file (T lines for spans, E lines linking them). */
export function readAttributions(ann: string): BratAttribution[] {
  const spans = new Map<string, BratSpan>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split("\n")) {
    const t = line.match(/^(T\d+)\t(\w+) (\d+) (\d+)\t(.*)$/);
    if (t) spans.set(t[1]!, { kind: t[2]!, start: +t[3]!, end: +t[4]!, text: t[5]! });
    const e = line.match(/^E\d+\t(.*)$/);
    if (e) events.push(Object.fromEntries(e[1]!.split(" ").map((p) => p.split(":") as [string, string])));
  }
  const out: BratAttribution[] = [];
  for (const e of events) {
    const content = spans.get(e.Content ?? "");
    if (content) out.push({ content, source: spans.get(e.Source ?? "") });
  }
  return out;
}

export interface BratArticle {
  name: string;
  path: string;
  text: string;
  attributions: BratAttribution[];
}

/**
 * The articles of a PolNeAR-style folder (`text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann`), each with
 * the first annotator's file in sorted order, in sorted name order so that training is reproducible.
 */
export function readBratFolder(dir: string): BratArticle[] {
  const texts = readdirSync(join(dir, "text")).filter((f) => f.endsWith(".txt")).sort();
  const anns = readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const out: BratArticle[] = [];
  for (const file of texts) {
    const stem = file.replace(/\.txt$/, "");
    const ann = anns.find((a) => a.startsWith(stem + "_"));
    if (!ann) continue;
    out.push({
      name: stem,
      path: join(dir, "text", file),
      text: readFileSync(join(dir, "text", file), "utf8"),
      attributions: readAttributions(readFileSync(join(dir, "attributions", ann), "utf8")),
    });
  }
  return out;
}
