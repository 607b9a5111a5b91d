/**
 * The JSON the dashboard reads from /api/ (see src/server/routes and src/analysis/types.ts), as far as
 * the views use it.
 */

export interface Span {
  start: number;
  end: number;
}

/** Every evidence object served by the API carries its text and sentence. */
export interface Excerpt {
  text: string;
  context: Span & { text: string };
}

export interface Evidence extends Span {
  documentId: string;
  excerpt?: Excerpt;
}

export interface SourceRef extends Evidence {
  outlet: string | null;
  date: string | null;
}

export interface DocumentMeta {
  title: string | null;
  outlet: string | null;
  date: string | null;
}

export interface DocumentEntry extends DocumentMeta {
  id: string;
  path: string | null;
  url: string | null;
  authors: string[];
  dateline: string | null;
  format: string;
  lead: string;
  length: number;
  counts: Record<"actors" | "quotes" | "figures" | "events" | "positions", number>;
}

export interface Summary {
  counts: Record<string, number>;
  firstDate: string | null;
  lastDate: string | null;
  outlets: { outlet: string; documents: number }[];
}

export interface RecordActor {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  affiliation: string | null;
  mentions: Span[];
}

export interface RecordQuote extends Span {
  id: string;
  text: string;
  speaker: string | null;
  attribution: Span | null;
  fragment: boolean;
}

export interface RecordFigure extends Span {
  id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  measure: string;
  measureText: string;
  context: string | null;
  source: string | null;
  asOf: string | null;
}

export interface RecordEvent extends Span {
  id: string;
  type: string;
  trigger: string;
  actors: string[];
  recipients: string[];
  modality: string;
  polarity: string | null;
  date: string | null;
  place: string | null;
}

export interface RecordPosition extends Span {
  id: string;
  actor: string | null;
  stance: string;
  issue: string;
  text: string;
}

export interface ParleyRecord {
  document: DocumentMeta & { id: string; path: string | null; url: string | null; authors: string[];
    dateline: string | null; format: string; text: string };
  actors: RecordActor[];
  quotes: RecordQuote[];
  figures: RecordFigure[];
  events: RecordEvent[];
  positions: RecordPosition[];
}

export interface ActorMember {
  documentId: string;
  actorId: string;
  name: string;
}

export interface AnalysisActor {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  affiliation: string | null;
  roles: { role: string; firstSeen: string | null; lastSeen: string | null; evidence: Evidence[] }[];
  members: ActorMember[];
  documentCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  edited: boolean;
  mentionCount?: number;
  quoteCount?: number;
}

export interface FigureReport extends Evidence {
  figureId: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  source: string | null;
  asOf: string | null;
  outlet: string | null;
  date: string | null;
  copies: SourceRef[];
}

export interface Series {
  id: string;
  measure: string;
  context: string | null;
  contextForms: string[];
  population?: string | null;
  part?: boolean;
  scope?: "incident" | "cumulative" | "standing";
  /** why these figures are one series ("grouped because ...") */
  grouping?: string[];
  points: FigureReport[];
}

export interface Conflict {
  id: string;
  measure: string;
  context: string | null;
  from: string;
  to: string;
  values: FigureReport[];
}

export interface TimelineEvent extends Evidence {
  id: string;
  type: string;
  trigger: string;
  date: string | null;
  documentDate: string | null;
  place: string | null;
  actors: string[];
  recipients: string[];
  modality: string;
  polarity: string | null;
  sources: (SourceRef & { eventId: string })[];
}

export interface StanceReport extends Evidence {
  stance: string;
  date: string | null;
  outlet: string | null;
  positionId: string;
  text: string;
  /** analysis actor id of the person or office who stated it for the party */
  speaker?: string;
}

export interface PositionCell {
  party: string;
  issue: string;
  stance: string;
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: StanceReport[];
  changes: { from: string; to: string; date: string | null; before: StanceReport; after: StanceReport }[];
}

export interface Positions {
  parties: string[];
  /** people and offices no report places with a side */
  unplaced?: string[];
  issues: string[];
  cells: PositionCell[];
}

export interface MomentumPoint {
  date: string;
  raw: number | null;
  index: number;
  contributions: (Evidence & { eventId: string; speaker: string | null; side: string | null; polarity: string; score: number; weight: number })[];
}

export interface Momentum {
  smoothing: number;
  points: MomentumPoint[];
}

/** A quote as listed across documents, with where it was published. */
export interface QuoteEntry extends RecordQuote {
  documentId: string;
  document: DocumentMeta;
  excerpt: Excerpt;
  speakerName?: string | null;
  speakerSide?: string | null;
}

export interface ActorPage {
  actor: AnalysisActor & { mentions: Evidence[] };
  quotes: QuoteEntry[];
  positions: PositionCell[];
  timeline: TimelineEvent[];
  documents: (DocumentMeta & { id: string })[];
}

/** A search hit: an article, a quote, an actor as one article names them, or an event. */
export interface SearchResult extends Span {
  kind: "document" | "quote" | "actor" | "event";
  documentId: string;
  document: DocumentMeta;
  /** actor hits */
  name?: string;
  roles?: string[];
  affiliation?: string | null;
  /** event hits */
  type?: string;
  trigger?: string;
  quoteId?: string;
  speaker?: string | null;
  matchCount?: number;
  /** absent on actor hits */
  snippet?: Span & { text: string; highlights: Span[]; clippedStart: boolean; clippedEnd: boolean };
}

export interface SearchResponse {
  query: string;
  total: number;
  offset: number;
  results: SearchResult[];
}
