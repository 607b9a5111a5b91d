import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buildAnalysis } from "../analysis/index.js";
import { ensureResolvedActors } from "../export/resolved-actors.js";
import { openStore, SqliteStore, StoreError } from "../store/index.js";
import { openReadOnly, ReadQueries } from "../store/sqlite/queries.js";
import { apiRouter } from "./api.js";
import { ServerData, type AnalysisBuilder } from "./data.js";
import { requestHandler } from "./handler.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8417;

export interface ServeOptions {
  dbPath: string;
  host?: string;
  /** 0 picks a free port */
  port?: number;
  /** for tests: the analysis to serve instead of buildAnalysis */
  analyze?: AnalysisBuilder;
  log?: (line: string) => void;
  /** the analyst's bargaining scenario for /api/forecasts; without it, a starter scenario from the record */
  scenarioFile?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8417/ */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]", "::1"];
const ALL_INTERFACES = new Set(["0.0.0.0", "::", "[::]"]);

/** Bound to all interfaces the server answers any name; otherwise only its own address and loopback names. */
function allowedHosts(host: string): Set<string> | undefined {
  if (ALL_INTERFACES.has(host)) return undefined;
  return new Set([...LOOPBACK_NAMES, host.toLowerCase(), `[${host.toLowerCase()}]`]);
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === "EADDRINUSE") return new Error(`port ${port} on ${host} is in use (choose another with --port)`);
  if (error.code === "EACCES") return new Error(`not allowed to listen on ${host}:${port} (try a port above 1024)`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") return new Error(`${host}: no such local address`);
  return error;
}

/**
 * Serves the JSON API and the dashboard for one database. The database is opened once read-write (to
 * bring its schema up to date and to append analyst edits) and once read-only for everything served.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const writable = openStore(options.dbPath, { mustExist: true });
  // A database written by an older Parley has no resolved-actor tables yet (SQL joins by person); build them once.
  await ensureResolvedActors(writable);
  let readDb;
  try {
    readDb = openReadOnly(options.dbPath);
  } catch (error) {
    writable.close();
    throw new StoreError(options.dbPath, (error as Error).message);
  }
  const readStore = new SqliteStore(readDb);
  const data = new ServerData(readStore, new ReadQueries(readDb), options.analyze ?? buildAnalysis);
  const log = options.log ?? ((line: string) => process.stderr.write(`parley serve: ${line}\n`));
  const server = createServer(requestHandler({ router: apiRouter(data, writable, { scenarioFile: options.scenarioFile }), allowedHosts: allowedHosts(host), log }));
  const closeStores = () => {
    readStore.close();
    writable.close();
  };
  let address: AddressInfo;
  try {
    address = await listen(server, port, host);
  } catch (error) {
    closeStores();
    throw listenError(error as NodeJS.ErrnoException, host, port);
  }
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}/`,
    port: address.port,
    server,
    close: () => new Promise<void>((resolve) => {
      server.close(() => {
        closeStores();
        resolve();
      });
      server.closeAllConnections();
    }),
  };
}
