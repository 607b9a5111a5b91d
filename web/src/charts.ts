import type { Chart as ChartType, ChartConfiguration } from "chart.js";

/**
 * Chart.js is loaded as a classic script (/vendor/chart.umd.js) and read from the global. Charts are
 * destroyed when the view changes, or their resize observers would outlive the canvases.
 */

type ChartConstructor = new (canvas: HTMLCanvasElement, config: ChartConfiguration) => ChartType;

const live: ChartType[] = [];

export const PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#475569"];

export function makeChart(canvas: HTMLCanvasElement, config: ChartConfiguration): ChartType | undefined {
  const Chart = (globalThis as unknown as { Chart?: ChartConstructor }).Chart;
  if (!Chart) {
    canvas.replaceWith(document.createTextNode("Charts are unavailable (Chart.js did not load)."));
    return undefined;
  }
  const chart = new Chart(canvas, config);
  live.push(chart);
  return chart;
}

export function destroyCharts(): void {
  for (const chart of live.splice(0)) chart.destroy();
}

const DAY_MS = 86_400_000;
/** Dates as numbers for a linear axis (Chart.js's time axis needs a date adapter we do not ship). */
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const dayLabel = (day: number) =>
  new Date(day * DAY_MS).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
