import { createHash } from "node:crypto";
import type {
  ActorRecord, EventRecord, FigureRecord, ParleyRecord, PositionRecord, Span,
} from "../../src/record/schema.js";

/**
 * Builds fictional records for analysis tests: the text is given as paragraphs, and every item names
 * the phrase it comes from, so its offsets are real offsets into the text.
 */
export class RecordBuilder {
  readonly text: string;
  private readonly actors: ActorRecord[] = [];
  private readonly figures: FigureRecord[] = [];
  private readonly events: EventRecord[] = [];
  private readonly positions: PositionRecord[] = [];

  constructor(readonly date: string | null, readonly outlet: string | null, paragraphs: string[]) {
    this.text = paragraphs.join("\n\n");
  }

  /** The span of the `nth` occurrence of `phrase`. */
  span(phrase: string, nth = 0): Span {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = this.text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`fixture: '${phrase}' is not in the text`);
    return { start, end: start + phrase.length };
  }

  actor(name: string, fields: Partial<Omit<ActorRecord, "id" | "name">> = {}, mention = name): string {
    const id = `a${this.actors.length + 1}`;
    this.actors.push({
      id, name, type: "person", aliases: [], roles: [], affiliation: null, gender: null,
      mentions: [this.span(mention)], ...fields,
    });
    return id;
  }

  figure(phrase: string, fields: Partial<Omit<FigureRecord, "id">> & Pick<FigureRecord, "measure">, nth = 0): string {
    const id = `fig_${this.figures.length + 1}`;
    this.figures.push({
      id, value: null, low: null, high: null, qualifier: "exact", measureText: phrase, context: null,
      source: null, asOf: this.date, ...this.span(phrase, nth), ...fields,
    });
    return id;
  }

  event(phrase: string, fields: Partial<Omit<EventRecord, "id">> & Pick<EventRecord, "type">, nth = 0): string {
    const id = `e${this.events.length + 1}`;
    this.events.push({
      id, mode: null, trigger: phrase, actors: [], recipients: [], modality: "asserted", polarity: null, date: null,
      place: null, terms: null, ...this.span(phrase, nth), ...fields,
    });
    return id;
  }

  position(phrase: string, fields: Partial<Omit<PositionRecord, "id">> & Pick<PositionRecord, "stance" | "issue">): string {
    const id = `p${this.positions.length + 1}`;
    this.positions.push({ id, actor: null, text: phrase, places: [], ...this.span(phrase), ...fields });
    return id;
  }

  build(): ParleyRecord {
    return {
      document: {
        id: "doc_" + createHash("sha256").update(this.text).digest("hex").slice(0, 16),
        path: null, url: null, title: null, date: this.date, outlet: this.outlet, authors: [], dateline: null,
        format: "text", text: this.text,
      },
      actors: this.actors, quotes: [], figures: this.figures, events: this.events, positions: this.positions,
    };
  }
}

/** A record with the given paragraphs, filled in by `fill`. */
export function record(
  date: string | null, outlet: string | null, paragraphs: string[], fill: (b: RecordBuilder) => void = () => {},
): ParleyRecord {
  const builder = new RecordBuilder(date, outlet, paragraphs);
  fill(builder);
  return builder.build();
}
