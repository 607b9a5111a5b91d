import { InputError } from "../types.js";

/** A failed fetch; `transient` failures (network, timeout, server errors) are worth trying again later. */
export class FetchError extends InputError {
  constructor(url: string, reason: string, readonly transient: boolean) {
    super(url, reason);
    this.name = "FetchError";
  }
}

export interface FetchOptions {
  maxBytes: number;
  /** For the whole exchange: connecting, every redirect and the body. */
  timeoutSeconds: number;
  /** Stops the fetch early (a watcher told to stop). */
  signal?: AbortSignal;
  /** Sent as they are: If-None-Match / If-Modified-Since of a conditional request. */
  headers?: Record<string, string>;
}

export interface FetchedBody {
  /** Where the body came from, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Empty for a 304 Not Modified. */
  bytes: Uint8Array;
}

export const DEFAULT_TIMEOUT_SECONDS = 30;
/** Browsers follow about twenty; a news link needs two or three (http→https, short link, canonical). */
const MAX_REDIRECTS = 5;
/** Some sites refuse requests without a browser-like agent; this one still says who is asking. */
const USER_AGENT = "Mozilla/5.0 (compatible; Parley news reader)";
const ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/*;q=0.8";

export function isWebAddress(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * GETs `url` with Node's fetch, following at most MAX_REDIRECTS redirects by hand (so each hop is
 * checked to be http(s) and counted), reading no more than `maxBytes` of the body. Every failure is
 * a FetchError with a one-line reason: the host, the status, the time or the size.
 */
export async function fetchBody(url: string, options: FetchOptions): Promise<FetchedBody> {
  const timeout = AbortSignal.timeout(options.timeoutSeconds * 1000);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(current, {
        redirect: "manual", signal,
        headers: { "user-agent": USER_AGENT, accept: ACCEPT, ...options.headers },
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new FetchError(url, `more than ${MAX_REDIRECTS} redirects`, false);
        current = redirectTarget(url, current, location);
        continue;
      }
      if (response.status !== 304 && !response.ok) {
        await response.body?.cancel();
        throw new FetchError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`, response.status >= 500 || response.status === 429);
      }
      const bytes = response.status === 304 ? new Uint8Array() : await readAtMost(response, url, options.maxBytes);
      return {
        url: current, status: response.status, bytes,
        contentType: response.headers.get("content-type"),
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
      };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (options.signal?.aborted) throw new FetchError(url, "stopped", true);
    if (timeout.aborted) throw new FetchError(url, `no complete answer within ${options.timeoutSeconds} s (see --timeout)`, true);
    throw new FetchError(url, networkReason(error), true);
  }
}

function redirectTarget(original: string, current: string, location: string): string {
  let target: URL;
  try {
    target = new URL(location, current);
  } catch {
    throw new FetchError(original, `redirected to an invalid address (${location})`, false);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new FetchError(original, `redirected to a non-web address (${target.protocol})`, false);
  }
  return target.href;
}

/** The body, refused as soon as it is known to exceed `maxBytes` (from Content-Length, or while it streams in). */
async function readAtMost(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string) => new FetchError(url, `too large: ${size}, the limit is ${maxBytes} bytes (see --max-bytes)`, false);
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(`${declared} bytes`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: "host not found (DNS)",
  EAI_AGAIN: "host name could not be looked up (DNS)",
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "connection closed by the server",
  UND_ERR_CONNECT_TIMEOUT: "could not connect in time",
  UND_ERR_HEADERS_TIMEOUT: "no answer in time",
  UND_ERR_BODY_TIMEOUT: "the page stopped arriving",
};

/** Node's fetch says only "fetch failed"; the reason is in its cause's code. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code && NETWORK_ERRORS[code]) return NETWORK_ERRORS[code];
  if (code && /CERT|SSL|TLS/.test(code)) return `TLS certificate problem (${code})`;
  if (error instanceof TypeError && /invalid url|failed to parse url/i.test(error.message)) return "not a valid web address";
  return code ? `cannot fetch (${code})` : `cannot fetch (${cause?.message ?? (error as Error).message})`;
}
