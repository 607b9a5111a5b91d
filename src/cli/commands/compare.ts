import type { Command } from "commander";
import { compareDeals, resolveDeal } from "../../deal/index.js";
import { comparisonMarkdown } from "../../deal/render/markdown-compare.js";
import type { SetExit } from "../main.js";
import { emit, json, outputOptions, pickFormat, withDealBook, type OutputOptions } from "./deal-options.js";

const FORMATS = ["md", "json"] as const;

export function registerCompare(program: Command, _setExit: SetExit): void {
  outputOptions(program
    .command("compare")
    .description("two proposals side by side, term by term, with the gap on each")
    .argument("<a>", "deal id (see parley deals) or deal file (YAML or JSON)")
    .argument("<b>", "deal id or deal file"), FORMATS)
    .action(async (a: string, b: string, opts: OutputOptions) => {
      const format = pickFormat(opts.format, FORMATS);
      const comparison = await withDealBook(opts.db, async (book) => compareDeals(await resolveDeal(a, book), await resolveDeal(b, book)));
      emit(format === "json" ? json(comparison) : comparisonMarkdown(comparison), opts.out);
    });
}
