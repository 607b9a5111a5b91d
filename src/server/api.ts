import type { Store } from "../store/store.js";
import type { ServerData } from "./data.js";
import { Router } from "./router.js";
import { actorRoutes } from "./routes/actor.js";
import { analysisRoutes } from "./routes/analysis.js";
import { dealRoutes } from "./routes/deals.js";
import { documentRoutes } from "./routes/documents.js";
import { editRoutes } from "./routes/edits.js";
import { forecastRoutes, type ForecastRouteOptions } from "./routes/forecasts.js";
import { itemRoutes } from "./routes/items.js";
import { searchRoutes } from "./routes/search.js";

/** Every /api/ route. Only /api/edits writes, through `writable`; everything else reads `data`. */
export function apiRouter(data: ServerData, writable: Store, forecasts: ForecastRouteOptions = {}): Router {
  const router = new Router();
  documentRoutes(router, data);
  itemRoutes(router, data);
  analysisRoutes(router, data);
  actorRoutes(router, data);
  searchRoutes(router, data);
  editRoutes(router, data, writable);
  forecastRoutes(router, data, forecasts);
  dealRoutes(router, data);
  return router;
}
