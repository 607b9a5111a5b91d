/**
 * Characters that would act on a terminal or break a one-line message instead of being shown: C0 and
 * C1 controls (line breaks, ESC of ANSI sequences, backspace ...), DEL, the Unicode line and
 * paragraph separators and the bidirectional overrides that reorder what is displayed.
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every unprintable character written as an escape (\n, \x1b, \u202e), so a message stays one visible line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
