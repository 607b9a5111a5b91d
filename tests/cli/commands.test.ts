import { beforeAll } from "vitest";
import { ensureBuilt } from "./run.js";
import "./suites/extract.js";
import "./suites/ingest.js";
import "./suites/show.js";
import "./suites/demo.js";
import "./suites/robust.js";
import "./suites/plover.js";
import "./suites/hygiene.js";
import "./suites/export.js";
import "./suites/sources.js";
import "./suites/workers.js";

// One test file for every suite that runs the built CLI, so dist/ is checked (and rebuilt) once per
// run and no test spawns the CLI while another test file rebuilds it.
beforeAll(ensureBuilt, 180_000);
