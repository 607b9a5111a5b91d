import type { Command } from "commander";
import { readDealFile, formatDeal, type Deal, type DealEvidence } from "../../deal/index.js";
import { dealListMarkdown, dealMarkdown } from "../../deal/render/markdown-deal.js";
import { EXIT_REJECTED, type SetExit } from "../main.js";
import { registerCompare } from "./compare.js";
import { emit, json, outputOptions, pickFormat, withDealBook, type OutputOptions } from "./deal-options.js";
import { registerLedger } from "./ledger.js";

const LIST_FORMATS = ["md", "json"] as const;
const SHOW_FORMATS = ["yaml", "json", "md"] as const;

/** Every evidence object of a deal with the path to it, for checking against the stored text. */
function evidencePaths(value: unknown, path: string[] = []): Array<{ path: string; evidence: DealEvidence }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => evidencePaths(item, [...path, String(i)]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => (key === "evidence" && Array.isArray(item)
    ? (item as DealEvidence[]).map((evidence, i) => ({ path: [...path, key, String(i)].join("."), evidence }))
    : evidencePaths(item, [...path, key])));
}

/** A deal file that parses; with the database, every piece of evidence must still say what the document says. */
async function check(file: string, opts: { db?: string }, setExit: SetExit): Promise<void> {
  const deal: Deal = readDealFile(file);
  const all = evidencePaths(deal);
  let stale = 0;
  if (opts.db) {
    await withDealBook(opts.db, async (book) => {
      const texts = new Map((await book()).records.map((r) => [r.document.id, r.document.text]));
      for (const { path, evidence } of all) {
        const text = texts.get(evidence.documentId);
        const reason = text === undefined ? `${evidence.documentId} is not in ${opts.db}` : text.slice(evidence.start, evidence.end) !== evidence.text ? "its text is not the document's text at these offsets" : "";
        if (!reason) continue;
        stale++;
        process.stderr.write(`parley: ${file}: ${path}: ${reason}\n`);
      }
    });
  }
  if (stale) setExit(EXIT_REJECTED);
  process.stdout.write(`${file}: ${deal.id} is a valid deal, ${all.length} pieces of evidence${opts.db ? `, ${all.length - stale} match ${opts.db}` : ""}\n`);
}

export function registerDeals(program: Command, setExit: SetExit): void {
  const deals = program
    .command("deals")
    .description("proposals and agreements built from the record: list, show (an editable deal file), check");
  outputOptions(deals.command("list", { isDefault: true })
    .description("list the proposals and agreements of the negotiation (the default)"), LIST_FORMATS)
    .action(async (opts: OutputOptions) => {
      const format = pickFormat(opts.format, LIST_FORMATS);
      const list = await withDealBook(opts.db, async (book) => (await book()).deals);
      emit(format === "json" ? json(list) : dealListMarkdown(list), opts.out);
    });
  outputOptions(deals.command("show")
    .description("one deal, term by term with its evidence: YAML or JSON to edit, Markdown to read")
    .argument("<deal>", "deal id (or a unique prefix of it)"), SHOW_FORMATS)
    .action(async (ref: string, opts: OutputOptions) => {
      const format = pickFormat(opts.format, SHOW_FORMATS);
      const deal = await withDealBook(opts.db, async (book) => (await book()).find(ref));
      emit(format === "md" ? dealMarkdown(deal) : formatDeal(deal, format), opts.out);
    });
  deals.command("check")
    .description("validate an edited deal file; with --db, check that its evidence still matches the stored texts")
    .argument("<file>", "deal file (YAML or JSON)")
    .option("--db <file>", "SQLite database to check the evidence against")
    .action((file: string, opts: { db?: string }) => check(file, opts, setExit));
  registerCompare(program, setExit);
  registerLedger(program, setExit);
}
