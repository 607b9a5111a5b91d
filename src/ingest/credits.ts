import { readKbFile } from "../kb/files.js";
import { isPersonName, splitNameList } from "./names.js";

interface CreditRoles {
  authorRoles: string[];
  otherRoles: string[];
}

/**
 * Reads a trailing credit line such as "Reporting by A and B in Cairo; editing by C" or
 * "(Additional reporting by D)". Returns the authors it names (reporters and writers, not editors),
 * or null when any ';'-separated part is not "ROLE by NAMES".
 */
export function parseCreditLine(line: string): string[] | null {
  const text = line.trim().replace(/^\((.*)\)$/s, "$1").replace(/\.$/, "").trim();
  if (!text) return null;
  const authors: string[] = [];
  for (const part of text.split(/(?<!\s)\s*;\s*/).filter(Boolean)) {
    const credit = readCredit(part);
    if (!credit) return null;
    if (credit.isAuthor) authors.push(...credit.names.filter(isPersonName));
  }
  return authors;
}

function readCredit(part: string): { isAuthor: boolean; names: string[] } | null {
  const match = /^(.*?\S)\s+by\s+(\S.*)$/i.exec(part);
  if (!match) return null;
  const role = match[1]!.toLowerCase();
  const roles = readKbFile<CreditRoles>("ingest-credits.json");
  const isAuthor = roles.authorRoles.includes(role);
  if (!isAuthor && !roles.otherRoles.includes(role)) return null;
  return { isAuthor, names: splitNameList(match[2]!) };
}

/** A credit in brackets closing the last paragraph: "... officials said. (Reporting by A; Editing by B)". */
export function trailingCredit(line: string): { authors: string[]; start: number } | null {
  const match = /(?<!\s)\s*(\([^()]+\))$/.exec(line);
  if (!match || match.index === 0) return null;
  const authors = parseCreditLine(match[1]!);
  return authors ? { authors, start: match.index } : null;
}

/**
 * A line that closes a wire story ("Reuter", "(END)"): the outlet it signs for, or null for a bare
 * end mark. Undefined when the line is anything else.
 */
export function signOff(line: string): { outlet: string | null } | undefined {
  const text = line.trim().toLowerCase();
  const signOffs = readKbFile<{ signOffs: Record<string, string | null> }>("ingest-sign-offs.json").signOffs;
  const found = Object.entries(signOffs).find(([mark]) => mark.toLowerCase() === text);
  return found ? { outlet: found[1] } : undefined;
}
