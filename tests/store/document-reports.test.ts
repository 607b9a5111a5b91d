import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAnalysis } from "../../src/analysis/index.js";
import { extract } from "../../src/extract/pipeline.js";
import { openStore } from "../../src/store/index.js";
import { source } from "../helpers.js";
import { useTempDirs } from "./temp.js";

const tempDir = useTempDirs();

const WIRE = "LINDHAVEN — Union leaders and the port authority resumed talks on Monday, a union spokeswoman said.\n\n" +
  "\"We are ready to sign if the pay offer improves,\" said Ana Holm, who leads the dockers' union.\n";

describe("word-for-word reprints by other outlets", () => {
  it("are kept as reports of the stored document: counted once, every outlet a source", async () => {
    const store = openStore(join(tempDir(), "reports.db"));
    try {
      const original = extract(source(WIRE, { path: "wire.txt", outlet: "Harbour Wire", date: "2025-03-03" }));
      const reprint = extract(source(WIRE, { path: "courier.txt", outlet: "The Lindhaven Courier", date: "2025-03-04" }));
      expect(reprint.document.id).toBe(original.document.id); // same text, same id
      expect(store.saveRecord(original)).toBe("stored");
      expect(store.saveRecord(reprint)).toBe("duplicate");
      expect(store.saveRecord(reprint)).toBe("duplicate"); // the same report twice is one report
      expect(store.saveRecord(original)).toBe("duplicate"); // the stored one is not a report of itself
      expect(store.listDocumentReports()).toEqual([{
        documentId: original.document.id, outlet: "The Lindhaven Courier", date: "2025-03-04", url: null, path: "courier.txt", title: null,
      }]);
      const { counts } = await buildAnalysis(store);
      expect(counts).toMatchObject({ documents: 1, reports: 2, outlets: 2 });
    } finally {
      store.close();
    }
  });
});
