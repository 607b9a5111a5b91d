import type { IncomingMessage, ServerResponse } from "node:http";
import { ExportResponse } from "../export/http.js";
import { HttpError } from "./http-error.js";
import { JsonResponse, type Router } from "./router.js";
import { dashboardBuilt, staticFile } from "./static-files.js";

/** JSON bodies of edits are small; anything larger is refused before it is buffered. */
const MAX_BODY_BYTES = 64 * 1024;

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-cache",
  // The dashboard runs only its own scripts and never loads anything from elsewhere.
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

export interface HandlerOptions {
  router: Router;
  /** Host names the server answers to; undefined answers any (when bound to all interfaces). */
  allowedHosts?: Set<string>;
  /** one line per unexpected failure */
  log: (line: string) => void;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": type, "Content-Length": Buffer.byteLength(body), ...headers });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

const sendJson = (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) =>
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body), headers);

const hostName = (host: string | undefined) => host?.replace(/:\d+$/, "").toLowerCase();

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  // A JSON content type cannot be sent cross-site without a CORS preflight, which this server never grants.
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
    throw new HttpError(415, "expected Content-Type: application/json");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "request body is not valid JSON");
  }
}

async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, router: Router) {
  const method = req.method ?? "GET";
  const match = router.match(method, url.pathname);
  if (!match) throw new HttpError(404, `no such endpoint: ${url.pathname}`);
  if ("allowed" in match) {
    const allow = match.allowed.join(", ");
    throw new HttpError(405, `${method} is not allowed on ${url.pathname} (allowed: ${allow})`, { Allow: allow });
  }
  const body = method === "POST" ? await readJsonBody(req) : undefined;
  const result = await match.handler({ url, params: match.params, body, raw: req });
  if (result instanceof ExportResponse) await result.send(res, SECURITY_HEADERS);
  else if (result instanceof JsonResponse) sendJson(res, result.status, result.body);
  else sendJson(res, 200, result);
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "text/plain; charset=utf-8", "method not allowed\n", { Allow: "GET, HEAD" });
  }
  if (url.pathname === "/" && !dashboardBuilt()) {
    return send(res, 503, "text/plain; charset=utf-8",
      "The dashboard is not built: run `npm run build`. The JSON API under /api/ works.\n");
  }
  const file = await staticFile(url.pathname);
  if (!file) return send(res, 404, "text/plain; charset=utf-8", "not found\n");
  send(res, 200, file.type, file.body);
}

/** The request listener: host check, then the JSON API under /api/, else the dashboard's files. */
export function requestHandler(options: HandlerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const isApi = url.pathname.startsWith("/api/");
    try {
      // A page on another site that rebinds its own name to 127.0.0.1 still sends its own Host.
      if (options.allowedHosts && !options.allowedHosts.has(hostName(req.headers.host) ?? "")) {
        throw new HttpError(403, `unexpected Host header '${req.headers.host ?? ""}'`);
      }
      if (isApi) await handleApi(req, res, url, options.router);
      else await handleStatic(req, res, url);
    } catch (error) {
      const known = error instanceof HttpError;
      if (!known) options.log(`${req.method} ${url.pathname}: ${(error as Error).message ?? String(error)}`);
      const status = known ? error.status : 500;
      const message = known ? error.message : "internal error (see the server's output)";
      if (res.headersSent) return void res.destroy();
      if (isApi) sendJson(res, status, { error: { status, message } }, known ? error.headers : {});
      else send(res, status, "text/plain; charset=utf-8", message + "\n");
    }
  };
}
