import type { DealAid } from "./schema.js";

type Labelled = Pick<DealAid, "what" | "amount" | "unit" | "per" | "destination">;

/**
 * Aid as people read it: "600 trucks of aid a day to Gaza". The aid words are left out when they only
 * repeat the unit ("600 trucks", not "600 trucks trucks"); `text` escapes words taken from the article.
 */
export function aidLabel(a: Labelled, text: (s: string) => string = (s) => s): string {
  const amount = a.amount !== null ? `${a.amount} ${a.unit ?? ""}`.trim() : "";
  const what = a.amount !== null && a.unit !== null && a.what.split(/\s+/).pop() === a.unit ? "" : text(a.what);
  return [amount, what, a.per ? `a ${a.per}` : "", a.destination ? `to ${text(a.destination)}` : ""].filter(Boolean).join(" ");
}
