import { getJson } from "../api.js";
import { badge, evidenceLink, section } from "../components.js";
import { empty, h } from "../dom.js";
import { formatDate } from "../format.js";
import type { Route } from "../links.js";
import type { Rendered } from "../view.js";
import { dealHref, evidenceLinks, phaseTimeline, statusBadge } from "./deal-parts.js";
import type { DueItem, Ledger, Observation } from "./deal-types.js";

const window = (from: string | null, to: string | null) => (from ? `${formatDate(from)} – ${to ? formatDate(to) : "?"}` : "not known");

function happened(item: DueItem, byId: Map<string, Observation>): HTMLElement {
  const seen = item.observations.map((id) => byId.get(id)).filter((o): o is Observation => o !== undefined);
  return h("td", {},
    item.delivered !== null ? h("div", {}, item.count !== null ? `${item.delivered} of ${item.count} released` : `${item.delivered} released`) : null,
    seen.length ? h("ul", { class: "plain" }, seen.map((o) => h("li", { class: "small" }, `${formatDate(o.date)}: ${o.kind} (${o.id})`))) : h("span", { class: "muted" }, "nothing reported"));
}

function observationItem(o: Observation): HTMLElement {
  const dated = o.dateSource === "event" || o.dateSource === "text" ? formatDate(o.date) : `${formatDate(o.date)} (${o.dateSource} date)`;
  return h("li", { class: "event", id: o.id },
    h("div", { class: "event-head" }, badge(o.kind, o.kind === "violation" ? "polarity-negative" : o.kind === "delay" ? "polarity-mixed" : ""),
      h("strong", {}, ` ${dated}`), h("span", { class: "muted" }, ` · ${o.id} · day ${o.day}${o.phase !== null ? ` · phase ${o.phase}` : ""}`),
      o.dueDate ? h("span", {}, ` · was due ${formatDate(o.dueDate)}`) : null),
    h("div", {}, o.summary),
    o.evidence.map((e) => evidenceLink(e)),
    o.accused.length ? h("ul", { class: "plain" }, o.accused.map((a) => h("li", { class: "small" }, `blames ${a.party}`, evidenceLinks(a.evidence)))) : null,
    o.figures.length ? h("ul", { class: "plain" }, o.figures.map((f) => h("li", { class: "small" }, `${f.measure} ${f.value ?? "?"}${f.source ? ` per ${f.source}` : ""}`, evidenceLinks(f.evidence)))) : null);
}

/** The ledger of an agreed deal: phases on a calendar, what was due with its status, and what happened day by day. */
export async function ledgerView(route: Route): Promise<Rendered> {
  const deal = route.params.get("deal") ?? undefined;
  const { ledger } = await getJson<{ ledger: Ledger }>("ledger", { deal });
  const byId = new Map(ledger.observations.map((o) => [o.id, o]));
  const totalDays = ledger.phases.reduce((n, p) => n + (p.days ?? 0), 0) || (ledger.ceasefire.days ?? 0);
  const segments = ledger.phases.length
    ? ledger.phases.map((p) => ({ label: `Phase ${p.number}`, days: p.days, from: p.from, to: p.to, note: p.daysSource === "default" ? "default" : undefined }))
    : [{ label: "Ceasefire", days: ledger.ceasefire.days, from: ledger.ceasefire.from, to: ledger.ceasefire.to }];
  const marker = ledger.asOf ? { date: ledger.asOf, label: `as of ${formatDate(ledger.asOf)}`, from: ledger.ceasefire.from, totalDays } : undefined;
  return {
    element: h("div", {},
      h("h1", {}, "Implementation ledger"),
      h("p", {}, h("a", { href: dealHref(ledger.deal.id) }, ledger.deal.title), " ", statusBadge(ledger.deal.status)),
      h("p", {}, `In force from ${formatDate(ledger.effective.date)}`, ledger.effective.source !== "record" ? ` (${ledger.effective.source})` : "",
        ledger.effective.evidence[0] ? evidenceLink(ledger.effective.evidence[0]) : null),
      ledger.effective.alternatives.map((a) => h("p", { class: "small" }, `Another report gives ${formatDate(a.date)}`, evidenceLinks(a.evidence))),
      h("p", { class: "hint" }, `Statuses as of ${formatDate(ledger.asOf)}, the latest publication read (the red line).`),
      section("Phases", phaseTimeline(segments, marker)),
      section("What was due",
        h("table", { class: "table" },
          h("thead", {}, h("tr", {}, ["phase", "due", "by", "what", "status", "what happened"].map((t) => h("th", {}, t)))),
          h("tbody", {}, ledger.due.map((d) => h("tr", {},
            h("td", {}, d.phase === null ? "—" : String(d.phase)),
            h("td", {}, window(d.dueFrom, d.dueBy), d.dueBySource === "text" ? h("div", { class: "small muted" }, "deadline from a report") : d.dueBySource === "deal" ? h("div", { class: "small muted" }, "deadline in the deal") : null),
            h("td", {}, d.by ?? "—"), h("td", {}, d.what, evidenceLinks(d.evidence)), h("td", {}, statusBadge(d.status)), happened(d, byId)))))),
      section("What happened",
        ledger.observations.length ? h("ul", { class: "events" }, ledger.observations.map(observationItem)) : empty("Nothing reported after the deal took effect."))),
  };
}
