import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface NewsServer {
  /** http://127.0.0.1:PORT */
  base: string;
  routes: Map<string, Route>;
  /** Every request, in order: its path and the headers it came with. */
  requests: { path: string; headers: IncomingMessage["headers"] }[];
  close(): Promise<void>;
}

/** A local HTTP server on a free port; a path without a route answers 404. */
export async function startNewsServer(): Promise<NewsServer> {
  const routes = new Map<string, Route>();
  const requests: NewsServer["requests"] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ path, headers: request.headers });
    const route = routes.get(path);
    if (route) route(request, response);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Answers with `body` and the content type; an ETag, when given, is honoured with 304. */
export function serve(contentType: string, body: string | Buffer | (() => string), etag?: () => string): Route {
  return (request, response) => {
    const tag = etag?.();
    if (tag && request.headers["if-none-match"] === tag) {
      response.writeHead(304, { etag: tag }).end();
      return;
    }
    const bytes = Buffer.from(typeof body === "function" ? body() : body);
    response.writeHead(200, { "content-type": contentType, "content-length": bytes.length, ...(tag ? { etag: tag } : {}) });
    response.end(bytes);
  };
}

export function redirect(to: string, status = 301): Route {
  return (_request, response) => response.writeHead(status, { location: to }).end();
}

/** Never answers (until the server closes): for timeouts. */
export const silent: Route = () => {};
