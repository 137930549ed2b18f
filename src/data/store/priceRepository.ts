/**
 * Prices in the store: each symbol's series read back as typed arrays, one feed per symbol, and the
 * days a country's market shows trading. They are written by a batch import (batchImport.ts).
 */
import { listValue } from "@duckdb/node-api";
import type { Series } from "../../series.js";
import { readNumericColumn } from "./columns.js";
import type { StoreConnection } from "./connection.js";

export const PRICE_FIELDS = ["close", "open", "high", "low", "volume"] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];

/** A price series read from the store, with the feed it came from (a symbol may have several). */
export interface SourcedSeries extends Series {
  readonly source: string;
}

export interface PanelOptions {
  /** First and last day to read, inclusive (days since 1970-01-01). */
  readonly from?: number;
  readonly to?: number;
  /** Which field (default close). Rows where it is missing are left out. */
  readonly field?: PriceField;
  /** Which feed to read (see ImportBatch.source); default, per symbol, the one with the most rows. */
  readonly source?: string;
}

const MIN_DAY = -2147483648;
const MAX_DAY = 2147483647;

export class PriceRepository {
  constructor(private readonly store: StoreConnection) {}

  /**
   * Each symbol's series of `field` (default close) on its own dates, ascending, from the typed
   * columns DuckDB returns. Days where the field is missing (NULL: no trade, holiday rows) are left
   * out, so they read as missing days rather than zero returns. Symbols with no rows in the range
   * are absent from the map.
   */
  readPanel(symbols: readonly string[], options: PanelOptions = {}): Promise<Map<string, SourcedSeries>> {
    const field = options.field ?? "close";
    if (!PRICE_FIELDS.includes(field)) return Promise.reject(new Error(`unknown price field "${String(field)}"`));
    const wanted = [...new Set(symbols)];
    return this.store.exclusive(async (connection) => {
      const panel = new Map<string, SourcedSeries>();
      if (wanted.length === 0) return panel;
      // One source per symbol: the one asked for, else the one with the most rows (ties by name); the
      // choice travels with the series so that reports can state it.
      const params = { symbols: listValue(wanted), source: options.source ?? null };
      const ranked = `WITH w AS (SELECT unnest($symbols) AS symbol, generate_subscripts($symbols, 1)::INTEGER AS i),
         ranked AS (
           SELECT symbol, source, row_number() OVER (PARTITION BY symbol ORDER BY count(*) DESC, source) AS r
           FROM prices WHERE symbol IN (SELECT symbol FROM w) AND ($source IS NULL OR source = $source)
           GROUP BY symbol, source)`;
      const chosen = new Map<string, string>();
      for (const row of (await connection.runAndReadAll(`${ranked} SELECT symbol, source FROM ranked WHERE r = 1`, params)).getRowObjectsJS()) {
        chosen.set(String(row["symbol"]), String(row["source"]));
      }
      const result = await connection.run(
        `${ranked}
         SELECT w.i, p.day, p.${field} AS value
         FROM prices p
         JOIN ranked c ON c.symbol = p.symbol AND c.source = p.source AND c.r = 1
         JOIN w ON w.symbol = p.symbol
         WHERE p.${field} IS NOT NULL AND p.day BETWEEN $from AND $to
         ORDER BY w.i, p.day`,
        { ...params, from: options.from ?? MIN_DAY, to: options.to ?? MAX_DAY },
      );
      const n = result.rowCount;
      const which = readNumericColumn(result, 0, new Int32Array(n));
      const days = readNumericColumn(result, 1, new Int32Array(n));
      const values = readNumericColumn(result, 2, new Float64Array(n));
      let start = 0;
      while (start < n) {
        const i = which[start]!;
        let end = start + 1;
        while (end < n && which[end] === i) end++;
        const symbol = wanted[i - 1]!;
        panel.set(symbol, { dates: days.slice(start, end), values: values.slice(start, end), source: chosen.get(symbol)! });
        start = end;
      }
      return panel;
    });
  }

  /**
   * Days on which any stored security or index of a country (HK, US, CN; exchange rates excluded) has
   * a close, ascending: the trading days the data shows, to check a calendar against.
   */
  observedDays(country: string): Promise<Int32Array> {
    return this.store.exclusive(async (connection) => {
      const result = await connection.run(
        `SELECT DISTINCT p.day FROM prices p JOIN securities s ON s.symbol = p.symbol
         WHERE s.country = $country AND s.kind <> 'fx' AND p.close IS NOT NULL ORDER BY p.day`,
        { country },
      );
      return readNumericColumn(result, 0, new Int32Array(result.rowCount));
    });
  }
}
