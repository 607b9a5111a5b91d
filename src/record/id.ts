import { createHash } from "node:crypto";

/** doc_ + the first 16 hex digits of SHA-256(text): the same text is the same document. */
export function documentId(text: string): string {
  return "doc_" + createHash("sha256").update(text).digest("hex").slice(0, 16);
}
