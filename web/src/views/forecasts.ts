import { getJson } from "../api.js";
import { makeChart, PALETTE } from "../charts.js";
import { badge, section } from "../components.js";
import { empty, h, replaceChildren } from "../dom.js";
import { formatNumber } from "../format.js";
import { actorHref, documentHref } from "../links.js";
import type { Rendered } from "../view.js";

/**
 * Bargaining forecasts (GET /api/forecasts): per issue, each actor on the 0-100 scale (x = position,
 * y = salience, bubble size = capability) with every model's forecast as a vertical line, the actors'
 * inputs with where each value came from, the models' forecasts with their pivotal actors, and how a
 * chosen model's forecast moves when one actor's input moves.
 */

interface ValueEvidence { documentId: string; start: number; end: number; text: string }
interface SourcedValue { value: number; source: "record" | "analyst" | "default"; evidence?: ValueEvidence[]; note?: string }
interface Anchor { id: string; at: number; label: string }
interface ResolvedActor { id: string; name: string; side: string | null; position: SourcedValue; salience: SourcedValue; capability: SourcedValue }
interface SensitivityRow {
  actor: string; removed: number | null; positionDown: number | null; positionUp: number | null;
  salienceDown: number | null; salienceUp: number | null; capabilityDown: number | null; capabilityUp: number | null;
}
interface ModelForecast {
  model: string; label: string; formula: string; forecast: number | null; nearestAnchor: string | null; reason: string | null;
  rounds: { round: number; forecast: number | null }[] | null;
  sensitivity: { step: number; rows: SensitivityRow[]; pivotal: { actor: string; change: string; forecast: number | null; shift: number }[] };
}
interface IssueForecast {
  id: string; label: string; description: string | null; anchors: Anchor[]; statusQuo: SourcedValue | null;
  actors: ResolvedActor[]; withoutPosition: { id: string; name: string }[]; models: ModelForecast[];
}
interface ForecastsResponse {
  scenarioFile: string | null;
  forecast: { title: string | null; description: string | null; issues: IssueForecast[] };
}

const SOURCE_HINT = { record: "from the record", analyst: "set by the analyst", default: "a default: set it" };
const DEFAULT_SENSITIVITY_MODEL = "compromise";
const MAX_BUBBLE = 22;
const fmt = (value: number | null | undefined) => (value === null || value === undefined ? "–" : formatNumber(value));
const shortLabel = (text: string) => (text.length > 22 ? `${text.slice(0, 21)}…` : text);

function valueCell(value: SourcedValue): HTMLElement {
  return h("td", { title: value.note ?? SOURCE_HINT[value.source] },
    h("strong", {}, fmt(value.value)), " ", badge(value.source, `source-${value.source}`),
    value.evidence?.length ? h("ul", { class: "plain" }, value.evidence.slice(0, 3).map((e) =>
      h("li", {}, h("a", { href: documentHref(e.documentId, e), class: "evidence", title: "open in the reader" }, e.text)))) : null,
    value.evidence && value.evidence.length > 3 ? h("span", { class: "muted" }, ` and ${value.evidence.length - 3} more`) : null);
}

function actorsTable(issue: IssueForecast): HTMLElement {
  return h("table", { class: "table" },
    h("thead", {}, h("tr", {}, ["actor", "side", "position", "salience", "capability"].map((c) => h("th", {}, c)))),
    h("tbody", {}, issue.actors.map((a) => h("tr", {},
      h("td", {}, h("a", { href: actorHref(a.id) }, a.name)), h("td", {}, a.side ?? "–"),
      valueCell(a.position), valueCell(a.salience), valueCell(a.capability)))));
}

function modelsTable(issue: IssueForecast, names: Map<string, string>): HTMLElement {
  return h("table", { class: "table" },
    h("thead", {}, h("tr", {}, ["model", "forecast", "nearest anchor", "pivotal actors", "note"].map((c) => h("th", {}, c)))),
    h("tbody", {}, issue.models.map((m) => h("tr", {},
      h("td", { title: m.formula }, m.label),
      h("td", {}, h("strong", {}, fmt(m.forecast))),
      h("td", {}, m.nearestAnchor ?? "–"),
      h("td", {}, m.sensitivity.pivotal.length
        ? m.sensitivity.pivotal.map((p) => `${names.get(p.actor) ?? p.actor} (${p.change}: ${p.shift > 0 ? "+" : ""}${fmt(p.shift)})`).join("; ")
        : "–"),
      h("td", { class: "muted" }, m.reason ?? "", m.rounds?.length ? ` Rounds: ${m.rounds.map((r) => fmt(r.forecast)).join(" → ")}` : "")))));
}

function sensitivityTable(model: ModelForecast, names: Map<string, string>): HTMLElement {
  const step = model.sensitivity.step;
  const columns = ["left out", `position −${step}`, `position +${step}`, `salience −${step}`, `salience +${step}`, `capability −${step}`, `capability +${step}`];
  return h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", {}, "actor"), columns.map((c) => h("th", {}, c)))),
    h("tbody", {}, model.sensitivity.rows.map((r) => h("tr", {}, h("td", {}, names.get(r.actor) ?? r.actor),
      [r.removed, r.positionDown, r.positionUp, r.salienceDown, r.salienceUp, r.capabilityDown, r.capabilityUp].map((v) =>
        h("td", { title: v === null || model.forecast === null ? "" : `${v - model.forecast >= 0 ? "+" : ""}${fmt(v - model.forecast)}` }, fmt(v)))))));
}

function sensitivityPanel(issue: IssueForecast, names: Map<string, string>): HTMLElement {
  const withForecast = issue.models.filter((m) => m.forecast !== null);
  const select = h("select", { attrs: { "aria-label": "model" } }, withForecast.map((m) => {
    const option = h("option", { value: m.model }, m.label);
    option.selected = m.model === DEFAULT_SENSITIVITY_MODEL;
    return option;
  }));
  const body = h("div", {});
  const show = () => {
    const model = withForecast.find((m) => m.model === select.value) ?? withForecast[0];
    replaceChildren(body, model
      ? [h("p", { class: "hint" }, `${model.label}: ${fmt(model.forecast)}. ${model.formula}. Each column moves one input of one actor by ${model.sensitivity.step} (kept within 0-100).`), sensitivityTable(model, names)]
      : empty("No model gives a forecast."));
  };
  select.addEventListener("change", show);
  show();
  return h("div", {}, h("h3", {}, "Sensitivity: the forecast when one actor's input moves ", select), body);
}

function chartConfig(issue: IssueForecast) {
  const biggest = Math.max(1, ...issue.actors.map((a) => a.capability.value));
  const models = issue.models.filter((m) => m.forecast !== null);
  return {
    type: "bubble" as const,
    data: {
      datasets: [
        {
          type: "bubble" as const, label: "actors (size = capability)",
          data: issue.actors.map((a) => ({ x: a.position.value, y: a.salience.value, r: 4 + (MAX_BUBBLE * a.capability.value) / biggest })),
          backgroundColor: "#2563eb55", borderColor: "#2563eb",
        },
        ...models.map((m, k) => ({
          type: "line" as const, label: `${m.label}: ${fmt(m.forecast)}`,
          data: [{ x: m.forecast!, y: 0 }, { x: m.forecast!, y: 100 }],
          borderColor: PALETTE[(k + 1) % PALETTE.length], backgroundColor: PALETTE[(k + 1) % PALETTE.length],
          borderDash: [6, 3], pointRadius: 0, borderWidth: 2,
        })),
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        x: {
          type: "linear" as const, min: -5, max: 105, title: { display: true, text: "position on the issue's scale" },
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => { axis.ticks = issue.anchors.map((a) => ({ value: a.at })); },
          ticks: { autoSkip: false, callback: (value: number | string) => shortLabel(issue.anchors.find((a) => a.at === Number(value))?.label ?? String(value)) },
        },
        // Headroom above 100 so the bubbles of the most salient actors are not cut.
        y: { min: 0, max: 125, title: { display: true, text: "salience" }, ticks: { stepSize: 25, callback: (value: number | string) => (Number(value) <= 100 ? String(value) : "") } },
      },
      plugins: {
        legend: { position: "bottom" as const, labels: { boxWidth: 10, boxHeight: 10 } },
        tooltip: {
          callbacks: {
            label: (ctx: { datasetIndex: number; dataIndex: number; dataset: { label?: string } }) => {
              if (ctx.datasetIndex > 0) return ctx.dataset.label ?? "";
              const a = issue.actors[ctx.dataIndex]!;
              return `${a.name}: position ${fmt(a.position.value)} (${a.position.source}), salience ${fmt(a.salience.value)}, capability ${fmt(a.capability.value)}`;
            },
          },
        },
      },
    },
  };
}

function issueCard(issue: IssueForecast): { element: HTMLElement; mount: () => void } {
  const names = new Map(issue.actors.map((a) => [a.id, a.name]));
  const anchors = h("p", { class: "hint" }, "Scale: ", issue.anchors.map((a) => `${a.at} = ${a.label}`).join(" · "),
    issue.statusQuo ? ` · status quo ${fmt(issue.statusQuo.value)} (${issue.statusQuo.source})` : " · no status quo set");
  if (!issue.actors.length) {
    return { element: section(issue.label, issue.description ? h("p", {}, issue.description) : null, anchors, empty("No actor has a position on this issue yet.")), mount: () => {} };
  }
  const canvas = h("canvas", { attrs: { "aria-label": `${issue.label}: actors and forecasts`, role: "img" } });
  const element = section(issue.label,
    issue.description ? h("p", {}, issue.description) : null, anchors,
    h("div", { class: "chart-box" }, canvas),
    modelsTable(issue, names),
    h("h3", {}, "Actors"), actorsTable(issue),
    issue.withoutPosition.length ? h("p", { class: "muted" }, `Assessed without a position (left out of the models): ${issue.withoutPosition.map((a) => a.name).join(", ")}.`) : null,
    sensitivityPanel(issue, names));
  // Chart.js's types do not model a bubble chart with line datasets (a mixed chart its documentation allows).
  return { element, mount: () => void makeChart(canvas, chartConfig(issue) as unknown as Parameters<typeof makeChart>[1]) };
}

export async function forecastsView(): Promise<Rendered> {
  const { scenarioFile, forecast } = await getJson<ForecastsResponse>("forecasts", {}, true);
  const cards = forecast.issues.filter((i) => i.actors.length).map(issueCard);
  const idle = forecast.issues.filter((i) => !i.actors.length).map((i) => i.label);
  return {
    element: h("div", {},
      h("h1", {}, "Forecasts"),
      h("p", { class: "hint" },
        scenarioFile ? `Scenario ${scenarioFile}, completed from the record. ` : "A starter scenario built from the record (serve with --scenario FILE to use the analyst's). ",
        "Each value shows where it came from: ", badge("record", "source-record"), " ", badge("analyst", "source-analyst"), " ", badge("default", "source-default"), "."),
      cards.length ? cards.map((c) => c.element) : empty("No actor has a position on any issue of the scenario."),
      idle.length ? h("p", { class: "muted" }, `Issues without positions: ${idle.join(", ")}.`) : null),
    mount: () => cards.forEach((c) => c.mount()),
  };
}
