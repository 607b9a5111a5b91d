import { describe, expect, it } from "vitest";
import { startServer } from "../../src/server/server.js";
import { openReadOnly } from "../../src/store/sqlite/queries.js";
import { talksRecord } from "../store/fixture.js";
import { useTempDirs } from "../store/temp.js";
import { getWithHost, useServers } from "./fixture.js";

const serve = useServers();
const tempDir = useTempDirs();

describe("HTTP behaviour", () => {
  it("binds to 127.0.0.1 by default", async () => {
    const server = await serve([talksRecord()]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("answers unknown endpoints and wrong methods with JSON errors", async () => {
    const server = await serve([talksRecord()]);
    const missing = await server.get("/api/nothing");
    expect([missing.status, missing.body]).toEqual([404, { error: { status: 404, message: "no such endpoint: /api/nothing" } }]);
    const wrongMethod = await server.post("/api/documents", {});
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.error.message).toMatch(/allowed: GET/);
    const badSegment = await server.get("/api/documents/%E0%A4%A");
    expect(badSegment.status).toBe(400);
  });

  it("refuses requests for another host name (DNS rebinding)", async () => {
    const server = await serve([talksRecord()]);
    const api = `${server.url}api/documents`;
    expect((await getWithHost(api, `localhost:${server.port}`)).status).toBe(200);
    const rebound = await getWithHost(api, `attacker.example:${server.port}`);
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).error.message).toMatch(/unexpected Host header/);
  });

  it("serves Chart.js and the dashboard's files with a strict content security policy, and nothing else", async () => {
    const server = await serve([talksRecord()]);
    const chart = await fetch(`${server.url}vendor/chart.umd.js`);
    expect(chart.status).toBe(200);
    expect(chart.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(chart.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(await chart.text()).toMatch(/Chart/);
    const style = await fetch(`${server.url}style.css`);
    expect(style.status).toBe(200);
    for (const path of ["app/../../package.json", "app/%2e%2e/%2e%2e/package.json", "web/index.html", "package.json", "app/Main.js"]) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
  });

  it("refuses a database that does not exist and a port in use, with a one-line reason", async () => {
    const dir = tempDir();
    await expect(startServer({ dbPath: `${dir}/missing.db`, port: 0 })).rejects.toThrow(/missing\.db: no such database/);
    const server = await serve([talksRecord()]);
    await expect(startServer({ dbPath: server.dbPath, port: server.port })).rejects.toThrow(`port ${server.port} on 127.0.0.1 is in use`);
  });

  it("opens the database for serving through a connection that refuses writes", async () => {
    const server = await serve([talksRecord()]);
    const db = openReadOnly(server.dbPath);
    try {
      expect(() => db.prepare("DELETE FROM documents").run()).toThrow(/readonly/);
    } finally {
      db.close();
    }
  });
});
