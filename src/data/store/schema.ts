/**
 * The store's schema, as ordered migrations. Each migration runs in its own transaction and records
 * its version in `schema_version`; a store is at the highest version recorded there. Migrations are
 * frozen once released: change the schema by appending a migration, never by editing one.
 *
 * Schema (version 4). Days are INTEGER days since 1970-01-01 (UTC), as everywhere in aftershock.
 *
 *   schema_version (version INTEGER PK, description, applied_at TIMESTAMP)
 *   exchanges   (mic PK, name, country, currency, time_zone, benchmark)   -- benchmark: default market index symbol
 *   issuers     (id PK slug e.g. 'baidu', name, short_name)
 *   securities  (symbol PK e.g. '0700.HK' | 'BIDU' | '^HSI' | 'CNY=X',
 *                kind 'equity'|'adr'|'etf'|'index'|'fx', exchange_mic → exchanges NULL (an index's home
 *                market; NULL for a US ticker the seed does not place and for fx), country, currency,
 *                issuer_id → issuers NULL (cross-listings share one), listing_day NULL, name NULL)
 *   prices      (symbol, source, day, close, open, high, low, volume DOUBLE NULL (missing; NaN on input),
 *                flags UTINYINT (DAY_FLAGS bits), PK (symbol, source, day))
 *                -- source: the feed (e.g. 'us/BIDU.csv', 'yahoo'); feeds of one symbol are kept apart
 *                -- every symbol has a securities row: importBatch registers it in the same transaction.
 *                -- Not a declared foreign key: DuckDB's check doubles the cost of a 600k-row import.
 *   factors     (table_name, column_name, day, value DOUBLE NULL, PK (table_name, column_name, day))
 *                -- long, so a new factor column is rows, not a schema change
 *   calendars   (mic → exchanges, day, kind 'session'|'holiday'|'half-day', PK (mic, day))
 *   events      (id PK from a sequence, symbol, day, event_group, market, source)
 *                -- no foreign key to securities: events may be loaded before their prices
 *   studies     (id PK from a sequence, created TIMESTAMP, spec JSON, result JSON NULL)
 *   extractions (key PK: a hash of an article, its options, the knowledge base and the extractor's code;
 *                created TIMESTAMP, document JSON: the event document extracted)
 *
 *   directory_securities, directory_names, directory_ticker_changes, directory_events (text cells as
 *                in ../shared/data/securities; see data/store/directoryTables.ts), directory_import (folder,
 *                imported TIMESTAMP, row counts): the securities directory, replaced as a whole on import
 *
 * Migration 2 writes the exchange rows (the same facts as securities/exchanges.ts).
 */

import { DIRECTORY_TABLE_STATEMENTS } from "./directoryTables.js";

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly statements: readonly string[];
}

export const SCHEMA_VERSION_TABLE = `CREATE TABLE IF NOT EXISTS schema_version (
  version INTEGER PRIMARY KEY,
  description VARCHAR NOT NULL,
  applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "tables: exchanges, issuers, securities, prices, factors, calendars, events, studies",
    statements: [
      `CREATE TABLE exchanges (
        mic VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        country VARCHAR NOT NULL,
        currency VARCHAR NOT NULL,
        time_zone VARCHAR NOT NULL,
        benchmark VARCHAR
      )`,
      `CREATE TABLE issuers (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        short_name VARCHAR
      )`,
      `CREATE TABLE securities (
        symbol VARCHAR PRIMARY KEY,
        kind VARCHAR NOT NULL CHECK (kind IN ('equity', 'adr', 'etf', 'index', 'fx')),
        exchange_mic VARCHAR REFERENCES exchanges (mic),
        country VARCHAR,
        currency VARCHAR,
        issuer_id VARCHAR REFERENCES issuers (id),
        listing_day INTEGER,
        name VARCHAR
      )`,
      `CREATE TABLE prices (
        symbol VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        day INTEGER NOT NULL,
        close DOUBLE,
        open DOUBLE,
        high DOUBLE,
        low DOUBLE,
        volume DOUBLE CHECK (volume IS NULL OR volume >= 0),
        flags UTINYINT NOT NULL DEFAULT 0,
        PRIMARY KEY (symbol, source, day)
      )`,
      `CREATE TABLE factors (
        table_name VARCHAR NOT NULL,
        column_name VARCHAR NOT NULL,
        day INTEGER NOT NULL,
        value DOUBLE,
        PRIMARY KEY (table_name, column_name, day)
      )`,
      `CREATE TABLE calendars (
        mic VARCHAR NOT NULL REFERENCES exchanges (mic),
        day INTEGER NOT NULL,
        kind VARCHAR NOT NULL CHECK (kind IN ('session', 'holiday', 'half-day')),
        PRIMARY KEY (mic, day)
      )`,
      `CREATE SEQUENCE events_id START 1`,
      `CREATE TABLE events (
        id INTEGER PRIMARY KEY DEFAULT nextval('events_id'),
        symbol VARCHAR NOT NULL,
        day INTEGER NOT NULL,
        event_group VARCHAR,
        market VARCHAR,
        source VARCHAR
      )`,
      `CREATE SEQUENCE studies_id START 1`,
      `CREATE TABLE studies (
        id INTEGER PRIMARY KEY DEFAULT nextval('studies_id'),
        created TIMESTAMP NOT NULL DEFAULT current_timestamp,
        spec JSON NOT NULL,
        result JSON
      )`,
    ],
  },
  {
    version: 2,
    description: "exchanges: XHKG, XNYS, XNAS, ARCX, XSHG, XSHE",
    statements: [
      `INSERT INTO exchanges (mic, name, country, currency, time_zone, benchmark) VALUES
        ('XHKG', 'Hong Kong Exchanges and Clearing', 'HK', 'HKD', 'Asia/Hong_Kong', '^HSI'),
        ('XNYS', 'New York Stock Exchange', 'US', 'USD', 'America/New_York', '^GSPC'),
        ('XNAS', 'Nasdaq', 'US', 'USD', 'America/New_York', '^GSPC'),
        ('ARCX', 'NYSE Arca', 'US', 'USD', 'America/New_York', '^GSPC'),
        ('XSHG', 'Shanghai Stock Exchange', 'CN', 'CNY', 'Asia/Shanghai', '^CSI300'),
        ('XSHE', 'Shenzhen Stock Exchange', 'CN', 'CNY', 'Asia/Shanghai', '^CSI300')`,
    ],
  },
  {
    version: 3,
    description: "extractions: event documents extracted from articles, by a key of their inputs",
    statements: [
      `CREATE TABLE extractions (
        key VARCHAR PRIMARY KEY,
        created TIMESTAMP NOT NULL DEFAULT current_timestamp,
        document JSON NOT NULL
      )`,
    ],
  },
  {
    version: 4,
    description: "securities directory: every symbol ever listed, its names over time, ticker changes, checked events",
    statements: DIRECTORY_TABLE_STATEMENTS,
  },
];

/** The version a store is at after all migrations. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Tables `counts()` reports, in schema order. */
export const TABLES = [
  "schema_version",
  "exchanges",
  "issuers",
  "securities",
  "prices",
  "factors",
  "calendars",
  "events",
  "studies",
  "extractions",
] as const;
export type TableName = (typeof TABLES)[number];
