import { request } from "node:http";
import { join } from "node:path";
import type { Analysis, AnalysisOptions } from "../../src/analysis/types.js";
import type { ParleyRecord } from "../../src/record/schema.js";
import { startServer, type RunningServer } from "../../src/server/server.js";
import { openStore, type Store } from "../../src/store/index.js";
import { afterEach } from "vitest";
import { talksRecord, TALKS_TEXT } from "../store/fixture.js";
import { useTempDirs } from "../store/temp.js";

/** Two documents of the fictional Valmora talks, a month apart. */
export function valmoraRecords(): [ParleyRecord, ParleyRecord] {
  const first = talksRecord();
  const laterText = `${TALKS_TEXT}\nOkafor said the Coalition had broken the truce.`;
  const later = talksRecord(laterText);
  later.document.date = "2031-06-10";
  later.document.outlet = "Valmora Daily";
  return [first, later];
}

/**
 * A hand-made analysis over the first record, so the API is tested on its own: evidence spans point
 * at the record's items, actors name its record actors as members.
 */
export function stubAnalysis(records: ParleyRecord[], options: AnalysisOptions = {}): Analysis {
  const [first] = records as [ParleyRecord];
  const doc = first.document;
  const evidence = (item: { start: number; end: number }) => ({ documentId: doc.id, start: item.start, end: item.end });
  const source = (item: { start: number; end: number }) => ({ ...evidence(item), outlet: doc.outlet, date: doc.date });
  const actor = (index: number, id: string) => {
    const a = first.actors[index]!;
    return {
      id, name: a.name, type: a.type, aliases: a.aliases, affiliation: a.affiliation,
      roles: a.roles.map((role) => ({ role, firstSeen: doc.date, lastSeen: doc.date, evidence: [evidence(a.mentions[0]!)] })),
      members: [{ documentId: doc.id, actorId: a.id, name: a.name }],
      mentions: a.mentions.map(evidence), documentCount: 1, firstSeen: doc.date, lastSeen: doc.date, edited: false,
    };
  };
  const [consult, propose] = first.events as [ParleyRecord["events"][0], ParleyRecord["events"][0]];
  const position = first.positions[0]!;
  const killed = first.figures[1]!;
  const report = {
    ...evidence(killed), figureId: killed.id, value: killed.value, low: null, high: null, qualifier: killed.qualifier,
    source: killed.source, asOf: killed.asOf, outlet: doc.outlet, date: doc.date, copies: [],
  };
  const timelineEvent = (event: typeof consult, actors: string[]) => ({
    ...evidence(event), id: `t-${event.id}`, type: event.type, trigger: event.trigger, date: event.date, documentDate: doc.date,
    place: event.place, actors, recipients: [], modality: event.modality, polarity: event.polarity,
    sources: [{ ...source(event), eventId: event.id }],
  });
  return {
    since: options.since ?? null, until: options.until ?? null,
    documents: [{ id: doc.id, title: doc.title, date: doc.date, outlet: doc.outlet, path: doc.path, url: doc.url }],
    actors: [actor(0, "lise-okafor"), actor(1, "tomas-reyk"), actor(2, "northern-coalition")],
    series: [{ id: "s1", measure: "killed", context: null, contextForms: [], points: [report] }],
    conflicts: [],
    timeline: [timelineEvent(consult, ["northern-coalition"]), timelineEvent(propose, ["northern-coalition"])],
    positions: {
      parties: ["northern-coalition"], issues: ["ceasefire"],
      cells: [{
        party: "northern-coalition", issue: "ceasefire", stance: position.stance, firstSeen: doc.date, lastSeen: doc.date,
        evidence: [{ ...evidence(position), stance: position.stance, date: doc.date, outlet: doc.outlet, positionId: position.id, text: position.text }],
        changes: [],
      }],
    },
    momentum: { smoothing: 0.5, points: [] },
    duplicates: { threshold: 0.8, shingleSize: 5, groups: [] },
  };
}

export interface TestServer extends RunningServer {
  dbPath: string;
  /** every call of the analysis builder, with its options */
  analysisCalls: AnalysisOptions[];
  get(path: string): Promise<{ status: number; body: any; headers: Headers }>;
  post(path: string, body: unknown, contentType?: string): Promise<{ status: number; body: any }>;
}

/** A database holding `records`, served on a free port with the stub analysis (or another builder). */
export async function serveRecords(
  dir: string, records: ParleyRecord[],
  analyze?: (store: Store, options: AnalysisOptions) => Promise<Analysis>,
): Promise<TestServer> {
  const dbPath = join(dir, "parley.db");
  const store = openStore(dbPath);
  for (const record of records) store.saveRecord(record);
  store.close();
  const analysisCalls: AnalysisOptions[] = [];
  const running = await startServer({
    dbPath, port: 0, log: () => undefined,
    analyze: analyze ?? (async (s, options) => {
      analysisCalls.push(options);
      const stored = [];
      for (const summary of await s.listDocuments()) stored.push((await s.getRecord(summary.id))!);
      return stubAnalysis(stored, options);
    }),
  });
  return {
    ...running, dbPath, analysisCalls,
    async get(path) {
      const response = await fetch(new URL(path, running.url));
      return { status: response.status, body: await response.json().catch(() => undefined), headers: response.headers };
    },
    async post(path, body, contentType = "application/json") {
      const response = await fetch(new URL(path, running.url), {
        method: "POST", headers: { "Content-Type": contentType }, body: typeof body === "string" ? body : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    },
  };
}

/** `serve(records)` starts a test server in a fresh folder; every server is closed after the current test. */
export function useServers(): (records: ParleyRecord[], analyze?: Parameters<typeof serveRecords>[2]) => Promise<TestServer> {
  const tempDir = useTempDirs();
  const running: TestServer[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
  });
  return async (records, analyze) => {
    const server = await serveRecords(tempDir(), records, analyze);
    running.push(server);
    return server;
  };
}

/** A raw GET with a chosen Host header (fetch does not let a caller set it). */
export function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host } }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}
