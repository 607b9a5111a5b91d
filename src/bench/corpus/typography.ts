/**
 * Curly quotation marks and apostrophes, as many outlets print them; the benchmark mixes them with
 * straight ones so that quote detection and UTF-8 handling both get exercised. A mark that follows
 * the start of the text, a space or an opening bracket opens; any other closes.
 */
export function curlyQuotes(text: string): string {
  return text.replace(/["']/g, (mark, offset: number) => {
    const opens = offset === 0 || /[\s(\[—]/.test(text[offset - 1]!);
    if (mark === '"') return opens ? "\u201C" : "\u201D";
    return opens ? "\u2018" : "\u2019";
  });
}
