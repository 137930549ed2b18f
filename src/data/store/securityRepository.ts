/**
 * Securities registered in the store (each symbol with prices has a row, from the securities master,
 * written by a batch import) and their issuers, which join a company's listings across venues.
 */
import type { SecurityDescription } from "../securities/seed.js";
import type { StoreConnection } from "./connection.js";

export interface StoredSecurity extends SecurityDescription {
  readonly issuerName: string | null;
}

export class SecurityRepository {
  constructor(private readonly store: StoreConnection) {}

  /** Symbols registered in the store, sorted. */
  symbols(): Promise<string[]> {
    return this.store.exclusive(async (connection) => {
      const r = await connection.runAndReadAll("SELECT symbol FROM securities ORDER BY symbol");
      return (r.getColumnsJS()[0] ?? []).map(String);
    });
  }

  /** The stored description of one security, with its issuer's name; undefined when unknown. */
  get(symbol: string): Promise<StoredSecurity | undefined> {
    return this.store.exclusive(async (connection) => {
      const r = await connection.runAndReadAll(
        `SELECT s.symbol, s.kind, s.exchange_mic, s.country, s.currency, s.issuer_id, s.listing_day, s.name, i.name AS issuer_name
         FROM securities s LEFT JOIN issuers i ON i.id = s.issuer_id WHERE s.symbol = $symbol`,
        { symbol },
      );
      const row = r.getRowObjectsJS()[0];
      if (row === undefined) return undefined;
      return {
        symbol: row["symbol"] as string,
        kind: row["kind"] as StoredSecurity["kind"],
        mic: row["exchange_mic"] as string | null,
        country: row["country"] as StoredSecurity["country"],
        currency: row["currency"] as string | null,
        issuerId: row["issuer_id"] as string | null,
        listingDay: row["listing_day"] as number | null,
        name: row["name"] as string | null,
        issuerName: row["issuer_name"] as string | null,
      };
    });
  }

  /** Other stored listings of the same issuer (9888.HK → [BIDU] once both are imported), sorted. */
  crossListings(symbol: string): Promise<string[]> {
    return this.store.exclusive(async (connection) => {
      const r = await connection.runAndReadAll(
        `SELECT o.symbol FROM securities s JOIN securities o ON o.issuer_id = s.issuer_id AND o.symbol <> s.symbol
         WHERE s.symbol = $symbol ORDER BY o.symbol`,
        { symbol },
      );
      return (r.getColumnsJS()[0] ?? []).map(String);
    });
  }
}
