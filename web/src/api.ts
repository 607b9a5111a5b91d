import type { AnalysisActor, DocumentEntry } from "./types.js";
import { dateWindow } from "./window.js";

/** A failed API call, with the server's own message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** GET /api/PATH; `windowed` adds the analyst's date window (?since=&until=). */
export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}, windowed = false): Promise<T> {
  const query = new URLSearchParams();
  const all = windowed ? { ...dateWindow(), ...params } : params;
  for (const [key, value] of Object.entries(all)) if (value !== undefined && value !== "") query.set(key, String(value));
  const suffix = query.size ? `?${query}` : "";
  return readResponse<T>(await fetch(`/api/${path}${suffix}`, { headers: { Accept: "application/json" } }));
}

export async function postJson<T>(path: string, payload: unknown): Promise<T> {
  const response = await fetch(`/api/${path}`, {
    method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(payload),
  });
  return readResponse<T>(response);
}

async function readResponse<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

/** Ids per request when a view asks for the actors or documents it names (keeps URLs short). */
const IDS_PER_REQUEST = 100;

/** Fetches a list route for the given ids, a batch of ids at a time. */
async function byIds<T extends { id: string }>(path: string, key: string, ids: Iterable<string>, windowed: boolean): Promise<Map<string, T>> {
  const all = [...new Set(ids)];
  const found = new Map<string, T>();
  for (let at = 0; at < all.length; at += IDS_PER_REQUEST) {
    const batch = all.slice(at, at + IDS_PER_REQUEST);
    const body = await getJson<Record<string, T[]>>(path, { ids: batch.join(","), limit: batch.length }, windowed);
    for (const item of body[key]!) found.set(item.id, item);
  }
  return found;
}

/** The analysis actors of the current date window named by these ids: views name actors by these ids. */
export const actorDirectory = (ids: Iterable<string>): Promise<Map<string, AnalysisActor>> => byIds("actors", "actors", ids, true);

/** Documents by id, for labels. */
export const documentsById = (ids: Iterable<string>): Promise<Map<string, DocumentEntry>> => byIds("documents", "documents", ids, false);
