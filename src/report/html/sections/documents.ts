import type { OverviewView } from "../../views/index.js";
import { html, type SafeHtml } from "../escape.js";
import { none, section, titleLink } from "../fragments.js";

export function documentsSection(overview: OverviewView): SafeHtml {
  const rows = overview.documents.map((d) => html`<tr><td class="dates">${d.date ?? "undated"}</td><td>${d.outlet ?? ""}</td><td>${titleLink(d)}</td><td><code>${d.documentId}</code></td></tr>`);
  return section("documents", "Documents", null, rows.length
    ? html`<table class="documents"><thead><tr><th>Date</th><th>Outlet</th><th>Title</th><th>Id</th></tr></thead><tbody>${rows}</tbody></table>`
    : none("No documents in this period."));
}
