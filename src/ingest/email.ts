import PostalMime from "postal-mime";
import { wholeDate } from "./dates.js";
import type { InputItem } from "./inputs.js";
import type { DetectedMeta } from "./meta.js";
import { isPersonName, looksLikeOutlet } from "./names.js";
import { InputError } from "./types.js";

export function isEmailPath(path: string): boolean {
  return /\.eml$/i.test(path);
}

/**
 * An e-mail (a newsletter, a press release, a forwarded article) as an input already read: its
 * subject is the title, the sender's name the author (or the outlet, when it names one: a
 * newsletter's "The Example Post"; a name that is neither is left out), the Date header the date,
 * and the body its HTML part when there is one, else its text part.
 */
export async function readEmail(item: InputItem, bytes: Uint8Array): Promise<InputItem> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new InputError(item.path, `not a readable e-mail (${(error as Error).message})`);
  }
  const html = email.html?.trim();
  const text = email.text?.trim();
  if (!html && !text) throw new InputError(item.path, "e-mail without a text or HTML body");
  const sender = email.from && "name" in email.from ? email.from.name?.trim() : undefined;
  const rawDate = email.headers.find((header) => header.key === "date")?.value;
  const date = (rawDate && wholeDate(withoutComment(rawDate))) || isoDay(email.date);
  return {
    ...item,
    content: html || text!,
    kind: html ? "html" : "text",
    found: {
      ...senderMeta(sender),
      ...(email.subject?.trim() ? { title: email.subject.trim() } : {}),
      ...(date ? { date } : {}),
    },
  };
}

function isoDay(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function senderMeta(sender: string | undefined): DetectedMeta {
  if (sender && looksLikeOutlet(sender)) return { authors: [], outlet: sender };
  return { authors: sender && isPersonName(sender) ? [sender] : [] };
}

/** A Date header without its trailing comment: "Fri, 14 Mar 2031 18:20:00 +0100 (CET)" → "... +0100". */
function withoutComment(header: string): string {
  const trimmed = header.trim();
  const open = trimmed.lastIndexOf("(");
  return trimmed.endsWith(")") && open > 0 ? trimmed.slice(0, open).trim() : trimmed;
}
