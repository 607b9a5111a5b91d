import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { CLI_TIMEOUT, ensureBuilt, parley } from "../cli/run.js";
import { startServe } from "../e2e/serve-process.js";
import { talksRecord } from "../store/fixture.js";
import { useTempDirs } from "../store/temp.js";

const tempDir = useTempDirs();
beforeAll(ensureBuilt, 180_000);

describe("parley serve", () => {
  it("refuses a missing database and a bad port with one line and exit code 2", CLI_TIMEOUT, async () => {
    const dir = tempDir();
    const missing = await parley(["serve", "--db", "none.db", "--port", "0"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("parley: none.db: no such database (run parley ingest first)\n");
    const badPort = await parley(["serve", "--db", "none.db", "--port", "http"], { cwd: dir });
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toBe("parley: --port: expected 0 to 65535, got 'http'\n");
  });

  it("serves the API on 127.0.0.1 until it is stopped, then exits 0", CLI_TIMEOUT, async () => {
    const dbPath = join(tempDir(), "talks.db");
    const store = openStore(dbPath);
    store.saveRecord(talksRecord());
    store.close();
    const serve = await startServe(["--db", dbPath]);
    try {
      expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const summary = await (await fetch(`${serve.url}api/summary`)).json();
      expect(summary.counts.documents).toBe(1);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});
