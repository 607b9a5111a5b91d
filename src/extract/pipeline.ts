import { Doc } from "../doc/doc.js";
import type { SourceDocument } from "../ingest/types.js";
import type { ParleyRecord } from "../record/schema.js";
import { documentId } from "../record/id.js";
import { tokenize } from "./tokens/wink.js";
import { annotateClauses } from "./clauses/index.js";
import { extractActors } from "./actors/index.js";
import { extractQuotes } from "./quotes/index.js";
import { extractFigures } from "./figures/index.js";
import { extractEvents } from "./events/index.js";
import { extractPositions } from "./positions/index.js";
import { assignProfile } from "./profile/index.js";
import { withProfile } from "../kb/profile.js";

/** A pipeline stage reads the layers of earlier stages and adds its own. */
export interface Stage {
  name: string;
  run(doc: Doc): void;
}

export const stages: Stage[] = [
  { name: "tokens", run: tokenize },
  { name: "clauses", run: annotateClauses },
  { name: "actors", run: extractActors },
  { name: "quotes", run: extractQuotes },
  { name: "figures", run: extractFigures },
  { name: "events", run: extractEvents },
  { name: "positions", run: (doc) => extractPositions(doc, doc.profile) },
];

export { documentId };

export function analyse(source: SourceDocument, only: Stage[] = stages): Doc {
  const doc = new Doc(documentId(source.text), source);
  assignProfile(doc);
  // stages that ask activeProfile() (the actors' knowledge of the parties) get this document's profile
  withProfile(doc.profile, () => {
    for (const stage of only) stage.run(doc);
  });
  return doc;
}

export function extract(source: SourceDocument): ParleyRecord {
  return analyse(source).toRecord();
}
