import { getJson } from "../api.js";
import { evidenceLink, section, sourceLink } from "../components.js";
import { empty, h } from "../dom.js";
import { formatDate } from "../format.js";
import type { Route } from "../links.js";
import { listSection } from "../list-view.js";
import type { Rendered } from "../view.js";
import { compareView } from "./deal-compare.js";
import { ledgerView } from "./deal-ledger.js";
import { compareHref, dealHref, ledgerHref, phaseTimeline, statusBadge, termLine } from "./deal-parts.js";
import type { Deal, DealAid, DealNote, DealPhase, DealRelease, DealWithdrawal } from "./deal-types.js";

const dealDay = (d: Deal) => d.dates.signed?.value ?? d.dates.proposed?.value ?? d.reports[0]?.date ?? null;
const sides = (d: Deal) => (d.kind === "proposal" && d.proposers.length ? d.proposers : d.parties).map((p) => p.name).join(", ");
const who = (by: string | null) => by ?? "side not stated";

const counted = (r: { category: string; count: number | null }) => (r.count !== null ? `${r.count} ${r.category}` : r.category);
/** "50 hostages (women, children)", "13 hostages (4 children)": who the count includes. */
const releaseText = (r: DealRelease) => `${counted(r)}${r.includes?.length ? ` (${r.includes.map(counted).join(", ")})` : ""}`;

/** Releases one sentence lists for one side ("women, children, elderly and wounded") read as one line. */
function releaseTerms(list: readonly DealRelease[]): HTMLElement[] {
  const groups = new Map<string, DealRelease[]>();
  for (const r of list) {
    const e = r.evidence[0];
    const key = `${r.by}|${r.source}|${e ? `${e.documentId}:${e.start}` : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((rs) => termLine(`${who(rs[0]!.by)} releases ${rs.map(releaseText).join(", ")}`, rs[0]!));
}
const withdrawalTerm = (w: DealWithdrawal) =>
  termLine(`${who(w.by)} pulls ${w.forces ?? "forces"} back${w.distanceKm !== null ? ` ${w.distanceKm} km` : ""} from ${w.area ?? "an area not named"}`, w);
const aidTerm = (a: DealAid) =>
  termLine(["aid:", a.amount !== null ? `${a.amount} ${a.unit ?? ""}` : "", a.what, a.per ? `a ${a.per}` : "", a.destination ? `to ${a.destination}` : ""].filter(Boolean).join(" "), a);
const noteTerm = (label: string) => (n: DealNote) => termLine(`${label}: ${n.text}`, n);

function phaseCard(p: DealPhase): HTMLElement {
  const terms = [...releaseTerms(p.releases), ...p.withdrawals.map(withdrawalTerm), ...p.aid.map(aidTerm),
    ...p.conditionsToNext.map(noteTerm("to move on")), ...p.provisions.map(noteTerm("also"))];
  return h("section", { class: "card" },
    h("h3", {}, `Phase ${p.number}`, p.days ? ` — ${p.days.value} days` : " — length not stated"),
    p.days ? h("ul", { class: "plain" }, termLine("length", p.days)) : null,
    terms.length ? h("ul", { class: "plain" }, terms) : empty("No terms stated for this phase."));
}

async function listView(route: Route): Promise<Rendered> {
  const [list, { deals: all }] = await Promise.all([
    listSection<Deal>(route, {
      api: "deals", key: "deals", noun: "deals", windowed: false,
      facets: [{ name: "kind", label: "Kind" }, { name: "status", label: "Status" }, { name: "party", label: "Party" }],
      search: "Words of the title",
      defaultSort: "date", defaultOrder: "asc",
      columns: [
        { label: "Deal", sort: "title", cell: (d) => h("a", { href: dealHref(d.id) }, d.title) },
        { label: "Kind", sort: "kind", cell: (d) => d.kind },
        { label: "Status", sort: "status", cell: (d) => statusBadge(d.status.value) },
        { label: "Date", sort: "date", class: "nowrap", cell: (d) => formatDate(dealDay(d)) },
        { label: "By", cell: (d) => sides(d) || "—" },
        { label: "Ceasefire", cell: (d) => (d.ceasefire.days ? `${d.ceasefire.days.value} days` : d.ceasefire.permanent ? "permanent" : "—") },
        { label: "Phases", cell: (d) => (d.phaseCount ? String(d.phaseCount.value) : d.phases.length ? String(d.phases.length) : "—") },
        { label: "", cell: (d) => (d.status.value === "agreed" ? h("a", { href: ledgerHref(d.id) }, "ledger") : null) },
      ],
      empty: "No proposal or agreement matches.",
    }),
    // The compare form offers every deal, up to the list route's largest page.
    getJson<{ deals: Deal[] }>("deals", { limit: 500 }),
  ]);
  const pick = (label: string, initial: number) => {
    const select = h("select", { attrs: { "aria-label": label } }, all.map((d) => h("option", { value: d.id }, d.title)));
    select.selectedIndex = Math.min(initial, all.length - 1);
    return select;
  };
  const [a, b] = [pick("first deal", 0), pick("second deal", 1)];
  const go = h("button", { type: "button", onclick: () => (location.hash = compareHref(a.value, b.value)) }, "Compare");
  return {
    element: h("div", {},
      h("h1", {}, "Deals"),
      h("p", { class: "hint" }, "Proposals and agreements built from the PROPOSE and AGREE events and the sentences around them. Every term links to the words it was read from."),
      list.element,
      all.length > 1 ? section("Compare two deals", h("div", { class: "filters" }, a, " with ", b, " ", go)) : null),
  };
}

async function detailView(id: string): Promise<Rendered> {
  const { deal } = await getJson<{ deal: Deal }>(`deals/${encodeURIComponent(id)}`);
  const facts = [
    termLine(["status: ", statusBadge(deal.status.value)], deal.status),
    ...deal.proposers.map((p) => termLine(`proposed by ${p.name}`, p, false)),
    ...deal.parties.map((p) => termLine(`party: ${p.name}`, p, false)),
    ...deal.mediators.map((m) => termLine(`${m.role ?? "mediator"}: ${m.name}`, m, false)),
    ...(["proposed", "signed", "effective"] as const).flatMap((k) => (deal.dates[k] ? [termLine(`${k}: ${formatDate(deal.dates[k]!.value)}`, deal.dates[k]!)] : [])),
    deal.ceasefire.days ? termLine(`ceasefire: ${deal.ceasefire.days.value} days`, deal.ceasefire.days) : null,
    deal.ceasefire.permanent ? termLine("permanent ceasefire", deal.ceasefire.permanent) : null,
    deal.phaseCount ? termLine(`${deal.phaseCount.value} phases`, deal.phaseCount) : null,
  ];
  const loose = [...releaseTerms(deal.releases), ...deal.exchanges.map((x) => termLine(`exchange: ${x.give.count ?? ""} ${x.give.what} for ${x.get.count ?? ""} ${x.get.what}${x.ratio !== null ? ` (1:${x.ratio})` : ""}`, x)),
    ...deal.withdrawals.map(withdrawalTerm), ...deal.aid.map(aidTerm), ...deal.conditions.map(noteTerm("condition"))];
  const start = deal.dates.effective?.value ?? null;
  let from = start;
  const segments = deal.phases.map((p) => {
    const days = p.days?.value ?? null;
    const segment = { label: `Phase ${p.number}`, days, from, to: from && days ? new Date(Date.parse(from) + (days - 1) * 86_400_000).toISOString().slice(0, 10) : null, note: p.days?.source === "default" ? "default" : undefined };
    from = segment.to ? new Date(Date.parse(segment.to) + 86_400_000).toISOString().slice(0, 10) : null;
    return segment;
  });
  return {
    element: h("div", {},
      h("p", { class: "crumbs" }, h("a", { href: "#/deals" }, "Deals"), " / ", deal.id),
      h("h1", {}, deal.title),
      deal.counters ? h("p", {}, "Answers ", h("a", { href: dealHref(deal.counters) }, deal.counters), " · ", h("a", { href: compareHref(deal.counters, deal.id) }, "compare")) : null,
      deal.status.value === "agreed" ? h("p", {}, h("a", { href: ledgerHref(deal.id) }, "Implementation ledger")) : null,
      section("The deal", h("ul", { class: "plain" }, facts)),
      segments.length ? section("Phases", phaseTimeline(segments), deal.phases.map(phaseCard)) : null,
      loose.length ? section(deal.phases.length ? "Terms tied to no phase" : "Terms", h("ul", { class: "plain" }, loose)) : null,
      section("Reports", h("ul", { class: "plain" }, deal.reports.map((r) => h("li", {}, sourceLink(r), r.reference ? h("span", { class: "muted" }, " (mentions it)") : null, evidenceLink(r)))))),
  };
}

/** #/deals (the list), #/deals/ID (one deal), #/deals/compare?a=&b=, #/deals/ledger?deal= */
export async function dealsView(route: Route): Promise<Rendered> {
  const sub = route.path[1];
  if (sub === "compare") return compareView(route);
  if (sub === "ledger") return ledgerView(route);
  return sub ? detailView(sub) : listView(route);
}
