import { badge, evidenceLink } from "../components.js";
import { h, type Child } from "../dom.js";
import { formatDate } from "../format.js";
import { documentHref } from "../links.js";
import type { Evidence } from "../types.js";
import type { Sourced } from "./deal-types.js";

/** Pieces the deal views share: where a term came from, status badges, the phases drawn as a timeline. */

export const dealHref = (id: string) => `#/deals/${encodeURIComponent(id)}`;
export const compareHref = (a: string, b: string) => `#/deals/compare?${new URLSearchParams({ a, b })}`;
export const ledgerHref = (id: string) => `#/deals/ledger?${new URLSearchParams({ deal: id })}`;

/** Status colours by meaning: kept, at risk, broken. */
const STATUS_KIND: Record<string, string> = {
  agreed: "polarity-positive", done: "polarity-positive", holding: "polarity-positive", "in force": "polarity-positive",
  partial: "polarity-mixed", started: "polarity-mixed", delayed: "polarity-mixed", countered: "polarity-mixed", pending: "", upcoming: "",
  rejected: "polarity-negative", violated: "polarity-negative", overdue: "polarity-negative",
};

export const statusBadge = (status: string) => badge(status, STATUS_KIND[status] ?? "");

/** A small link per piece of evidence ("source 1", "source 2"), opening the reader at the words. */
export function evidenceLinks(evidence: readonly Evidence[]): HTMLElement {
  return h("span", { class: "small" }, evidence.map((e, i) => [i ? " · " : " ",
    h("a", { href: documentHref(e.documentId, e), class: "source", title: e.excerpt?.context.text ?? "open in the reader" }, `source ${i + 1}`)]));
}

/** A term as written, with a badge saying an analyst or a rule set it, and the sentences it rests on. */
export function termLine(text: Child, term: Sourced, withSentence = true): HTMLElement {
  return h("li", {},
    h("span", {}, text),
    term.source !== "record" ? [" ", badge(term.source, `source-${term.source}`)] : null,
    withSentence && term.evidence[0] ? evidenceLink(term.evidence[0]) : null,
    term.evidence.length > (withSentence ? 1 : 0) ? evidenceLinks(withSentence ? term.evidence.slice(1) : term.evidence) : null);
}

export interface TimelineSegment {
  label: string;
  days: number | null;
  from: string | null;
  to: string | null;
  note?: string;
}

/** Phase colours are classes (phase-0 .. phase-4 in style.css), cycled. */
const PHASE_CLASSES = 5;

/**
 * Phases as bars side by side, each as wide as its days (a phase of unknown length gets an average share).
 * The page's CSP refuses style attributes, so layout is in classes and the computed widths go through
 * the CSSOM (element.style), which the CSP allows.
 */
export function phaseTimeline(segments: readonly TimelineSegment[], marker?: { date: string; label: string; from: string; totalDays: number }): HTMLElement {
  const known = segments.filter((s) => s.days !== null);
  const fallback = known.length ? known.reduce((n, s) => n + s.days!, 0) / known.length : 1;
  const total = segments.reduce((n, s) => n + (s.days ?? fallback), 0) || 1;
  const bar = h("div", { class: "phase-bar", attrs: { role: "img", "aria-label": "phases of the deal" } },
    segments.map((s, i) => {
      const phase = h("div", { class: `phase phase-${i % PHASE_CLASSES}`, title: s.from ? `${formatDate(s.from)} – ${formatDate(s.to)}` : "dates not known" },
        h("strong", {}, s.label), h("div", { class: "small" }, s.days !== null ? `${s.days} days${s.note ? ` (${s.note})` : ""}` : "length not stated"),
        s.from ? h("div", { class: "small muted" }, `${formatDate(s.from)} – ${formatDate(s.to)}`) : null);
      phase.style.flexGrow = String((s.days ?? fallback) / total);
      return phase;
    }));
  if (marker && marker.totalDays > 0) {
    const at = Math.max(0, Math.min(1, (Date.parse(marker.date) - Date.parse(marker.from)) / 86_400_000 / marker.totalDays));
    const line = h("div", { class: "phase-marker", title: marker.label });
    line.style.left = `${(at * 100).toFixed(2)}%`;
    bar.append(line);
  }
  return bar;
}
