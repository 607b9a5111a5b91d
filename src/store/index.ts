export * from "./store.js";
export { openStore, SqliteStore } from "./sqlite/sqlite-store.js";
export { MIGRATIONS, migrate, type Migration } from "./sqlite/migrations.js";
export { isParleyDatabase, type OpenOptions } from "./sqlite/open.js";
