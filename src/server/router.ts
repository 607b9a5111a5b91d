import type { IncomingMessage } from "node:http";
import { HttpError } from "./http-error.js";

export interface ApiRequest {
  url: URL;
  /** decoded path parameters, e.g. { id } for /api/documents/:id */
  params: Record<string, string>;
  /** the parsed JSON body of a POST */
  body: unknown;
  raw: IncomingMessage;
}

/** A handler returns the JSON body of a 200 response, or throws an HttpError. */
export type Handler = (request: ApiRequest) => unknown | Promise<unknown>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export type RouteMatch =
  | { handler: Handler; params: Record<string, string> }
  | { allowed: string[] };

/** Path patterns with :name segments; nothing else, which is all a small JSON API needs. */
export class Router {
  private readonly routes: Route[] = [];

  get(path: string, handler: Handler): this {
    return this.add("GET", path, handler);
  }

  post(path: string, handler: Handler): this {
    return this.add("POST", path, handler);
  }

  private add(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const source = path.split("/").map((segment) => {
      if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      keys.push(segment.slice(1));
      return "([^/]+)";
    }).join("/");
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler });
    return this;
  }

  /** The handler for a request; `{ allowed }` when the path exists under other methods only. */
  match(method: string, pathname: string): RouteMatch | undefined {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      if (route.method !== method && !(method === "HEAD" && route.method === "GET")) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => (params[key] = decodeSegment(m[i + 1]!)));
      return { handler: route.handler, params };
    }
    return allowed.length ? { allowed } : undefined;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, `malformed path segment '${segment}'`);
  }
}

/** A handler's result with a status other than 200. */
export class JsonResponse {
  constructor(readonly status: number, readonly body: unknown) {}
}
