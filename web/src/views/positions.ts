import { actorDirectory, getJson } from "../api.js";
import { dateRange, evidenceLink, sourceLink, stanceBadge } from "../components.js";
import { empty, h, replaceChildren } from "../dom.js";
import { formatDate, humanize } from "../format.js";
import { actorHref } from "../links.js";
import type { AnalysisActor, PositionCell, Positions } from "../types.js";
import type { Rendered } from "../view.js";

const STANCES = ["demand", "support", "accept", "oppose", "reject"];

/**
 * The evidence for one party on one issue, in date order, with the moments its stance changed; the
 * party is named unless the page is the party's own.
 */
export function cellDetails(cell: PositionCell, directory: Map<string, AnalysisActor>, nameParty = true): HTMLElement {
  const party = directory.get(cell.party)?.name ?? cell.party;
  return h("div", { class: "cell-details" },
    h("h3", {}, nameParty ? [h("a", { href: actorHref(cell.party) }, party), " on "] : null,
      humanize(cell.issue), ": ", stanceBadge(cell.stance),
      h("span", { class: "muted" }, `  ${dateRange(cell.firstSeen, cell.lastSeen)}`)),
    cell.changes.length ? h("ul", { class: "changes" }, cell.changes.map((change) => h("li", {},
      "Changed ", stanceBadge(change.from), " → ", stanceBadge(change.to), ` on ${formatDate(change.date)}`))) : null,
    h("ul", { class: "plain evidence-list" }, cell.evidence.map((report) => h("li", {},
      // Each statement's own stance matters only where the stance changed.
      cell.changes.length ? [stanceBadge(report.stance), " "] : null,
      // people speak for their side: who said it, inside the party's cell
      report.speaker ? [h("a", { href: actorHref(report.speaker) }, directory.get(report.speaker)?.name ?? report.speaker), ": "] : null,
      evidenceLink(report), " ", sourceLink(report)))));
}

/** Most-shared first: issues on which many parties stated a stance, parties that stated many. */
function byCellCount(keys: string[], cells: PositionCell[], keyOf: (cell: PositionCell) => string): string[] {
  const counts = new Map<string, number>();
  for (const cell of cells) counts.set(keyOf(cell), (counts.get(keyOf(cell)) ?? 0) + 1);
  return [...keys].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}

/** Issues down, parties across: issue labels are long phrases, party names are short. */
function matrix(positions: Positions, directory: Map<string, AnalysisActor>, select: (cell: PositionCell, td: HTMLElement) => void): HTMLElement {
  const cells = new Map(positions.cells.map((c) => [`${c.party}\u0000${c.issue}`, c]));
  const parties = byCellCount(positions.parties, positions.cells, (c) => c.party);
  const issues = byCellCount(positions.issues, positions.cells, (c) => c.issue);
  const unplaced = new Set(positions.unplaced ?? []);
  const partyName = (party: string) => (directory.get(party)?.name ?? party) + (unplaced.has(party) ? " (unplaced)" : "");
  return h("div", { class: "matrix-wrap" }, h("table", { class: "matrix" },
    h("thead", {}, h("tr", {}, h("th", { class: "corner" }, "Issue"),
      parties.map((party) => h("th", { class: "party" }, h("a", { href: actorHref(party) }, partyName(party)))))),
    h("tbody", {}, issues.map((issue) => h("tr", {},
      h("th", { class: "issue" }, humanize(issue)),
      parties.map((party) => {
        const cell = cells.get(`${party}\u0000${issue}`);
        if (!cell) return h("td", { class: "cell none" });
        const td = h("td", {
          class: `cell stance-${cell.stance}`,
          title: `${partyName(party)} · ${humanize(issue)}: ${cell.stance}, ${cell.evidence.length} statement(s)`
            + (cell.changes.length ? `, changed ${cell.changes.length}×` : ""),
        }, h("button", { type: "button", class: "cell-button" }, cell.stance,
          cell.changes.length ? h("span", { class: "changed", title: "stance changed" }, " ↻") : null,
          h("span", { class: "n" }, String(cell.evidence.length))));
        td.addEventListener("click", () => select(cell, td));
        return td;
      }))))));
}

export async function positionsView(): Promise<Rendered> {
  const { positions } = await getJson<{ positions: Positions }>("positions", {}, true);
  const directory = await actorDirectory([
    ...positions.parties, ...(positions.unplaced ?? []), ...positions.cells.map((c) => c.party),
    ...positions.cells.flatMap((c) => c.evidence.map((e) => e.speaker).filter((id): id is string => id !== undefined)),
  ]);
  if (!positions.cells.length) return { element: h("div", {}, h("h1", {}, "Positions"), empty("No positions in this window.")) };
  const details = h("div", { class: "card", id: "cell-details" }, h("p", { class: "hint" }, "Click a cell to see the statements behind it."));
  let selected: HTMLElement | undefined;
  const select = (cell: PositionCell, td: HTMLElement) => {
    selected?.classList.remove("selected");
    selected = td;
    td.classList.add("selected");
    replaceChildren(details, cellDetails(cell, directory));
    details.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };
  return {
    element: h("div", {},
      h("h1", {}, "Positions"),
      h("p", { class: "hint" }, "Each party's latest stated stance on each issue. The number is how many statements back it; ↻ marks a change of stance."),
      h("div", { class: "legend" }, STANCES.map((s) => stanceBadge(s))),
      h("div", { class: "card" }, matrix(positions, directory, select)),
      details),
  };
}
