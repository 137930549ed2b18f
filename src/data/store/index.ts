export { StoreError } from "./storeError.js";
export { DEFAULT_STORE_PATH, STORE_ENV, Store, migrate, openStore, schemaVersion, storePath } from "./store.js";
export type { ImportReport } from "./batchImport.js";
export type { SourcedSeries } from "./priceRepository.js";
export type { StoredStudy } from "./studyRepository.js";
export { LATEST_VERSION, MIGRATIONS } from "./schema.js";
