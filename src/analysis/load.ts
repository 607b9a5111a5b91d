import type { ParleyRecord } from "../record/schema.js";
import type { Store } from "../store/store.js";

/** Every stored record, in the store's order (publication date, undated last). */
export async function loadRecords(store: Store): Promise<ParleyRecord[]> {
  const records: ParleyRecord[] = [];
  for (const summary of await store.listDocuments()) {
    const record = await store.getRecord(summary.id);
    if (record) records.push(record);
  }
  return records;
}
