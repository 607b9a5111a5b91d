import { destroyCharts } from "./charts.js";
import { errorBox, loading } from "./components.js";
import { h, replaceChildren } from "./dom.js";
import { currentRoute, searchHref } from "./links.js";
import type { View } from "./view.js";
import { actorView } from "./views/actor.js";
import { actorsView } from "./views/actors.js";
import { dealsView } from "./views/deals.js";
import { documentsView } from "./views/documents.js";
import { figuresView } from "./views/figures.js";
import { forecastsView } from "./views/forecasts.js";
import { overviewView } from "./views/overview.js";
import { positionsView } from "./views/positions.js";
import { readerView } from "./views/reader.js";
import { searchView } from "./views/search.js";
import { timelineView } from "./views/timeline.js";
import { quotesView } from "./views/quotes.js";
import { carryWindow, dateWindow, setDateWindow } from "./window.js";

const VIEWS = new Map<string, View>([
  ["", overviewView],
  ["timeline", timelineView],
  ["figures", figuresView],
  ["positions", positionsView],
  ["deals", dealsView],
  ["forecasts", forecastsView],
  ["actors", actorsView],
  ["actor", actorView],
  ["documents", documentsView],
  ["quotes", quotesView],
  ["doc", readerView],
  ["search", searchView],
]);

/** Nav entry that stays lit on a view's sub-pages. */
const NAV_SECTION = new Map([["actor", "actors"], ["doc", "documents"]]);

const main = document.getElementById("view")!;
let renderCount = 0;

async function render(): Promise<void> {
  const ticket = ++renderCount;
  const route = currentRoute();
  const name = route.path[0] ?? "";
  for (const link of document.querySelectorAll<HTMLAnchorElement>("#nav a")) {
    link.classList.toggle("active", link.dataset.route === (NAV_SECTION.get(name) ?? name));
  }
  // Opened in a new tab too, the header's links keep the window.
  for (const link of document.querySelectorAll<HTMLAnchorElement>("#nav a, a.brand")) {
    link.setAttribute("href", carryWindow(`#/${link.dataset.route ?? ""}`));
  }
  showDateWindow();
  const searchInput = document.getElementById("search-input") as HTMLInputElement;
  if (name !== "search") searchInput.value = "";
  destroyCharts();
  replaceChildren(main, loading());
  const view = VIEWS.get(name);
  let rendered;
  try {
    rendered = view ? await view(route) : { element: h("p", { class: "empty" }, "No such page. ", h("a", { href: "#/" }, "Back to the overview")) };
  } catch (error) {
    rendered = { element: errorBox(error) };
  }
  // A newer navigation finished first: its page stays.
  if (ticket !== renderCount) return;
  replaceChildren(main, rendered.element);
  rendered.mount?.();
  const target = document.getElementById("target");
  if (target) target.scrollIntoView({ block: "center" });
  else window.scrollTo(0, 0);
}

function setUpSearch(): void {
  const form = document.getElementById("search-form") as HTMLFormElement;
  const input = document.getElementById("search-input") as HTMLInputElement;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim()) location.hash = carryWindow(searchHref(input.value.trim()));
  });
}

const sinceInput = document.getElementById("since") as HTMLInputElement;
const untilInput = document.getElementById("until") as HTMLInputElement;
const clearWindow = document.getElementById("clear-window") as HTMLButtonElement;

/** The header shows the window the URL names. */
function showDateWindow(): void {
  const current = dateWindow();
  sinceInput.value = current.since ?? "";
  untilInput.value = current.until ?? "";
  clearWindow.hidden = !current.since && !current.until;
  document.body.classList.toggle("windowed", !clearWindow.hidden);
}

function setUpDateWindow(): void {
  const apply = () => setDateWindow({ since: sinceInput.value || undefined, until: untilInput.value || undefined });
  sinceInput.addEventListener("change", apply);
  untilInput.addEventListener("change", apply);
  clearWindow.addEventListener("click", () => setDateWindow({}));
  showDateWindow();
}

/** Links inside the dashboard keep the date window: it is added to the link as it is followed. */
function setUpWindowCarrying(): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href^='#/']");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const href = link.getAttribute("href")!;
    const carried = carryWindow(href);
    if (carried === href) return;
    event.preventDefault();
    location.hash = carried;
  });
}

setUpSearch();
setUpDateWindow();
setUpWindowCarrying();
window.addEventListener("hashchange", () => void render());
void render();
