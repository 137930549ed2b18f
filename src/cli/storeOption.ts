import { Option } from "commander";
import { DEFAULT_STORE_PATH, STORE_ENV } from "../pipeline/environment.js";

/** --store: the database file, else $AFTERSHOCK_STORE, else ./aftershock.duckdb. */
export function storeOption(): Option {
  return new Option("--store <file>", `the store's database file (default: $${STORE_ENV} or ${DEFAULT_STORE_PATH})`);
}
