import { dayLabel, dayNumber, makeChart } from "../charts.js";
import { evidenceLink } from "../components.js";
import { h, replaceChildren, empty } from "../dom.js";
import { formatDate } from "../format.js";
import type { AnalysisActor, Momentum } from "../types.js";
import { actorName } from "./actor-links.js";

/**
 * The momentum index (line) and each day's mean assessment (bars), from −1 (every assessment
 * negative) to +1. Clicking a day lists the assessments behind it.
 */
export function momentumPanel(momentum: Momentum, directory: Map<string, AnalysisActor>): { element: HTMLElement; mount: () => void } {
  const canvas = h("canvas", { attrs: { "aria-label": "momentum chart", role: "img" } });
  const details = h("div", { class: "chart-details" }, h("p", { class: "hint" }, "Click a day to see the assessments behind it."));
  const element = h("div", {}, h("div", { class: "chart-box" }, canvas), details);
  const points = momentum.points;
  const showDay = (index: number) => {
    const point = points[index]!;
    replaceChildren(details,
      h("h3", {}, `${formatDate(point.date)}: index ${point.index.toFixed(2)}`, point.raw === null ? " (no assessment that day)" : `, day ${point.raw.toFixed(2)}`),
      point.contributions.length
        ? h("ul", { class: "plain" }, point.contributions.map((c) => h("li", {},
          h("span", { class: `polarity polarity-${c.polarity}` }, c.polarity), " ",
          c.speaker ? actorName(c.speaker, directory) : c.side ?? "unattributed", ": ", evidenceLink(c))))
        : empty("No assessment was reported on this day; the index carries the previous value."));
  };
  const mount = () => {
    if (!points.length) return;
    makeChart(canvas, {
      type: "bar",
      data: {
        datasets: [
          {
            type: "line", label: "momentum index", data: points.map((p) => ({ x: dayNumber(p.date), y: p.index })),
            borderColor: "#2563eb", backgroundColor: "#2563eb", pointRadius: 2, tension: 0.25,
          },
          {
            type: "bar", label: "day's assessments", data: points.filter((p) => p.raw !== null).map((p) => ({ x: dayNumber(p.date), y: p.raw! })),
            backgroundColor: (ctx) => ((ctx.raw as { y: number } | undefined)?.y ?? 0) >= 0 ? "#86efacaa" : "#fca5a5aa",
            barThickness: 6,
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        // A click anywhere above a day selects it; the points are too small to aim at.
        interaction: { mode: "nearest", axis: "x", intersect: false },
        scales: {
          x: {
            type: "linear", min: dayNumber(points[0]!.date) - 1, max: dayNumber(points[points.length - 1]!.date) + 1,
            ticks: { callback: (v) => dayLabel(Number(v)) },
          },
          y: { min: -1, max: 1, title: { display: true, text: "← negative · positive →" } },
        },
        plugins: {
          legend: { labels: { boxWidth: 10, boxHeight: 10 } },
          tooltip: { callbacks: { title: (items) => formatDate(points.find((p) => dayNumber(p.date) === items[0]?.parsed.x)?.date) } },
        },
        onClick: (_event, elements, chart) => {
          const hit = elements[0];
          if (!hit) return;
          const day = (chart.data.datasets[hit.datasetIndex]!.data[hit.index] as { x: number }).x;
          const index = points.findIndex((p) => dayNumber(p.date) === day);
          if (index >= 0) showDay(index);
        },
      },
    });
  };
  if (!points.length) replaceChildren(element, empty("No assessments of the talks' progress were found in this window."));
  return { element, mount };
}
