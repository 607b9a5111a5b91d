import { fileURLToPath } from "node:url";
import { loadSource } from "../../src/ingest/index.js";
import { InputError, type SourceDocument } from "../../src/ingest/types.js";

/** Absolute path of a file under tests/fixtures/ingest. */
export function fixture(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/ingest/${relative}`, import.meta.url));
}

export function loadFixture(relative: string): SourceDocument {
  return loadSource({ path: fixture(relative) });
}

/** The InputError that loading `path` throws (the test fails when nothing or something else is thrown). */
export function inputErrorOf(load: () => unknown): InputError {
  try {
    load();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError, but the input was accepted");
}
