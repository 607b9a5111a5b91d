import { analyse, stages } from "../../src/extract/pipeline.js";
import { extractFigures } from "../../src/extract/figures/index.js";
import type { FigureRecord } from "../../src/record/schema.js";
import type { SourceDocument } from "../../src/ingest/types.js";
import { source } from "../helpers.js";

// figure sources read the subjects the clauses stage found
const tokensStage = stages.filter((s) => s.name === "tokens" || s.name === "clauses");
const figuresStage = { name: "figures", run: extractFigures };
const throughFigures = stages.slice(0, stages.findIndex((s) => s.name === "figures") + 1);

/** Figures of a text run through the tokens, clauses and figures stages only. */
export function figuresOf(text: string, meta: Partial<SourceDocument> = {}): FigureRecord[] {
  return analyse(source(text, meta), [...tokensStage, figuresStage]).figures;
}

/** Figures of a text run through every stage up to figures, so that actors and quotes are known. */
export function figuresWithActors(text: string, meta: Partial<SourceDocument> = {}): FigureRecord[] {
  return analyse(source(text, meta), throughFigures).figures;
}

/** The one figure of a text; fails when there is not exactly one. */
export function onlyFigure(text: string, meta: Partial<SourceDocument> = {}): FigureRecord {
  const figures = figuresOf(text, meta);
  if (figures.length !== 1) throw new Error(`expected one figure, got ${figures.length}: ${JSON.stringify(figures)}`);
  return figures[0]!;
}

/** The text a figure's span covers. */
export const spanText = (text: string, figure: FigureRecord) => text.slice(figure.start, figure.end);
