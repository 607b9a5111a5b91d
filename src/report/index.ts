import { buildAnalysis, type Analysis, type AnalysisOptions } from "../analysis/index.js";
import type { Store } from "../store/store.js";
import { ReportContext, type DocumentTexts } from "./context.js";
import { renderHtml } from "./html/page.js";
import { renderMarkdown } from "./markdown/index.js";

export { ReportContext, type Citation, type CitedExcerpt, type DocumentTexts, type Excerpt } from "./context.js";
export { escapeHtml, html, jsonForScript } from "./html/escape.js";
export { renderHtml } from "./html/page.js";
export { renderMarkdown } from "./markdown/index.js";

export type ReportFormat = "md" | "html" | "json";

export const REPORT_FORMATS: readonly ReportFormat[] = ["md", "html", "json"];

const RENDERERS: Record<ReportFormat, (context: ReportContext) => string> = {
  md: renderMarkdown,
  html: renderHtml,
  json: (context) => JSON.stringify(context.analysis, null, 2) + "\n",
};

export function renderReport(format: ReportFormat, context: ReportContext): string {
  return RENDERERS[format](context);
}

/** The stored text of every document the analysis draws on, so evidence can be quoted. */
export async function documentTexts(store: Store, analysis: Analysis): Promise<DocumentTexts> {
  const texts = new Map<string, string>();
  for (const { id } of analysis.documents) {
    const record = await store.getRecord(id);
    if (record) texts.set(id, record.document.text);
  }
  return texts;
}

/** Analyses the store and gathers what a report quotes. */
export async function reportContext(store: Store, options: AnalysisOptions = {}): Promise<ReportContext> {
  const analysis = await buildAnalysis(store, options);
  return new ReportContext(analysis, await documentTexts(store, analysis));
}
