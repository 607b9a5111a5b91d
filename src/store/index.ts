export * from "./store.js";
export { openStore, SqliteStore, type StoreOptions } from "./sqlite/sqlite-store.js";
export { inputHash } from "./input-hash.js";
export { MIGRATIONS, migrate, type Migration } from "./sqlite/migrations.js";
export { isParleyDatabase, type OpenOptions } from "./sqlite/open.js";
