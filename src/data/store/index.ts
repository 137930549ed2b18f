export { StoreError, type StoreErrorCode } from "./storeError.js";
export { DEFAULT_LOCK_WAIT_MS, DEFAULT_STORE_PATH, PRICE_FIELDS, STORE_ENV, Store, checkBatch, migrate, openStore, schemaVersion, storePath } from "./store.js";
export type {
  FieldChange,
  ImportOptions,
  ImportReport,
  PanelOptions,
  SourcedSeries,
  PriceField,
  RowCounts,
  StoreOptions,
  StoredSecurity,
  TableCounts,
} from "./store.js";
export { LATEST_VERSION, MIGRATIONS, TABLES } from "./schema.js";
export type { Migration, TableName } from "./schema.js";
