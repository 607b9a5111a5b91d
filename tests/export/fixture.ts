import { join } from "node:path";
import { extract } from "../../src/extract/pipeline.js";
import { sourceFromText } from "../../src/ingest/index.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { openStore, type SqliteStore } from "../../src/store/index.js";

/**
 * Three fictional wire stories about the Valdoria–Kestria talks, written for these tests: curly
 * quotes, accented names and a character outside the Basic Multilingual Plane before a quote, so a
 * span counted in the wrong unit would slice the wrong text.
 */
export const STORIES: { name: string; date: string; outlet: string; text: string }[] = [
  {
    name: "truce-offer.txt", date: "2025-03-05", outlet: "Coastal Herald",
    text: "Valdoria offers 30-day truce to rebels\n\n"
      + "LINDHAVEN, March 5 — Valdoria’s government on Wednesday offered a 30-day truce to the Northern Liberation Front, "
      + "Foreign Minister Lidia Marek told reporters in Lindhaven.\n\n"
      + "“We are offering thirty days of quiet, starting the moment the other side signs,” Marek said. "
      + "“Every civilian they hold must come home.”\n\n"
      + "The front’s commander, Jozef Marek, rejected the offer on Thursday. “This is not a serious proposal,” he said.\n",
  },
  {
    name: "talks-zurich.txt", date: "2025-03-09", outlet: "Northern Ledger",
    text: "Talks resume in Zürich\n\n"
      + "ZÜRICH, March 9 — Negotiators for Valdoria and the Northern Liberation Front met in Zürich on Sunday, "
      + "mediators said. The rebels demanded the release of 200 prisoners.\n\n"
      + "A supporter posted 🕊 before the session. “We came to talk, not to surrender,” Lidia Marek said after the meeting. "
      + "Kestria’s envoy Anneliese Korvath said the two sides were “closer than ever”.\n",
  },
  {
    name: "undated.txt", date: "", outlet: "Wire",
    text: "Ceasefire holds\n\nThe ceasefire held for a third day, Anneliese Korvath said. “Both sides are keeping their word,” she said.\n",
  },
];

export function extractStories(): ParleyRecord[] {
  return STORIES.map((s) => extract(sourceFromText(s.text, {
    path: s.name, manifest: { path: s.name, ...(s.date ? { date: s.date } : {}), outlet: s.outlet },
  })));
}

/** A database in `dir` holding the stories. */
export function storeWithStories(dir: string): { store: SqliteStore; records: ParleyRecord[] } {
  const store = openStore(join(dir, "t.db"));
  const records = extractStories();
  for (const r of records) store.saveRecord(r);
  return { store, records };
}
