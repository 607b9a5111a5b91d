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

/** Document titles for labels, fetched once per page load. */
let documents: Promise<Map<string, DocumentEntry>> | undefined;
export function documentIndex(): Promise<Map<string, DocumentEntry>> {
  documents ??= getJson<{ documents: DocumentEntry[] }>("documents")
    .then((r) => new Map(r.documents.map((d) => [d.id, d])))
    .catch((error) => {
      documents = undefined;
      throw error;
    });
  return documents;
}

/** The analysis actors of the current date window, by id: views name actors by these ids. */
export async function actorDirectory(): Promise<Map<string, AnalysisActor>> {
  const { actors } = await getJson<{ actors: AnalysisActor[] }>("actors", {}, true);
  return new Map(actors.map((a) => [a.id, a]));
}
