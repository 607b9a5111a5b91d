import { readFileSync } from "node:fs";
import type { z } from "zod";
import { InputError } from "./types.js";

/**
 * The text of a file an analyst writes by hand (a negotiation profile, a bargaining scenario, a deal);
 * a missing or unreadable file is an InputError naming it, so the CLI prints one line and no stack.
 */
export function readAnalystFile(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code === "ENOENT" ? `no such ${what} file` : `cannot read the ${what} file (${code ?? "error"})`);
  }
}

/** The first problem zod found, on one line: "phases.1.days.value: expected number, received string". */
export function describeZodError(error: z.ZodError): string {
  const first = error.issues[0]!;
  const path = first.path.length ? `${first.path.map(String).join(".")}: ` : "";
  return `${path}${first.message}`.replace(/\s+/g, " ").trim();
}
