/* Draws the report's charts from the JSON in #report-data with the inlined Chart.js (window.Chart).
   Every label is drawn on a canvas as text, never parsed as HTML. */
(function () {
  "use strict";
  var Chart = window.Chart;
  var dataElement = document.getElementById("report-data");
  if (!Chart || !dataElement) return;
  var data = JSON.parse(dataElement.textContent);

  var DAY_MS = 86400000;
  var PALETTE = ["#0b5cad", "#d9730d", "#1b7f3b", "#8e1b8e", "#c0392b", "#127a7a", "#7a7a00", "#4b3cb0",
    "#e377c2", "#5d4037", "#17becf", "#555555"];
  var TYPE_COLOURS = {
    ASSAULT: "#c62828", COERCE: "#c62828", THREATEN: "#d84315", REJECT: "#e53935", ACCUSE: "#ef6c00",
    PROTEST: "#ef6c00", SANCTION: "#d84315", MOBILIZE: "#d84315",
    AGREE: "#1b7f3b", RETREAT: "#2e7d32", CONCEDE: "#43a047", SUPPORT: "#66bb6a", COOPERATE: "#388e3c", AID: "#00897b",
    PROPOSE: "#b35900", REQUEST: "#f9a825", CONSULT: "#0b5cad", ASSESS: "#6a5acd"
  };

  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = "#444";
  Chart.defaults.maintainAspectRatio = false;

  // A value's qualifier as the point's shape: a lower bound points up, an upper bound down.
  var BOUND_STYLES = { exact: "circle", approx: "rectRot", lower: "triangle", upper: "triangle" };
  function boundStyle(context) { return context.raw && BOUND_STYLES[context.raw.bound] || "circle"; }
  function boundRotation(context) { return context.raw && context.raw.bound === "upper" ? 180 : 0; }

  function isoDate(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /** "3 Mar", with the year only when the axis spans more than one. */
  function shortDate(day, withYear) {
    var date = new Date(day * DAY_MS);
    return date.getUTCDate() + " " + MONTHS[date.getUTCMonth()] + (withYear ? " " + date.getUTCFullYear() : "");
  }

  /** Steps of a day, a week, a fortnight or a month, whichever keeps the labels apart. */
  function dayStep(span) {
    return span <= 10 ? 1 : span <= 60 ? 7 : span <= 150 ? 14 : 30;
  }

  /** A linear axis of day numbers labelled as dates; a single day gets a day of margin either side. */
  function dayAxis(points) {
    var xs = points.map(function (p) { return p.x; });
    var min = Math.min.apply(null, xs);
    var max = Math.max.apply(null, xs);
    var pad = max - min < 2 ? 1 : Math.ceil((max - min) * 0.03);
    var years = [isoDate(min - pad).slice(0, 4), isoDate(max + pad).slice(0, 4)];
    var manyYears = years[0] !== years[1];
    return {
      type: "linear", min: min - pad, max: max + pad,
      title: { display: !manyYears, text: years[0], color: "#888" },
      ticks: {
        stepSize: dayStep(max - min), includeBounds: false, maxRotation: 0, autoSkip: true, autoSkipPadding: 12,
        callback: function (v) { return Number.isInteger(v) ? shortDate(v, manyYears) : ""; }
      },
      grid: { color: "#eee" }
    };
  }

  /**
   * Counts start at zero; when they span more than two orders of magnitude (a war's toll beside one
   * attack's) a linear axis would flatten the small ones, so the axis turns logarithmic and says so.
   */
  var LOG_SPAN = 100;
  function countAxis(points) {
    var positive = points.map(function (p) { return p.y; }).filter(function (y) { return y > 0; });
    var min = Math.min.apply(null, positive);
    var max = Math.max.apply(null, positive);
    if (positive.length === points.length && max / min > LOG_SPAN) {
      return { type: "logarithmic", title: { display: true, text: "log scale" }, grid: { color: "#eee" },
        ticks: { callback: function (v) { var p = Math.pow(10, Math.floor(Math.log10(v))); return v / p === 1 || v / p === 5 ? v.toLocaleString("en-US") : ""; } } };
    }
    return { beginAtZero: true, grid: { color: "#eee" }, ticks: { precision: 0 } };
  }

  function tooltipLines(context) { return context.raw.tooltip; }
  function tooltipTitle(items) { return items.length ? isoDate(items[0].raw.x) : ""; }
  var tooltips = { callbacks: { title: tooltipTitle, label: tooltipLines }, displayColors: true, bodyFont: { size: 12 } };

  function seriesChart(chart) {
    var canvas = document.getElementById(chart.canvasId);
    if (!canvas) return;
    var datasets = [];
    var all = [];
    chart.lines.forEach(function (line, i) {
      var colour = PALETTE[i % PALETTE.length];
      var points = line.points.slice().sort(function (a, b) { return a.x - b.x; });
      all = all.concat(points);
      if (points.length) {
        datasets.push({
          label: line.label, data: points, borderColor: colour, backgroundColor: colour, showLine: true, tension: 0,
          pointRadius: 6, pointHoverRadius: 8, pointStyle: boundStyle, rotation: boundRotation
        });
      }
      line.ranges.forEach(function (range, j) {
        var ends = [{ x: range.x, y: range.low, tooltip: range.tooltip }, { x: range.x, y: range.high, tooltip: range.tooltip }];
        all = all.concat(ends);
        datasets.push({ label: j || points.length ? "" : line.label, data: ends, borderColor: colour, backgroundColor: colour, borderWidth: 6, pointStyle: "line", showLine: true, range: true });
      });
    });
    // Each legend row takes room from the plot: the chart grows instead.
    // Source names are long: count on two legend entries a row.
    var legendRows = Math.ceil(datasets.filter(function (d) { return d.label; }).length / 2);
    if (legendRows > 1) canvas.parentNode.style.height = (240 + 24 * (legendRows - 1)) + "px";
    new Chart(canvas, {
      type: "scatter",
      data: { datasets: datasets },
      options: {
        scales: { x: dayAxis(all), y: countAxis(all) },
        plugins: {
          legend: { position: "bottom", labels: { filter: function (item) { return item.text !== ""; }, boxWidth: 12 } },
          tooltip: tooltips
        }
      }
    });
  }

  function momentumChart(momentum) {
    var canvas = document.getElementById("momentum-chart");
    if (!canvas || !momentum.index.length) return;
    new Chart(canvas, {
      type: "scatter",
      data: {
        datasets: [
          { type: "line", label: "index (smoothed)", data: momentum.index, borderColor: "#0b5cad", backgroundColor: "#0b5cad", pointRadius: 0, pointHitRadius: 6, borderWidth: 2, tension: 0, order: 1 },
          {
            // a mixed day scores 0: minBarLength keeps it visible
            type: "bar", label: "day score (green positive, red negative, amber mixed)", data: momentum.raw, order: 2,
            barThickness: 6, minBarLength: 4,
            backgroundColor: momentum.raw.map(function (p) { return p.y > 0 ? "#66bb6a" : p.y < 0 ? "#e57373" : "#f9a825"; })
          }
        ]
      },
      options: {
        scales: { x: dayAxis(momentum.index), y: { min: -1, max: 1, ticks: { stepSize: 0.5 }, grid: { color: function (c) { return c.tick.value === 0 ? "#999" : "#eee"; } } } },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } }, tooltip: tooltips }
      }
    });
  }

  function timelineChart(timeline) {
    var canvas = document.getElementById("timeline-chart");
    if (!canvas || !timeline.events.length) return;
    canvas.parentNode.style.height = Math.max(160, 60 + timeline.types.length * 34) + "px";
    // Events of one type on one day are spread a little so each stays visible and hoverable.
    var seen = {};
    var points = timeline.events.map(function (e) {
      var key = e.x + ":" + e.y;
      var n = seen[key] = (seen[key] || 0) + 1;
      return { x: e.x, y: e.y + (n - 1) * 0.15, tooltip: e.tooltip, type: e.type };
    });
    new Chart(canvas, {
      type: "scatter",
      data: {
        datasets: [{
          label: "events", data: points, pointRadius: 6, pointHoverRadius: 8,
          backgroundColor: points.map(function (p) { return TYPE_COLOURS[p.type] || "#555"; })
        }]
      },
      options: {
        scales: {
          x: dayAxis(points),
          y: {
            min: -0.6, max: timeline.types.length - 0.4, reverse: true,
            afterBuildTicks: function (axis) { axis.ticks = timeline.types.map(function (_t, i) { return { value: i }; }); },
            ticks: { autoSkip: false, callback: function (v) { return timeline.types[v] || ""; } },
            grid: { color: "#eee" }
          }
        },
        plugins: { legend: { display: false }, tooltip: tooltips }
      }
    });
  }

  /** A link into a closed <details> (a positions cell) opens it, so the evidence it points at shows. */
  function revealTarget() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    for (var node = target; node; node = node.parentElement) if (node.tagName === "DETAILS") node.open = true;
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", revealTarget);
  revealTarget();

  data.series.forEach(seriesChart);
  momentumChart(data.momentum);
  timelineChart(data.timeline);
})();
