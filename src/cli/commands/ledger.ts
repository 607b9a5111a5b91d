import type { Command } from "commander";
import { resolveDeal } from "../../deal/index.js";
import { ledgerMarkdown } from "../../deal/render/markdown-ledger.js";
import type { SetExit } from "../main.js";
import { emit, json, outputOptions, pickFormat, withDealBook, type OutputOptions } from "./deal-options.js";

const FORMATS = ["md", "json"] as const;

export function registerLedger(program: Command, _setExit: SetExit): void {
  outputOptions(program
    .command("ledger")
    .description("implementation ledger of an agreed deal: what was due when, what happened, delays and violations")
    .argument("[deal]", "deal id or deal file (default: the latest agreed deal)"), FORMATS)
    .action(async (ref: string | undefined, opts: OutputOptions) => {
      const format = pickFormat(opts.format, FORMATS);
      const ledger = await withDealBook(opts.db, async (book) => {
        const deal = ref ? await resolveDeal(ref, book) : (await book()).latestAgreed();
        if (!deal) throw new Error(`${opts.db}: no agreed deal in the record; name a deal id or a deal file`);
        return (await book()).ledger(deal);
      });
      emit(format === "json" ? json(ledger) : ledgerMarkdown(ledger), opts.out);
    });
}
