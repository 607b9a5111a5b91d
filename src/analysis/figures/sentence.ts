/** The sentence of `text` around [start, end): from the last sentence end before it to the next one after it. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const ender = /[.!?]["”’]?\s+(?=["“‘]?[\p{Lu}\d])|\n\s*\n/gu;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(ender)) {
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else if (m.index >= end) { to = m.index + 1; break; }
  }
  return { start: from, end: to, text: text.slice(from, to) };
}
