import PostalMime from "postal-mime";
import { wholeDate } from "./dates.js";
import type { InputItem } from "./inputs.js";
import { InputError } from "./types.js";

export function isEmailPath(path: string): boolean {
  return /\.eml$/i.test(path);
}

/**
 * An e-mail (a newsletter, a press release, a forwarded article) as an input already read: its
 * subject is the title, the sender's name the author, the Date header the date, and the body its
 * HTML part when there is one (the flattening keeps paragraphs), else its text part.
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
  const date = (rawDate && wholeDate(rawDate.replace(/\s*\([^)]*\)\s*$/, ""))) || isoDay(email.date);
  return {
    ...item,
    content: html || text!,
    kind: html ? "html" : "text",
    found: {
      authors: sender ? [sender] : [],
      ...(email.subject?.trim() ? { title: email.subject.trim() } : {}),
      ...(date ? { date } : {}),
    },
  };
}

function isoDay(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}
