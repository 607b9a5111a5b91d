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
import { dateWindow, setDateWindow } from "./window.js";

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
    if (input.value.trim()) location.hash = searchHref(input.value.trim());
  });
}

function setUpDateWindow(): void {
  const since = document.getElementById("since") as HTMLInputElement;
  const until = document.getElementById("until") as HTMLInputElement;
  const clear = document.getElementById("clear-window") as HTMLButtonElement;
  const show = () => {
    const current = dateWindow();
    since.value = current.since ?? "";
    until.value = current.until ?? "";
    clear.hidden = !current.since && !current.until;
    document.body.classList.toggle("windowed", !clear.hidden);
  };
  const apply = () => {
    setDateWindow({ since: since.value || undefined, until: until.value || undefined });
    show();
    void render();
  };
  since.addEventListener("change", apply);
  until.addEventListener("change", apply);
  clear.addEventListener("click", () => {
    since.value = "";
    until.value = "";
    apply();
  });
  show();
}

setUpSearch();
setUpDateWindow();
window.addEventListener("hashchange", () => void render());
void render();
